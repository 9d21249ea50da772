#pragma once

#include "common/Status.h"
#include "exchange/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace inzage {

// Reads a report from .docx, .odt, .txt or .md. The kind follows from the first bytes where they
// tell (a zip package, an OLE file: old .doc or a password-protected Office file), else from the
// name. Limits: a .docx or .odt up to kMaxFileSize (pictures make them big; only the text part
// is unpacked, at most ZipArchive::kMaxPartSize), a .txt or .md up to kMaxTextSize (a case-file
// report is a few hundred kilobytes; 20 MB of plain text is some 200,000 sentences).
class DocumentReader {
    Q_DECLARE_TR_FUNCTIONS(inzage::DocumentReader)

public:
    static constexpr std::int64_t kMaxFileSize = std::int64_t {100} * 1024 * 1024;
    static constexpr std::int64_t kMaxTextSize = std::int64_t {20} * 1024 * 1024;

    static bool handles(const QString& fileName); // .docx, .odt, .txt, .md (and .markdown, .text)
    static Result<Document> readFile(const QString& path);
    // fileName only decides the kind when the bytes do not; a document without any text is refused.
    static Result<Document> read(const QByteArray& bytes, const QString& fileName);

private:
    static Status tooLarge(const QString& fileName, std::int64_t size, std::int64_t limit);
};

} // namespace inzage
