#pragma once

#include "audit/AttributionAudit.h"
#include "audit/AuditSample.h"
#include "audit/ReviewerFlags.h"
#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace inzage {

// What the reviewer's audit report holds: the audit's figures and findings, the reviewer's flags
// and the sample with its checklist, and where they were read (file, chain head, seed).
struct AuditReportContent {
    QString vault; // the file as the reviewer named it
    AttributionReport audit;
    bool flagsRead = false; // a flag file was there and was read
    QString flagsPath;
    QString flagsHead;
    std::vector<ReviewerFlag> flags; // open and closed
    std::optional<AuditSample> sample;
};

// One of the attribution shares with its stable name (as in audit --json) and its words.
struct ShareName {
    const char* key;
    const char* words; // Dutch, through tr() where shown
    Share AttributionFigures::*share;
};

// The audit report as CSV (UTF-8, RFC 4180) and PDF (report/pdf/AuditPdf draws it). Both are new
// files: an existing path is refused (Exists), and a failed write leaves no file, half or whole.
class AuditReport {
    Q_DECLARE_TR_FUNCTIONS(inzage::AuditReport)

public:
    static const std::vector<ShareName>& shares();
    static QString shareWords(const ShareName& name);

    // Columns: kind, group, key, value, n, of, severity, entry, rule, date, by, message; one row per
    // fact (meta, share, answers, spoken_to, never_spoken_to, finding, flag, flag_closed, sample,
    // sample_check). CRLF line ends, a header row.
    static QByteArray csv(const AuditReportContent& content);
    // One CSV cell: a cell starting with = + - @, a tab or a CR gets a leading ' so no spreadsheet
    // reads a family's text as a formula; quoted (with "" inside) when it holds , " CR or LF.
    static QString csvCell(const QString& text);
    static Status writeCsv(const QString& path, const AuditReportContent& content);

    using Renderer = std::function<Result<int>(const AuditReportContent& content, QIODevice& out)>;
    // Draws into memory, then writes the new file; the pages.
    static Result<int> writePdf(const QString& path, const AuditReportContent& content, const Renderer& render);
};

} // namespace inzage
