#include "text/HintFraming.h"

namespace inzage::hints {

namespace {

// "[de moeder 1]", "De vader", "Mr. Van Gorkum": the first person named, when the sentence opens
// with them (a bracket or an article before the name is part of the opening).
const Mention* openingMention(const std::vector<Mention>& mentions)
{
    if (mentions.empty() || mentions.front().pronoun || mentions.front().begin > 1)
        return nullptr;
    return &mentions.front();
}

} // namespace

PartyAccount announcedAccount(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
    const std::vector<bool>& blocked, DocumentKind kind)
{
    const Match cue = findFirst(tokens, cues::partyAccount(), blocked);
    if (!cue.found())
        return {};
    // Who announces: the subject that opens the sentence, else the nearest person before the cue.
    const Mention* who = openingMention(mentions);
    if (!who) {
        for (const Mention& m : mentions) {
            if (!m.pronoun && m.end <= cue.begin)
                who = &m;
        }
    }
    if (who && who->isAuthor(kind))
        return {}; // "De kinderrechter overweegt als volgt" is the court's own voice
    return { true, who ? who->display() : QString(), cue.shown };
}

bool opensWithHearing(const std::vector<Token>& tokens)
{
    const Match m = findFirst(tokens, cues::hearing(), std::vector<bool>(tokens.size(), false));
    return m.found() && m.begin == 0;
}

bool opensWithAuthor(const std::vector<Mention>& mentions, DocumentKind kind)
{
    const Mention* first = openingMention(mentions);
    return first && first->begin == 0 && first->isAuthor(kind);
}

const Mention* subjectInside(const std::vector<Mention>& mentions, const Match& cue)
{
    for (const Mention& m : mentions) {
        // Right after the verb: "ziet de rechtbank geen", not "ziet met de Raad aanleiding".
        if (!m.pronoun && m.begin == cue.begin + 1 && m.end < cue.end)
            return &m;
    }
    return nullptr;
}

} // namespace inzage::hints
