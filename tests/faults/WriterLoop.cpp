// Test-only helper for KillDuringWriteTest: opens a vault and adds entries, one per transaction,
// forever, printing each committed id on its own line (flushed) so the test knows what must
// survive a SIGKILL. The passphrase comes from a file: it never appears on the command line.
//
//   inzage_writer_loop <vault> <passphrase-file>

#include "dossier/Entries.h"
#include "vault/Vault.h"

#include <QFile>

#include <sodium.h>

#include <cstdio>

using namespace inzage;

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <vault> <passphrase-file>\n", argv[0]);
        return 2;
    }
    if (sodium_init() < 0)
        return 1;
    SecureBytes passphrase;
    {
        QFile f(QFile::decodeName(argv[2]));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the passphrase file\n");
            return 2;
        }
        QByteArray bytes = f.readAll();
        while (!bytes.isEmpty() && (bytes.endsWith('\n') || bytes.endsWith('\r')))
            bytes.chop(1);
        passphrase = SecureBytes(bytes.constData(), std::size_t(bytes.size()));
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    }
    auto vault = Vault::open(QFile::decodeName(argv[1]), passphrase);
    passphrase.clear();
    if (!vault) {
        std::fprintf(stderr, "open: %s\n", qPrintable(vault.message()));
        return 3;
    }
    Entries entries(**vault, Actor {QStringLiteral("schrijflus"), Role::Professional});
    for (std::int64_t n = 1;; ++n) {
        EntryContent c;
        c.text = QStringLiteral("Schrijflus regel %1: de moeder vertelde over de schoolweek, "
                                "de leerkracht belde terug.")
                     .arg(n);
        c.section = QStringLiteral("Schrijflus");
        auto id = entries.add(c);
        if (!id) {
            std::fprintf(stderr, "add: %s\n", qPrintable(id.message()));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
