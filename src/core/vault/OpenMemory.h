#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace inzage {

class Vault;

// What this computer saw of a vault the last time it was open: how long its audit chain was and
// that chain's last hash. Kept in a small file per vault (OpenMemory::defaultDirectory()), named by
// a value derived from a random secret inside the encrypted vault, never from its path or its text,
// and sealed with a key derived from that same secret (crypto_kdf + keyed BLAKE2b): without the
// passphrase it can be neither read as belonging to a vault nor forged. The secret lives in the
// vault's meta table, so it survives a new passphrase and goes along with an encrypted copy.
//
// A file that opens with a shorter chain than remembered, or with another hash at the remembered
// length, is older than the last time (a backup put back, lost writes, a -wal that lost frames):
// the reader is warned. A memory file that does not check out is never trusted: that is said too,
// and it is replaced by what is seen now.
struct OpenMemoryCheck {
    enum class Verdict {
        Unavailable,   // nothing to compare: a read-only open of a file without the secret, or no chain
        FirstOpen,     // never seen on this computer (or in this memory folder)
        Same,          // exactly as last time
        Longer,        // what was seen then, and more
        Shorter,       // fewer changes than last time
        DifferentHead, // as many changes or more, but the one last seen is another
        MemoryDamaged, // the memory file is damaged or was changed; not trusted
    };
    Verdict verdict = Verdict::Unavailable;
    std::int64_t rememberedLength = 0;
    std::int64_t length = 0;
    QString warning; // for the reader, in Dutch; empty when there is nothing to say

    // The file is older or another than the one seen last time (the CLI's exit code 14).
    bool olderThanBefore() const { return verdict == Verdict::Shorter || verdict == Verdict::DifferentHead; }
};

class OpenMemory {
    Q_DECLARE_TR_FUNCTIONS(inzage::OpenMemory)

public:
    // QStandardPaths::AppDataLocation + "/geopend"; INZAGE_MEMORY_DIR overrides it (tests).
    static QString defaultDirectory();

    // Compares the vault with what DIR remembers of it and remembers what it sees now; from then
    // on it remembers again after every commit on this connection (a WAL hook that ends when the
    // connection closes), so what a program wrote is what the next open compares with. The app and
    // the CLI call it after every open, with defaultDirectory().
    static Result<OpenMemoryCheck> check(Vault& vault, const QString& dir);
    // Remembers the vault's chain length and head as they are now.
    static Status remember(Vault& vault, const QString& dir);
    // A fresh secret for a new vault's meta table (hex).
    static QString newSecret();
    // The memory file's path for this vault (for tests); empty when the vault has no secret.
    static QString fileFor(Vault& vault, const QString& dir);
};

} // namespace inzage
