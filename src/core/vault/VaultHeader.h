#pragma once

#include "common/Status.h"
#include "vault/Kdf.h"

#include <QCoreApplication>
#include <QString>

namespace inzage {

// The 16 plaintext bytes at the start of every vault. SQLCipher uses them as its salt; we make
// them self-describing so a file can be told apart as "not a vault" before any key is tried:
//   [0] magic 0x49 ('I')  [1] format version  [2] Argon2 ops  [3] log2(memory KiB)  [4..15] random
struct VaultHeader {
    Q_DECLARE_TR_FUNCTIONS(inzage::VaultHeader)

public:
    static constexpr std::uint8_t kMagic = 0x49;
    static constexpr std::uint8_t kFormat = 1;

    KdfParams kdf;
    Salt salt {};

    static VaultHeader fresh(const KdfParams& params);
    // Reads the header of an existing file; tells "empty", "not a vault", "newer format" apart.
    static Result<VaultHeader> read(const QString& path);
};

} // namespace inzage
