#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sqlcipher/sqlite3.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace inzage {

// The audit action that records a final report (definitief rapport), and what its row holds.
inline constexpr const char* kReportFinalAction = "report.final";

// One final report as the audit chain recorded it. The `after` of its row reads
// "content=<64 hex>; head=<64 hex>; head_seq=<n>; file=<64 hex>; pages=<n>":
// content: SHA-256 of the report's canonical content (ReportContent::canonical);
// head, head_seq: the chain head the report was made on (printed on its last page);
// file: SHA-256 of the PDF's bytes, so `verify --report FILE` can say whether a PDF is this report.
struct ReportRecord {
    std::int64_t seq = 0; // the report.final row itself
    QString ts;
    QString contentHash;
    QString head;
    std::int64_t headSeq = 0;
    QString fileHash;
    int pages = 0;

    QString after() const;
    static std::optional<ReportRecord> parse(const QString& after);
};

struct ReportRecordVerdict {
    bool intact = true;
    int records = 0;
    std::int64_t firstBadSeq = 0; // the first report.final row that is wrong; 0 when intact
    QString problem;
};

class ReportRecords {
    Q_DECLARE_TR_FUNCTIONS(inzage::ReportRecords)

public:
    // Every final report in the chain, oldest first. A row that does not parse is an error.
    static Result<std::vector<ReportRecord>> all(sqlite3* db);
    // Each record is well formed and its head is a real earlier position of the chain: the hash of
    // row head_seq (all zeros for 0), with head_seq before the record's own row.
    static Result<ReportRecordVerdict> verify(sqlite3* db);
    // The last final report, if any.
    static Result<std::optional<ReportRecord>> last(sqlite3* db);
    // The chain head now: its seq (0 for an empty chain) and hash.
    static Result<std::pair<std::int64_t, QByteArray>> head(sqlite3* db);
};

} // namespace inzage
