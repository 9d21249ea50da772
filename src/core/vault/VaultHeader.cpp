#include "vault/VaultHeader.h"

#include "vault/InputFile.h"

#include <sodium.h>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

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
    auto fd = InputFile::openRegular(path);
    if (!fd && fd.code() == ErrorCode::NotFound)
        return Status(ErrorCode::NotFound, tr("Het bestand %1 bestaat niet.").arg(path));
    if (!fd)
        return fd.status();
    QByteArray head(int(kSaltBytes), '\0');
    ssize_t got = 0;
    do
        got = ::pread(*fd, head.data(), kSaltBytes, 0);
    while (got < 0 && errno == EINTR);
    struct stat st {};
    const bool statOk = ::fstat(*fd, &st) == 0;
    ::close(*fd);
    if (got < 0 || !statOk)
        return Status(ErrorCode::Io, tr("Het bestand %1 kan niet gelezen worden.").arg(path));
    head.resize(int(got));
    const std::int64_t size = st.st_size;
    if (size == 0)
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
    if (h.kdf.opsLimit != 0 && h.kdf.memLog2KiB >= KdfParams::kMinMemLog2 && h.kdf.exceedsCaps())
        return Status(ErrorCode::Damaged,
            tr("Het bestand %1 vraagt voor de sleutel meer rekenwerk of geheugen dan Inzage toestaat "
               "(ten hoogste %2 rondes en %3 MiB). Een dossier van Inzage vraagt dat nooit: het bestand "
               "is veranderd of komt niet van Inzage. Er is niets geprobeerd en niets veranderd.")
                .arg(path)
                .arg(KdfParams::kMaxOps)
                .arg(KdfParams::kMaxMemMiB));
    if (!h.kdf.isValid())
        return Status(ErrorCode::Damaged,
            tr("Het begin van het bestand is beschadigd: de sleutelinstellingen "
               "kloppen niet. Gebruik een reservekopie."));
    if (size < 512)
        return Status(ErrorCode::Damaged,
            tr("Het bestand %1 is te kort: het is afgebroken of beschadigd. "
               "Gebruik een reservekopie.")
                .arg(path));
    return h;
}

} // namespace inzage
