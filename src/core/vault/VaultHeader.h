#pragma once

#include "common/Status.h"
#include "vault/Kdf.h"

#include <QCoreApplication>
#include <QString>

namespace inzage {

// The 16 plaintext bytes at the start of every vault. SQLCipher uses them as its salt; we make
// them self-describing so a file can be told apart as "not a vault" before any key is tried:
//   [0] magic 0x49 ('I')  [1] format version  [2] Argon2 ops  [3] log2(memory KiB)  [4..15] random
// Format 1: SQLCipher's 1024-byte pages. Format 2 (new files from session 5 on): 4096-byte pages,
// a quarter of the per-page cipher work (a parent copy of 100,000 entries: 9.8 s → 6.0 s). The
// page size must be known before the first read, so it follows from the format byte.
struct VaultHeader {
    Q_DECLARE_TR_FUNCTIONS(inzage::VaultHeader)

public:
    static constexpr std::uint8_t kMagic = 0x49;
    static constexpr std::uint8_t kFormat = 2;
    static constexpr int kFormat1PageSize = 1024;
    static constexpr int kPageSize = 4096;

    KdfParams kdf;
    Salt salt {};

    static VaultHeader fresh(const KdfParams& params);
    // The cipher page size of the file this salt heads (format 1: 1024, format 2: 4096).
    static int pageSize(const Salt& salt) { return salt[1] >= 2 ? kPageSize : kFormat1PageSize; }
    // Reads the header of an existing file; tells "empty", "not a vault", "newer format" apart.
    static Result<VaultHeader> read(const QString& path);
};

} // namespace inzage
