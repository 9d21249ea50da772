#include "vault/Kdf.h"

#include <QCoreApplication>

#include <sodium.h>

namespace inzage {

bool KdfParams::isValid() const
{
    return opsLimit >= kMinOps && opsLimit <= kMaxOps && memLog2KiB >= kMinMemLog2
        && memLog2KiB <= kMaxMemLog2;
}

Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const Salt& salt, const KdfParams& params)
{
    if (!params.isValid())
        return Status(ErrorCode::Damaged,
            QCoreApplication::translate("inzage::Kdf", "De sleutelinstellingen in het bestand kloppen niet."));
    SecureBytes key(kKeyBytes);
    const char* pw = passphrase.isEmpty() ? "" : passphrase.chars();
    if (crypto_pwhash(key.data(), key.size(), pw, passphrase.size(), salt.data(), params.opsLimit,
                      static_cast<size_t>(params.memBytes()), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Status(ErrorCode::Io,
            QCoreApplication::translate("inzage::Kdf", "Niet genoeg geheugen om de sleutel af te leiden."));
    }
    return key;
}

} // namespace inzage
