// vault/OpenMemory: a file that opens older than the last time on this computer is noticed (a
// backup put back, lost writes, a -wal that lost frames), and a memory file that does not check
// out is never trusted.
#include "TestSupport.h"

#include "dossier/Entries.h"
#include "vault/OpenMemory.h"
#include "vault/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace inzage;
using namespace inzage::test;

namespace {

constexpr const char* kPass = "correct paard batterij";
using Verdict = OpenMemoryCheck::Verdict;

void addEntry(Vault& v, const QString& text)
{
    EntryContent c;
    c.text = text;
    c.section = QStringLiteral("Gesprekken");
    c.eventDate = QStringLiteral("2024-03-01");
    auto id = Entries(v, Actor {QStringLiteral("j.devries"), Role::Professional}).add(c);
    INFO(id.message().toStdString());
    REQUIRE(id.isOk());
}

std::unique_ptr<Vault> reopen(const QString& path, OpenMode mode = OpenMode::ReadWrite)
{
    auto v = Vault::open(path, pass(kPass), mode);
    INFO(v.message().toStdString());
    REQUIRE(v.isOk());
    return std::move(*v);
}

// Opens, compares with DIR, closes (which remembers again); the verdict.
OpenMemoryCheck openAndCheck(const QString& path, const QString& dir, OpenMode mode = OpenMode::ReadWrite)
{
    auto v = reopen(path, mode);
    auto checked = OpenMemory::check(*v, dir);
    INFO(checked.message().toStdString());
    REQUIRE(checked.isOk());
    return *checked;
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("the first open is remembered under a name that says nothing about the file", "[openmemory]")
{
    TempVault tv;
    QTemporaryDir memory;
    addEntry(*tv.vault, QStringLiteral("De moeder vertelde over de schoolweek."));
    const QString file = OpenMemory::fileFor(*tv.vault, memory.path());
    tv.vault.reset();

    const OpenMemoryCheck first = openAndCheck(tv.path, memory.path());
    CHECK(first.verdict == Verdict::FirstOpen);
    CHECK(first.warning.isEmpty());
    CHECK(first.length > 0);
    REQUIRE(QFile::exists(file));
    const QStringList names = QDir(memory.path()).entryList(QDir::Files | QDir::Hidden);
    REQUIRE(names.size() == 1);
    CHECK(names.first().contains(QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.gezien$"))));
    const QByteArray bytes = readAll(file);
    CHECK(bytes.size() == 80);
    CHECK_FALSE(bytes.contains("dossier"));
    CHECK_FALSE(bytes.contains("schoolweek"));
    CHECK((QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("the same file and a longer file open without a warning", "[openmemory]")
{
    TempVault tv;
    QTemporaryDir memory;
    tv.vault.reset();
    CHECK(openAndCheck(tv.path, memory.path()).verdict == Verdict::FirstOpen);
    CHECK(openAndCheck(tv.path, memory.path()).verdict == Verdict::Same);
    {
        auto v = reopen(tv.path);
        REQUIRE(OpenMemory::check(*v, memory.path()).isOk());
        addEntry(*v, QStringLiteral("Gesprek met de leerkracht."));
    } // closing remembers the longer chain
    const OpenMemoryCheck same = openAndCheck(tv.path, memory.path());
    CHECK(same.verdict == Verdict::Same);
    {
        auto v = reopen(tv.path); // opened without remembering: someone else's program wrote
        addEntry(*v, QStringLiteral("Huisbezoek."));
    }
    const OpenMemoryCheck longer = openAndCheck(tv.path, memory.path());
    CHECK(longer.verdict == Verdict::Longer);
    CHECK(longer.warning.isEmpty());
    CHECK(longer.length == longer.rememberedLength + 1);
    // Read-only (a reviewer) compares too.
    CHECK(openAndCheck(tv.path, memory.path(), OpenMode::ReadOnly).verdict == Verdict::Same);
}

TEST_CASE("a backup put back is older than last time and is said so once", "[openmemory]")
{
    TempVault tv;
    QTemporaryDir memory;
    const QString backup = tv.dir.filePath(QStringLiteral("reserve.inzage"));
    tv.vault.reset();
    copyFile(tv.path, backup);
    {
        auto v = reopen(tv.path);
        REQUIRE(OpenMemory::check(*v, memory.path()).isOk());
        addEntry(*v, QStringLiteral("Gesprek met de vader."));
        addEntry(*v, QStringLiteral("Gesprek met de moeder."));
    }
    QFile::remove(tv.path);
    copyFile(backup, tv.path);
    const OpenMemoryCheck older = openAndCheck(tv.path, memory.path());
    CHECK(older.verdict == Verdict::Shorter);
    CHECK(older.olderThanBefore());
    CHECK(older.length == older.rememberedLength - 2);
    CHECK(older.warning.contains(QStringLiteral("Dit bestand is ouder dan de vorige keer dat u het opende")));
    CHECK(older.warning.contains(QStringLiteral("nieuwste versie")));
    // Said once: from now on the computer remembers this state.
    CHECK(openAndCheck(tv.path, memory.path()).verdict == Verdict::Same);
}

TEST_CASE("a file with another change at the remembered length is older or another copy", "[openmemory]")
{
    TempVault tv;
    QTemporaryDir memory;
    const QString backup = tv.dir.filePath(QStringLiteral("reserve.inzage"));
    tv.vault.reset();
    copyFile(tv.path, backup);
    {
        auto v = reopen(tv.path);
        REQUIRE(OpenMemory::check(*v, memory.path()).isOk());
        addEntry(*v, QStringLiteral("Wat er echt gebeurde."));
    }
    QFile::remove(tv.path);
    copyFile(backup, tv.path);
    {
        auto v = reopen(tv.path); // the old copy gets a change of its own, as long as the lost one
        addEntry(*v, QStringLiteral("Iets anders."));
    }
    const OpenMemoryCheck other = openAndCheck(tv.path, memory.path());
    CHECK(other.verdict == Verdict::DifferentHead);
    CHECK(other.olderThanBefore());
    CHECK(other.length == other.rememberedLength);
    CHECK(other.warning.contains(QStringLiteral("Dit bestand is ouder dan de vorige keer dat u het opende")));
}

TEST_CASE("a changed or foreign memory file is never trusted and says so", "[openmemory][bad-input]")
{
    TempVault tv;
    TempVault otherVault;
    QTemporaryDir memory;
    const QString file = OpenMemory::fileFor(*tv.vault, memory.path());
    const QString otherFile = OpenMemory::fileFor(*otherVault.vault, memory.path());
    CHECK(file != otherFile);
    addEntry(*tv.vault, QStringLiteral("Eerste."));
    addEntry(*tv.vault, QStringLiteral("Tweede."));
    tv.vault.reset();
    otherVault.vault.reset();
    CHECK(openAndCheck(tv.path, memory.path()).verdict == Verdict::FirstOpen);
    CHECK(openAndCheck(otherVault.path, memory.path()).verdict == Verdict::FirstOpen);

    SECTION("one flipped byte in the remembered length")
    {
        QByteArray bytes = readAll(file);
        REQUIRE(bytes.size() == 80);
        bytes[8] = char(bytes[8] + 7); // claims a longer chain: would say "shorter" if trusted
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    SECTION("the memory of another vault under this vault's name")
    {
        QFile::remove(file);
        REQUIRE(QFile::copy(otherFile, file));
    }
    SECTION("cut short")
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(40));
    }
    const OpenMemoryCheck damaged = openAndCheck(tv.path, memory.path());
    CHECK(damaged.verdict == Verdict::MemoryDamaged);
    CHECK_FALSE(damaged.olderThanBefore());
    CHECK(damaged.warning.contains(QStringLiteral("vertrouwt dat niet")));
    // Replaced by what was seen: the next open is plain again.
    CHECK(openAndCheck(tv.path, memory.path()).verdict == Verdict::Same);
}

TEST_CASE("a copy of the vault on another computer starts its own memory", "[openmemory]")
{
    TempVault tv;
    QTemporaryDir here;
    QTemporaryDir elsewhere;
    addEntry(*tv.vault, QStringLiteral("Eerste."));
    tv.vault.reset();
    CHECK(openAndCheck(tv.path, here.path()).verdict == Verdict::FirstOpen);
    const QString copy = tv.dir.filePath(QStringLiteral("kopie.inzage"));
    copyFile(tv.path, copy);
    CHECK(openAndCheck(copy, elsewhere.path()).verdict == Verdict::FirstOpen);
    CHECK(openAndCheck(copy, elsewhere.path()).verdict == Verdict::Same);
    // The copy is the same vault: on this computer it is recognised as such.
    CHECK(openAndCheck(copy, here.path()).verdict == Verdict::Same);
}

TEST_CASE("a new passphrase keeps the memory", "[openmemory]")
{
    TempVault tv;
    QTemporaryDir memory;
    REQUIRE(OpenMemory::check(*tv.vault, memory.path()).isOk());
    REQUIRE(tv.vault->changePassphrase(pass("een heel ander wachtwoord"), KdfParams::fastForTests()).isOk());
    addEntry(*tv.vault, QStringLiteral("Na het nieuwe wachtwoord."));
    tv.vault.reset();
    auto v = Vault::open(tv.path, pass("een heel ander wachtwoord"));
    REQUIRE(v.isOk());
    auto checked = OpenMemory::check(**v, memory.path());
    REQUIRE(checked.isOk());
    // Recognised under the new passphrase: what came after is more, not a stranger or a forgery.
    CHECK(checked->verdict == Verdict::Longer);
    CHECK(checked->warning.isEmpty());
}

TEST_CASE("a hot write-ahead log that lost frames opens older than last time", "[openmemory][wal]")
{
    TempVault tv;
    QTemporaryDir memory;
    QTemporaryDir crash;
    const QString wal = tv.path + QStringLiteral("-wal");
    REQUIRE(execSql(tv.vault->db(), "PRAGMA wal_autocheckpoint = 0", QStringLiteral("pragma")).isOk());
    REQUIRE(OpenMemory::check(*tv.vault, memory.path()).isOk());
    addEntry(*tv.vault, QStringLiteral("Eerste, in het logboek."));
    const qint64 walAfterFirst = QFileInfo(wal).size();
    REQUIRE(walAfterFirst > 0);
    addEntry(*tv.vault, QStringLiteral("Tweede, in het logboek."));
    REQUIRE(QFileInfo(wal).size() > walAfterFirst);
    REQUIRE(OpenMemory::remember(*tv.vault, memory.path()).isOk());

    // What the disk holds after a crash, with the frames of the last commit lost.
    const QString image = crash.filePath(QStringLiteral("dossier.inzage"));
    copyFile(tv.path, image);
    copyFile(wal, image + QStringLiteral("-wal"));
    {
        QFile f(image + QStringLiteral("-wal"));
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(walAfterFirst));
    }
    tv.vault.reset();
    const OpenMemoryCheck lost = openAndCheck(image, memory.path());
    CHECK(lost.verdict == Verdict::Shorter);
    CHECK(lost.length == lost.rememberedLength - 1);
    CHECK(lost.warning.contains(QStringLiteral("ouder dan de vorige keer")));
}
