#pragma once

#include "common/Status.h"
#include "vault/SecureBytes.h"

#include <array>
#include <cstdint>

namespace inzage {

// Argon2id cost. Stored in the vault header, so every value read from a file is range-checked
// before a single byte of memory is spent on it.
struct KdfParams {
    std::uint8_t opsLimit = 3;
    std::uint8_t memLog2KiB = 18; // 2^18 KiB = 256 MiB

    static constexpr std::uint8_t kMinOps = 1, kMaxOps = 16;
    static constexpr std::uint8_t kMinMemLog2 = 3, kMaxMemLog2 = 21; // 8 KiB .. 2 GiB

    // The default for every new vault: libsodium's MODERATE (256 MiB, 3 passes).
    static KdfParams moderate() { return {3, 18}; }
    // Only for tests that ask for it by name: the smallest cost libsodium accepts.
    static KdfParams fastForTests() { return {1, 3}; }

    bool isValid() const;
    std::uint64_t memBytes() const { return (std::uint64_t {1} << memLog2KiB) * 1024; }
};

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kSaltBytes = 16;
using Salt = std::array<std::uint8_t, kSaltBytes>;

// Derives the 256-bit raw database key from a passphrase. The result lives in wiped memory.
Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const Salt& salt, const KdfParams& params);

} // namespace inzage
