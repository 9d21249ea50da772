#pragma once

// What a damaged vault shows when opened in this process: the whole dossier as `export --json`
// prints it (entries with every revision, answers, persons, appointments, the chain head) and
// what `verify` says, or the error code of the first step that refused. The damaged-file tests
// compare that with the undamaged file.

#include "common/Status.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace inzage::faults {

struct Reading {
    ErrorCode code = ErrorCode::Ok; // of the first step that failed (open, export, verify)
    QString step;                   // "open", "export", "verify"
    QString message;
    QByteArray dossier; // the export, compact JSON
    QString verify;     // verify's findings in one line
    bool verifyOk = false; // verify would exit 0
    bool ok() const { return code == ErrorCode::Ok; }
};

Reading readVault(const QString& path, const char* passphrase, OpenMode mode);

// The codes a damaged file may be refused with (README "Exit codes"): 3 (the first page or the
// key settings: SQLCipher cannot tell a changed first page from a wrong key), 4, 5, 6.
bool isDamageCode(ErrorCode code);

// Counts outcomes by name for the figures table: "zelfde gegevens 12, code 5 900, …".
struct Tally {
    std::map<QString, int> counts;
    int total = 0;
    void add(const QString& outcome)
    {
        ++counts[outcome];
        ++total;
    }
    QString describe() const;
};

void removeVaultFiles(const QString& path); // the file, its -wal and -shm

} // namespace inzage::faults
