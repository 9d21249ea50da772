#pragma once

#include "common/Status.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace inzage {

// A new vault that a caller fills before anyone may see it (init, demo, a parent copy). It is made
// under a random name beside its destination (created with O_EXCL and 0600 by Vault::create, so a
// symlink planted at that name is never followed), filled and attached by that name, and renamed
// to the destination with renameat2(RENAME_NOREPLACE) only when it is whole (NewFile::publish):
// killed half-way, it leaves at most a hidden ".NAME.*.tmp", never a file under the destination's
// name, and a file or symlink swapped in at the destination meanwhile is never followed or replaced.
class NewVault {
    Q_DECLARE_TR_FUNCTIONS(inzage::NewVault)

public:
    // Refuses (Exists) when DESTINATION is there, also as a dangling symlink. The Vault's path()
    // is the temporary name.
    static Result<std::unique_ptr<Vault>> create(const QString& destination, const SecureBytes& passphrase,
                                                 const Vault::CreateOptions& options);
    // Closes VAULT (its write-ahead log is folded into the file on close) and gives the file the
    // destination's name. On failure the temporary file is removed.
    static Status publish(std::unique_ptr<Vault>& vault, const QString& destination);
    // Closes and removes a vault that will not be published.
    static void discard(std::unique_ptr<Vault>& vault);
};

} // namespace inzage
