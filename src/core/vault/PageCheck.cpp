#include "vault/PageCheck.h"

#include "vault/InputFile.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <sodium.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace inzage {

namespace {

constexpr int kIvBytes = 16;
constexpr int kHmacBytes = 20; // SHA-1
constexpr int kReserve = 48;   // IV + HMAC, rounded up to the AES block
constexpr int kHmacRounds = 2; // SQLCipher's fast_kdf_iter
constexpr unsigned char kHmacSaltMask = 0x3a;
constexpr int kPagesTried = 8; // page 2 onwards: one damaged page more does not hide the answer

bool pageAuthenticates(const std::uint8_t* page, int pageSize, std::uint32_t pgno, const std::uint8_t* hmacKey)
{
    const int size = pageSize - kReserve;
    // ciphertext ‖ IV ‖ page number, in one buffer for OpenSSL's one-shot HMAC.
    SecureBytes input(std::size_t(size + kIvBytes + 4));
    std::memcpy(input.data(), page, std::size_t(size) + kIvBytes);
    for (int i = 0; i < 4; ++i)
        input.data()[size + kIvBytes + i] = std::uint8_t(pgno >> (8 * i));
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac {};
    unsigned int macLength = 0;
    const bool ok = HMAC(EVP_sha1(), hmacKey, int(kKeyBytes), input.data(), input.size(), mac.data(), &macLength)
        != nullptr;
    return ok && macLength == kHmacBytes && sodium_memcmp(mac.data(), page + size + kIvBytes, kHmacBytes) == 0;
}

} // namespace

bool PageCheck::keyFitsLaterPage(const QString& path, const SecureBytes& key, const Salt& salt)
{
    if (key.size() != kKeyBytes)
        return false;
    std::array<unsigned char, kSaltBytes> hmacSalt {};
    for (std::size_t i = 0; i < kSaltBytes; ++i)
        hmacSalt[i] = salt[i] ^ kHmacSaltMask;
    SecureBytes hmacKey(kKeyBytes);
    if (PKCS5_PBKDF2_HMAC_SHA1(key.chars(), int(key.size()), hmacSalt.data(), int(hmacSalt.size()), kHmacRounds,
            int(kKeyBytes), hmacKey.data())
        != 1)
        return false;
    auto fd = InputFile::openRegular(path);
    if (!fd)
        return false;
    bool fits = false;
    // SQLCipher's page sizes: powers of two from 512 to 65536.
    SecureBytes page(65536);
    for (int pageSize = 512; !fits && pageSize <= 65536; pageSize *= 2) {
        for (std::uint32_t pgno = 2; !fits && pgno < 2 + kPagesTried; ++pgno) {
            ssize_t got = 0;
            do
                got = ::pread(*fd, page.data(), std::size_t(pageSize), off_t(pgno - 1) * pageSize);
            while (got < 0 && errno == EINTR);
            if (got != pageSize)
                break;
            fits = pageAuthenticates(page.data(), pageSize, pgno, hmacKey.data());
        }
    }
    ::close(*fd);
    return fits;
}

} // namespace inzage
