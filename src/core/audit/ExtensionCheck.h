#pragma once

#include "common/Status.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>

#include <sqlcipher/sqlite3.h>

namespace inzage {

struct ExtensionCheckVerdict {
    bool intact = true;
    int extensions = 0;
    QString problem; // the first difference, in words; empty when intact
};

// Compares every AVG deadline extension (schema 7) with the answer.extend row the audit chain
// recorded for it, so an extension written or changed outside Inzage is caught even when the chain
// itself is intact: each stored extension has its audit row with the same `after`
// (AnswerExtensions::describe), and each audit row its extension. Only in the professional's vault,
// where extensions are made; a parent copy receives them (its import rows name them).
class ExtensionCheck {
    Q_DECLARE_TR_FUNCTIONS(inzage::ExtensionCheck)

public:
    static Result<ExtensionCheckVerdict> run(sqlite3* db, VaultKind kind);
    static Result<ExtensionCheckVerdict> run(const Vault& vault) { return run(vault.db(), vault.kind()); }
};

} // namespace inzage
