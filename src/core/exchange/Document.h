#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace inzage {

// A document as read from .docx, .odt, .txt or .md: sections under headings, each a list of
// paragraphs (a paragraph, a list item or a table cell). What a reader leaves out never gets
// here: comments, footnotes, endnotes, hidden text, deleted tracked changes, field codes.
struct DocumentSection {
    QString heading; // empty for text before the first heading
    int level = 0; // 1 for a top-level heading, 0 before the first
    QStringList paragraphs;
};

struct Document {
    std::vector<DocumentSection> sections;
    bool hadTrackedChanges = false; // read as if every change was accepted
    int leftOutNotes = 0; // footnotes, endnotes and comments not taken in
    QString encodingNote; // how a plain-text file was decoded when it was not UTF-8

    bool hasText() const
    {
        for (const DocumentSection& s : sections)
            if (!s.paragraphs.isEmpty())
                return true;
        return false;
    }
};

// Collects a document paragraph by paragraph: headings open sections, empty paragraphs vanish.
class DocumentBuilder {
public:
    void heading(const QString& text, int level);
    void paragraph(const QString& text);
    Document& document() { return m_doc; }
    Document take() { return std::move(m_doc); }

private:
    Document m_doc;
};

// A sentence with where it stands: the unit of import and of `inzage-cli sentences`.
struct DocumentSentence {
    QString section;
    int paragraph = 0; // 0-based paragraph number within the document
    QString text;
};
std::vector<DocumentSentence> sentencesOf(const Document& doc);

} // namespace inzage
