#pragma once

#include "common/Status.h"
#include "exchange/Document.h"

#include <QByteArray>
#include <QCoreApplication>

namespace inzage {

// Reads a Word .docx (WordprocessingML) as it would read with every tracked change accepted:
// w:ins and w:moveTo kept, w:del and w:moveFrom dropped. Headings come from the paragraph style
// (Heading1..9, Kop1..9, "heading N", or an outline level, also through basedOn); list items and
// table cells are paragraphs of their own; hidden runs (w:vanish), field codes, drawings,
// comments, footnotes and endnotes are left out.
class DocxReader {
    Q_DECLARE_TR_FUNCTIONS(inzage::DocxReader)

public:
    static Result<Document> read(const QByteArray& bytes);
};

} // namespace inzage
