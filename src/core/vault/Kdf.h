#pragma once

#include "common/Status.h"
#include "vault/SecureBytes.h"

#include <QString>

#include <array>
#include <cstdint>

namespace inzage {

// Argon2id cost. Stored in the vault header, so every value read from a file is range-checked
// before a single byte of memory is spent on it.
struct KdfParams {
    std::uint8_t opsLimit = 3;
    std::uint8_t memLog2KiB = 18; // 2^18 KiB = 256 MiB

    // The caps are what Inzage allows at all, for new files and for headers read from a file: a
    // hostile header asking for 16 passes over 2 GiB would cost every open attempt 24 s and 2 GB.
    // libsodium's SENSITIVE (1 GiB, 4 passes) still fits.
    static constexpr std::uint8_t kMinOps = 1, kMaxOps = 10;
    static constexpr std::uint8_t kMinMemLog2 = 3, kMaxMemLog2 = 20; // 8 KiB .. 1 GiB
    static constexpr int kMaxMemMiB = 1 << (kMaxMemLog2 - 10);

    // The default for every new vault: libsodium's MODERATE (256 MiB, 3 passes).
    static KdfParams moderate() { return {3, 18}; }
    // Only for tests that ask for it by name: the smallest cost libsodium accepts.
    static KdfParams fastForTests() { return {1, 3}; }

    bool isValid() const;
    // Above the caps (but not zero): the file asks for more than Inzage allows.
    bool exceedsCaps() const { return opsLimit > kMaxOps || memLog2KiB > kMaxMemLog2; }
    // Reads --kdf-ops / --kdf-mem-mib as typed: whole passes, memory a power of two in MiB
    // (8 KiB = 0.0078125 up to the cap); anything else is refused with the allowed range.
    static Result<KdfParams> fromText(const QString& ops, const QString& memMiB);
    std::uint64_t memBytes() const { return (std::uint64_t {1} << memLog2KiB) * 1024; }
};

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kSaltBytes = 16;
using Salt = std::array<std::uint8_t, kSaltBytes>;

// Derives the 256-bit raw database key from a passphrase. The result lives in wiped memory.
Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const Salt& salt, const KdfParams& params);

} // namespace inzage
