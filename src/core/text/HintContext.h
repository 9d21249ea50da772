#pragma once

#include "dossier/Vocabulary.h"
#include "text/PersonMentions.h"

#include <QString>

#include <vector>

namespace inzage::hints {

// What a heading says about the sentences under it: "Standpunt moeder" holds what the mother
// said (bron, spoken to the mother), "Analyse" the author's judgement (mening), "De feiten" facts.
struct SectionSense {
    Label label = Label::Onbeoordeeld; // Onbeoordeeld: the heading says nothing
    QString speaker;
};
SectionSense senseOfHeading(const QString& heading, DocumentKind kind);

// A row that is a heading rather than a sentence ("2. De beoordeling", "Standpunt vader").
bool looksLikeHeading(const QString& text, DocumentKind kind);

// A court decision or a report: decided once per document from all of its sentences.
DocumentKind detectDocumentKind(const std::vector<QString>& texts);

// Carries the context of a document from one sentence to the next: the current heading, a
// framing sentence ("De moeder voert het volgende aan.") and the last person who spoke (for "zij").
class HintContext {
public:
    explicit HintContext(DocumentKind kind)
        : m_kind(kind)
    {
    }

    DocumentKind kind() const { return m_kind; }
    // A new heading ends the framing of the previous section.
    void enterSection(const QString& heading);
    const QString& heading() const { return m_heading; }
    const SectionSense& section() const { return m_section; }

    struct Framing {
        Label label = Label::Onbeoordeeld;
        QString speaker;
        QString sentence;
        bool active() const { return label != Label::Onbeoordeeld; }
    };
    const Framing& framing() const { return m_framing; }
    void frame(Label label, const QString& speaker, const QString& sentence);
    void endFraming() { m_framing = {}; }

    const QString& lastSpeaker() const { return m_lastSpeaker; }
    void setLastSpeaker(const QString& speaker) { m_lastSpeaker = speaker; }

private:
    DocumentKind m_kind;
    QString m_heading;
    SectionSense m_section;
    Framing m_framing;
    QString m_lastSpeaker;
};

} // namespace inzage::hints
