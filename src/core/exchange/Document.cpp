#include "exchange/Document.h"

#include "text/SentenceSplitter.h"

namespace inzage {

void DocumentBuilder::heading(const QString& text, int level)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return;
    m_doc.sections.push_back(DocumentSection { t, level, {} });
}

void DocumentBuilder::paragraph(const QString& text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return;
    if (m_doc.sections.empty())
        m_doc.sections.push_back(DocumentSection {});
    m_doc.sections.back().paragraphs << t;
}

std::vector<DocumentSentence> sentencesOf(const Document& doc)
{
    std::vector<DocumentSentence> out;
    int paragraph = 0;
    for (const DocumentSection& s : doc.sections) {
        for (const QString& p : s.paragraphs) {
            for (const QString& sentence : splitSentences(p))
                out.push_back(DocumentSentence { s.heading, paragraph, sentence });
            ++paragraph;
        }
    }
    return out;
}

} // namespace inzage
