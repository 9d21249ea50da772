#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>

#include <sqlcipher/sqlite3.h>

#include <cstdint>

namespace inzage {

struct EntryCheckVerdict {
    bool intact = true;
    std::int64_t entries = 0;
    Id firstBadEntry = 0; // 0 when intact, and when only a parent copy's digest as a whole differs
    QString problem; // what differs, in words; empty when intact
    QString note; // information that is no failure (a parent copy made by an older version)
};

// Compares every entry with what the audit chain recorded, so an entry edited in place outside
// Inzage (with the passphrase and the sqlcipher shell) is caught even when the chain itself is
// intact. Reads the chain once and the entries once.
//
// For every entry: its current revision exists, belongs to it and is its highest; the copies of
// label, section and visibility on the entry row equal the revision's. In the professional's vault
// also: no revision is missing (revs 1..n), and the description of the current revision equals the
// `after` of the entry's latest entry.add/entry.revise audit row (an entry without one, or an
// audited entry that is gone, is a finding too). A parent copy holds no entry audit rows: its
// entries are compared as a whole with the latest parent-copy.entries row (see entriesDigest).
class EntryCheck {
    Q_DECLARE_TR_FUNCTIONS(inzage::EntryCheck)

public:
    static Result<EntryCheckVerdict> run(sqlite3* db, VaultKind kind);
    static Result<EntryCheckVerdict> run(const Vault& vault) { return run(vault.db(), vault.kind()); }
};

// The audit action that records a parent copy's entries when it is made, and its `after` text.
inline constexpr const char* kParentCopyEntriesAction = "parent-copy.entries";

// BLAKE2b-256 (hex) over "<id>|<describeRevision of the current revision>\n" for every entry in
// position order: one fingerprint of all entries of a file. Empty when the file cannot be read.
QString entriesDigest(sqlite3* db);
// "entries=<N>; digest=<hex>", the `after` of a parent-copy.entries audit row for this file.
Result<QString> parentCopyEntriesRecord(sqlite3* db);

} // namespace inzage
