// Fuzz target: --kdf-ops and --kdf-mem-mib as typed (the two values on either side of the first
// newline). Whatever is accepted must be within Inzage's caps.
#include "FuzzTarget.h"

#include "vault/Kdf.h"

#include <QString>

#include <cstdlib>

INZAGE_FUZZ_TARGET(kdf_text)
{
    const QByteArray bytes = inzage::fuzz::bytesOf(data, size);
    const qsizetype cut = bytes.indexOf('\n');
    const QString ops = QString::fromUtf8(cut < 0 ? bytes : bytes.left(cut));
    const QString mem = cut < 0 ? QString() : QString::fromUtf8(bytes.mid(cut + 1));
    auto params = inzage::KdfParams::fromText(ops, mem);
    if (params && (!params->isValid() || params->exceedsCaps()))
        std::abort();
    return 0;
}
