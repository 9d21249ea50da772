// A changed byte in the first page of a vault: SQLCipher reports it as a wrong key, but Inzage
// checks a later page with the key (vault/PageCheck) and says "damaged" when the passphrase is
// right. A wrong passphrase, on a whole or a damaged file, stays "wrong passphrase".

#include "TestSupport.h"

#include "dossier/Entries.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace inzage;
using namespace inzage::test;

namespace {

QString damagedCopy(TempVault& t, qsizetype at)
{
    t.vault.reset(); // the last connection checkpoints the -wal into the file
    QByteArray bytes = readAll(t.path);
    REQUIRE(bytes.size() > 4096);
    bytes[at] = char(bytes[at] ^ 0x20);
    const QString path = t.dir.filePath(QStringLiteral("beschadigd.inzage"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

void addEntries(Vault& v, int n)
{
    Entries entries(v, Actor {QStringLiteral("j.devries"), Role::Professional});
    for (int i = 0; i < n; ++i) {
        EntryContent c;
        c.text = QStringLiteral("Gesprek %1 met de moeder over de school.").arg(i);
        c.section = QStringLiteral("Gesprekken");
        REQUIRE(entries.add(c).isOk());
    }
}

} // namespace

TEST_CASE("a changed byte in the first page is reported as damage when the passphrase is right", "[vault][damage]")
{
    TempVault t;
    addEntries(*t.vault, 5);
    // Past the 16 header bytes, in the page's ciphertext, IV and HMAC.
    for (const qsizetype at : {qsizetype(16), qsizetype(100), qsizetype(1000), qsizetype(1010)}) {
        TempVault again;
        addEntries(*again.vault, 5);
        const QString path = damagedCopy(again, at);
        auto opened = Vault::open(path, pass("correct paard batterij"));
        INFO("byte " << at << ": " << opened.message().toStdString());
        REQUIRE_FALSE(opened.isOk());
        CHECK(opened.code() == ErrorCode::Damaged);
        CHECK(opened.message().contains(QStringLiteral("beschadigd")));

        auto wrong = Vault::open(path, pass("verkeerd wachtwoord"));
        REQUIRE_FALSE(wrong.isOk());
        CHECK(wrong.code() == ErrorCode::WrongPassphrase);
    }
    // The undamaged file: a wrong passphrase is a wrong passphrase.
    t.vault.reset();
    auto wrong = Vault::open(t.path, pass("verkeerd wachtwoord"));
    REQUIRE_FALSE(wrong.isOk());
    CHECK(wrong.code() == ErrorCode::WrongPassphrase);
}
