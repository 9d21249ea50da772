#pragma once

#include "text/HintWords.h"
#include "text/PersonMentions.h"

#include <QString>

#include <vector>

namespace inzage::hints {

// How a court decision hands the word to a party and takes it back. In a decision the parties'
// positions are written as plain statements after one announcing sentence ("De moeder voert het
// volgende aan.", "Namens de GI is ter zitting verklaard dat …"), and they go on until the court
// speaks in its own name ("Het hof overweegt als volgt.") or a new heading starts.

// A sentence announcing what a party, the Raad or the GI puts forward: "De vader voert – kort
// samengevat – het volgende aan.", "De raad heeft het verzoek als volgt onderbouwd.", "De GI stelt
// zich op het standpunt dat …". speaker is who speaks (empty when the sentence names no one).
struct PartyAccount {
    bool found = false;
    QString speaker;
    QString shown; // the announcing words, as written
};
PartyAccount announcedAccount(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
    const std::vector<bool>& blocked, DocumentKind kind);

// "Ter zitting …", "Namens de GI …", "In toelichting op het verzoek …": a sentence that opens by
// saying it reports what was said at the hearing.
bool opensWithHearing(const std::vector<Token>& tokens);

// The court as the subject that opens the sentence ("Het hof …", "De kinderrechter …").
bool opensWithAuthor(const std::vector<Mention>& mentions, DocumentKind kind);

// The person right after the verb of a cue that skips words ("is het hof van oordeel", "is de
// moeder van mening"): Dutch puts the subject there when the sentence opens with something else.
const Mention* subjectInside(const std::vector<Mention>& mentions, const Match& cue);

} // namespace inzage::hints
