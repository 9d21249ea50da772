#pragma once

#include "dossier/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace inzage {

// A suggested label for one sentence, with the reason in plain Dutch and, when the sentence names
// one, the person spoken to (for a bron) or whose opinion it is (for a mening). A hint is never a
// label: it is shown as a suggestion and stored only when a person confirms it.
struct LabelHint {
    Label label = Label::Onbeoordeeld; // Onbeoordeeld: no suggestion (a heading, no words)
    QString reason; // "bevat 'volgens'", "onder het kopje 'Standpunt moeder'"
    QString spokenTo; // "mevrouw Jansen (groepsleerkracht)", or empty
    bool none() const { return label == Label::Onbeoordeeld; }
};

struct HintSentence {
    QString text;
    QString section; // the heading it stands under; may be empty
};

// Rule-based hints over Dutch report and court text. Pure: no database, no network. The context
// of a document (the heading, a framing sentence such as "De moeder voert het volgende aan.", who
// wrote it: a court or a Raad report) carries from one sentence to the next, so a document is
// hinted as a whole, in order.
class LabelHints {
    Q_DECLARE_TR_FUNCTIONS(inzage::LabelHints)

public:
    static std::vector<LabelHint> forDocument(const std::vector<HintSentence>& sentences);
    static LabelHint forSentence(const QString& text, const QString& section = {});
};

} // namespace inzage
