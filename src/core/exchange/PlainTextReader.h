#pragma once

#include "common/Status.h"
#include "exchange/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace inzage {

struct DecodedText {
    QString text;
    QString encodingNote; // empty for UTF-8; else how it was decoded, for the import to say
};

// Plain text in UTF-8 (with or without BOM), UTF-16 with a BOM, or else Windows-1252 (what
// Notepad on a Dutch Windows wrote for years): decoded, and the note says which it was. UTF-16
// without a BOM and text with NUL bytes are refused.
class PlainTextReader {
    Q_DECLARE_TR_FUNCTIONS(inzage::PlainTextReader)

public:
    static Result<DecodedText> decode(const QByteArray& bytes);
    // Paragraphs are separated by blank lines; lines within one are joined. A line starting with
    // "- ", "* ", "• " or "1. " is a list item of its own. A short single-line paragraph without
    // closing punctuation that starts with a capital or a number ("2.1 Onderzoek") is a heading.
    static Result<Document> read(const QByteArray& bytes);
};

} // namespace inzage
