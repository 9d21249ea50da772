#pragma once

#include "dossier/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace inzage {

// The words of the file explained in plain Dutch (B1), for a parent who meets them for the first
// time: what a feit, a mening, a bron, "nog niet beoordeeld" and an afgeschermde bron mean for
// them, the chain's own words (OTS, Raad, GI, maatregel, concept-rapport), and why note numbers
// can skip. The app shows them as a legend and on "Wat betekent dit?"; every text is translatable.
struct PlainWord {
    QString key;      // "feit", "mening", "bron", "onbeoordeeld", "afgeschermd", or a glossary word
    QString word;     // as the parent reads it
    QString meaning;  // what it is, in one or two short sentences
    QString forYou;   // what it means for the parent, and what they can do
};

class PlainWords {
    Q_DECLARE_TR_FUNCTIONS(inzage::PlainWords)

public:
    // The four labels and the shielded source, in the order the legend shows them.
    static std::vector<PlainWord> labels();
    static PlainWord label(Label label);
    // Words of the youth-protection chain that appear in a file, alphabetical.
    static std::vector<PlainWord> glossary();
    // Why the numbers of the notes the parent sees can skip (nr. 4, nr. 7, …).
    static QString numberGaps();
};

} // namespace inzage
