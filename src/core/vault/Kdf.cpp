#include "vault/Kdf.h"

#include <QCoreApplication>

#include <sodium.h>

namespace inzage {

bool KdfParams::isValid() const
{
    return opsLimit >= kMinOps && opsLimit <= kMaxOps && memLog2KiB >= kMinMemLog2
        && memLog2KiB <= kMaxMemLog2;
}

Result<KdfParams> KdfParams::fromText(const QString& opsText, const QString& memText)
{
    bool okOps = false, okMem = false;
    const int ops = opsText.trimmed().toInt(&okOps);
    if (!okOps || ops < kMinOps || ops > kMaxOps)
        return Status(ErrorCode::Usage,
            QCoreApplication::translate("inzage::Kdf", "Het aantal rekenrondes voor de sleutel moet een heel getal van %1 tot en met %2 zijn, niet '%3'.")
                .arg(kMinOps)
                .arg(kMaxOps)
                .arg(opsText));
    const double mib = memText.trimmed().toDouble(&okMem);
    KdfParams k;
    k.opsLimit = std::uint8_t(ops);
    // Compare against every allowed power of two: no shift or conversion ever sees a huge value.
    for (std::uint8_t log2 = kMinMemLog2; okMem && log2 <= kMaxMemLog2; ++log2) {
        if (mib * 1024.0 == double(std::uint32_t {1} << log2)) {
            k.memLog2KiB = log2;
            return k;
        }
    }
    return Status(ErrorCode::Usage,
        QCoreApplication::translate("inzage::Kdf",
            "Het geheugen voor de sleutel (in MiB) moet een macht van twee zijn van 0.0078125 (8 KiB) tot en met "
            "%1, niet '%2'.")
            .arg(kMaxMemMiB)
            .arg(memText));
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
