#pragma once

#include "common/Status.h"
#include "vault/Sql.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sqlcipher/sqlite3.h>

#include <cstdint>

namespace inzage {

struct AuditRecord {
    QString actor;  // who did it ("j.devries (professional)")
    QString action; // what kind of change: entry.add, entry.label, answer.add, …
    QString object; // what it touched: entry:12, answer:<uid>
    QString before; // short canonical description of the old state ('' for new objects)
    QString after;
};

struct AuditVerdict {
    bool intact = true;
    std::int64_t rows = 0;
    std::int64_t firstBadSeq = 0; // 0 when intact
    QString problem;              // in words, for the inspector
    QByteArray head;              // hash of the last row (the chain head)
};

// Append-only, hash-chained log: hash = BLAKE2b-256(prev_hash ‖ canonical row). Every domain change
// appends one row inside the caller's transaction, so the change and its audit row commit together.
class AuditChain {
    Q_DECLARE_TR_FUNCTIONS(inzage::AuditChain)

public:
    // Appends rows inside the caller's transaction, and must not outlive it: the insert is
    // prepared once and the chain head (last seq and hash) is read once and then kept in memory,
    // so an import of many entries does not re-prepare and re-read them for every row.
    class Appender {
    public:
        explicit Appender(sqlite3* db);
        Status append(const AuditRecord& record);

    private:
        sqlite3* m_db;
        Statement m_insert;
        bool m_headRead = false;
        std::int64_t m_lastSeq = 0;
        QByteArray m_lastHash;
    };

    static Status append(sqlite3* db, const AuditRecord& record) { return Appender(db).append(record); }
    // Walks the whole chain; names the first seq that was edited, deleted, inserted or reordered.
    // With expectedHead (from a printed report) a later truncation is caught too.
    static Result<AuditVerdict> verify(sqlite3* db, const QByteArray& expectedHead = {});
    static QByteArray head(sqlite3* db);
    // A head as a person types it (64 hex digits, as printed); anything else is refused, never
    // read as "no head" (which would skip the truncation check without a word).
    static Result<QByteArray> parseHead(const QString& text);

    static QByteArray canonical(std::int64_t seq, const QString& ts, const AuditRecord& r);
    static QByteArray hash(const QByteArray& prev, const QByteArray& canonicalRow);
};

} // namespace inzage
