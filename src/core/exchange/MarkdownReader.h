#pragma once

#include "common/Status.h"
#include "exchange/Document.h"

#include <QByteArray>

namespace inzage {

// The Markdown a report is written in: ATX headings (# … ######) and setext headings (a line of
// = or - under text), paragraphs separated by blank lines, list items (-, *, +, 1.), block
// quotes and table rows (each cell a paragraph). Emphasis and link markup is dropped, the link
// text kept; fenced code blocks and HTML comments are left out. Text is decoded as for .txt.
class MarkdownReader {
public:
    static Result<Document> read(const QByteArray& bytes);
};

} // namespace inzage
