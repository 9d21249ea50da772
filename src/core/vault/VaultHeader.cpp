#include "vault/VaultHeader.h"

#include <QFile>

#include <sodium.h>

namespace inzage {

VaultHeader VaultHeader::fresh(const KdfParams& params)
{
    VaultHeader h;
    h.kdf = params;
    randombytes_buf(h.salt.data(), h.salt.size());
    h.salt[0] = kMagic;
    h.salt[1] = kFormat;
    h.salt[2] = params.opsLimit;
    h.salt[3] = params.memLog2KiB;
    return h;
}

Result<VaultHeader> VaultHeader::read(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return Status(ErrorCode::NotFound, tr("Het bestand %1 bestaat niet.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Status(ErrorCode::Io, tr("Het bestand %1 kan niet gelezen worden: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(kSaltBytes);
    if (f.size() == 0)
        return Status(ErrorCode::NotAVault, tr("Het bestand %1 is leeg. Het is geen Inzage-dossier.").arg(path));
    if (head.size() < int(kSaltBytes) || std::uint8_t(head[0]) != kMagic)
        return Status(ErrorCode::NotAVault, tr("Het bestand %1 is geen Inzage-dossier.").arg(path));
    if (std::uint8_t(head[1]) > kFormat)
        return Status(ErrorCode::NewerFormat,
            tr("Dit dossier is gemaakt met een nieuwere versie van Inzage. "
               "Werk Inzage bij om het te openen."));
    if (std::uint8_t(head[1]) == 0)
        return Status(ErrorCode::NotAVault, tr("Het bestand %1 is geen Inzage-dossier.").arg(path));
    VaultHeader h;
    for (std::size_t i = 0; i < kSaltBytes; ++i)
        h.salt[i] = std::uint8_t(head[int(i)]);
    h.kdf.opsLimit = h.salt[2];
    h.kdf.memLog2KiB = h.salt[3];
    if (!h.kdf.isValid())
        return Status(ErrorCode::Damaged,
            tr("Het begin van het bestand is beschadigd: de sleutelinstellingen "
               "kloppen niet. Gebruik een reservekopie."));
    if (f.size() < 512)
        return Status(ErrorCode::Damaged,
            tr("Het bestand %1 is te kort: het is afgebroken of beschadigd. "
               "Gebruik een reservekopie.")
                .arg(path));
    return h;
}

} // namespace inzage
