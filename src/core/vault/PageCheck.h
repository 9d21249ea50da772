#pragma once

#include "vault/Kdf.h"
#include "vault/SecureBytes.h"

#include <QString>

namespace inzage {

// Tells a damaged first page from a wrong passphrase. SQLCipher 3 checks every page's HMAC with
// the key and reports a failed check on page 1 as "not a database", exactly as it reports a wrong
// key. But every other page carries its own HMAC under the same key: when the key authenticates
// one of the next pages, the key is right and it is page 1 that was changed. Read-only, on the
// raw file bytes, and only after SQLCipher has refused the file.
//
// The check is SQLCipher 3.4's page format (OpenSSL provider, its defaults): per page
// ciphertext ‖ 16-byte IV ‖ 20-byte HMAC-SHA1, padded to a 48-byte reserve; HMAC-SHA1 over
// ciphertext ‖ IV ‖ page number (4 bytes, little-endian) under the HMAC key
// PBKDF2-HMAC-SHA1(key, salt XOR 0x3a, 2 rounds, 32 bytes). Every page size SQLCipher allows is
// tried, so files with larger pages are covered too.
class PageCheck {
public:
    // True when `key` authenticates at least one page after the first of the file at `path`.
    static bool keyFitsLaterPage(const QString& path, const SecureBytes& key, const Salt& salt);
};

} // namespace inzage
