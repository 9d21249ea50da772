#pragma once

#include "audit/AuditChain.h"
#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Sql.h"

#include <QCoreApplication>

namespace inzage {

// The statements that write entries, prepared once and reused for every entry of a transaction:
// preparing them again for each entry was a large part of an import's time. A writer lives inside
// one transaction (its audit appender keeps the chain head in memory).
// It is the one place a current revision changes, so it also keeps the entry's copies of label,
// section and visible_to_parent in step (a parent copy copies them along with the rows), and the
// number of entries per label and visibility (entry_label_count) that unfiltered counts read.
class EntryWriter {
    Q_DECLARE_TR_FUNCTIONS(inzage::EntryWriter)

public:
    EntryWriter(sqlite3* db, const Actor& actor);

    // A new entry with its first revision; returns the entry's id.
    Result<Id> addEntry(std::int64_t position, const EntryContent& c, const QString& note);
    // A new revision of an existing entry, made its current one.
    Status addRevision(Id entryId, int rev, const EntryContent& c, const QString& note);

    Status indexForSearch(Id entryId, const QString& text, bool replace);
    Status audit(const QString& action, Id entryId, const QString& before, const QString& after);

private:
    Result<Id> insertRevision(Id entryId, int rev, const EntryContent& c, const QString& note);
    Status count(const QString& label, bool visibleToParent, int delta);

    sqlite3* m_db;
    QString m_changedBy;
    Statement m_entry;
    Statement m_revision;
    Statement m_spoken;
    Statement m_basis;
    Statement m_current;
    Statement m_currentWithCopies;
    Statement m_copiesOf;
    Statement m_count;
    Statement m_searchDelete;
    Statement m_searchInsert;
    AuditChain::Appender m_audit;
};

} // namespace inzage
