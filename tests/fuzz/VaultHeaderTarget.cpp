// Fuzz target: the plaintext start of a vault file (VaultHeader::read), as `open` reads it before
// any key is tried. The input is written to a file, since the header is read through InputFile.
// Whatever is accepted must be within the KDF caps: no open attempt may cost more than allowed.
#include "FuzzTarget.h"

#include "vault/VaultHeader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

INZAGE_FUZZ_TARGET(vault_header)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("kop.inzage"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(inzage::fuzz::bytesOf(data, size));
    f.close();
    auto header = inzage::VaultHeader::read(path);
    if (header && (!header->kdf.isValid() || header->kdf.exceedsCaps()))
        std::abort();
    return 0;
}
