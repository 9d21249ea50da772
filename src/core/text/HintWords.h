#pragma once

#include <QString>

#include <vector>

namespace inzage::hints {

// One word of a sentence: its folded form (lower case, no accents) for matching and its form as
// written for reasons and names.
struct Token {
    QString word;
    QString text;
    bool capital = false; // as written, starts with a capital letter
    QChar after; // punctuation directly after the word (',', ':', '.', …), or null
};

std::vector<Token> tokenize(const QString& text);

// Where a cue was found: tokens [begin, end), and the words as written ("geeft … aan").
struct Match {
    qsizetype begin = -1;
    qsizetype end = -1;
    QString shown;
    bool found() const { return begin >= 0; }
};

// A cue pattern is a list of folded words separated by spaces; "zorg*" matches any word starting
// with "zorg", "~" skips up to six words ("geeft ~ aan" matches "geeft tijdens het gesprek aan").
// blocked marks tokens that may not take part (words inside a name such as "Veilig Thuis").
Match findCue(
    const std::vector<Token>& tokens, const char* pattern, const std::vector<bool>& blocked, qsizetype from = 0);
// The earliest cue of the list (the longest when two start at the same word).
Match findFirst(const std::vector<Token>& tokens, const std::vector<const char*>& patterns,
    const std::vector<bool>& blocked, qsizetype from = 0);

// The word lists, each a few dozen cues. Kept apart so the warnings use the same words.
namespace cues {
const std::vector<const char*>& speech(); // vertelt, zegt, geeft ~ aan, verklaart, meldt, stelt dat
const std::vector<const char*>& according(); // volgens, aldus, naar zeggen van, namens: a speaker follows
const std::vector<const char*>& judgement(); // is van mening, acht, adviseert, concludeert, overweegt
const std::vector<const char*>& doubt(); // lijkt, waarschijnlijk, vermoedelijk, mogelijk, zou
const std::vector<const char*>& evaluative(); // zorgelijk, onvoldoende, kwetsbaar, noodzakelijk
const std::vector<const char*>& concluding(); // concludeert, conclusie, daarom, gelet op, al met al
const std::vector<const char*>& hearsay(); // zou ~ hebben, zou ~ zijn
const std::vector<const char*>& contact(); // gesproken met, telefonisch contact, huisbezoek afgelegd
const std::vector<const char*>& takesPlace(); // vond ~ plaats: "vond" here is no opinion
const std::vector<const char*>& observation(); // zag, heeft ~ gezien, waargenomen
const std::vector<const char*>& document(); // verzoekschrift, beschikking, rapport, brief
const std::vector<const char*>& established(); // staat vast, uit ~ blijkt, stelt ~ vast
const std::vector<const char*>& decision(); // verlengt, wijst ~ af, uitvoerbaar bij voorraad (a court)
const std::vector<const char*>& firmClaim(); // staat vast, zonder twijfel, het is duidelijk dat
const std::vector<const char*>& partyAccount(); // voert het volgende aan, als volgt onderbouwd (a court)
const std::vector<const char*>& hearing(); // ter zitting, namens, in toelichting: how a statement opens
} // namespace cues

// For the warnings over stored text: the first cue of a list, as written, or "" when none.
QString firstCueIn(const QString& text, const std::vector<const char*>& patterns);

bool isDateWord(const Token& t);
bool isParticiple(const Token& t);

} // namespace inzage::hints
