#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "report/ReportDocument.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <optional>

namespace inzage {

// Writes a report's content to a device (the PDF, see report/pdf/ReportPdf) and returns its page
// count, or why it could not. Passed in so the core stays free of QtGui and tests can fail it.
using ReportRenderer = std::function<Result<int>(const ReportContent& content, QIODevice& out)>;

struct ReportOutcome {
    ReportContent content;
    QString contentHash;
    QString fileHash; // SHA-256 of the written file
    int pages = 0;
    std::optional<std::int64_t> recordSeq; // the report.final audit row (a final report only)
};

// Makes the report file at `path`:
// - never overwrites: an existing path (even an empty file or a dangling link) is refused (Exists);
// - written to a temporary file in the target folder and renamed into place without replacing, so
//   a failed write (full disk, folder not writable) leaves no file, half or whole;
// - a final report (Definitief) is refused while ReportCheck is not ready (NotReady, listing every
//   blocker), needs a vault the reader may write (the professional's), and is recorded in the audit
//   chain (report.final, see ReportRecord) in the same transaction that checked and read the
//   dossier, so nothing can change between the check, the content and the record.
class ReportMaker {
    Q_DECLARE_TR_FUNCTIONS(inzage::ReportMaker)

public:
    static Result<ReportOutcome> make(
        Vault& vault, const Actor& actor, const QString& path, ReportKind kind, const ReportRenderer& render);
};

} // namespace inzage
