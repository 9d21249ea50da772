// Inzage's own file lock: passwd renames a new file over the vault, so it must not run while any
// other connection has the vault open (its writes would go to the replaced file and be lost).
#include "DomainSupport.h"

#include "vault/FileLock.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>

#include <sys/stat.h>

#include <thread>

using namespace inzage;
using namespace inzage::test;

namespace {

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

ino_t inodeOf(const QString& path)
{
    struct stat st { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_ino;
}

} // namespace

TEST_CASE("passwd is refused while a second Vault in the same process has the file open", "[lock][vault]")
{
    TempVault t;
    addEntry(*t.vault, QStringLiteral("Van voor de wijziging."));
    auto second = Vault::open(t.path, pass("correct paard batterij"));
    REQUIRE(second.isOk());
    REQUIRE(execSql(t.vault->db(), "PRAGMA wal_checkpoint(TRUNCATE)", QStringLiteral("checkpoint")).isOk());
    const QByteArray before = hashOf(t.path);
    const QByteArray walBefore = readAll(t.path + QStringLiteral("-wal"));

    const Status s = t.vault->changePassphrase(pass("nieuw wachtwoord"), KdfParams::fastForTests());
    REQUIRE(!s.isOk());
    CHECK(s.code() == ErrorCode::Busy);
    CHECK(s.message()
        == QStringLiteral("Het dossier is nog geopend in een ander programma. Sluit dat eerst en "
                          "probeer het opnieuw."));
    CHECK(hashOf(t.path) == before);
    CHECK(readAll(t.path + QStringLiteral("-wal")) == walBefore);
    CHECK(!QFile::exists(t.path + QStringLiteral(".nieuw")));

    // Both connections still work and still write to the one file.
    addEntry(*t.vault, QStringLiteral("Na de geweigerde wijziging."));
    addEntry(**second, QStringLiteral("Uit het tweede venster."));
    CHECK(scalar(**second, "SELECT count(*) FROM entry") == 3);

    // Once the other connection closes, the change goes through and keeps everything.
    second->reset();
    REQUIRE(t.vault->changePassphrase(pass("nieuw wachtwoord"), KdfParams::fastForTests()).isOk());
    CHECK(scalar(*t.vault, "SELECT count(*) FROM entry") == 3);
    t.vault.reset();
    CHECK(Vault::open(t.path, pass("correct paard batterij")).code() == ErrorCode::WrongPassphrase);
    auto reopened = Vault::open(t.path, pass("nieuw wachtwoord"));
    REQUIRE(reopened.isOk());
    CHECK(scalar(**reopened, "SELECT count(*) FROM entry") == 3);
}

TEST_CASE("a refused passwd leaves the vault opening with the old passphrase", "[lock][vault]")
{
    TempVault t;
    addEntry(*t.vault, QStringLiteral("Blijft leesbaar."));
    {
        auto second = Vault::open(t.path, pass("correct paard batterij"));
        REQUIRE(second.isOk());
        CHECK(t.vault->changePassphrase(pass("nieuw wachtwoord")).code() == ErrorCode::Busy);
    }
    t.vault.reset();
    auto again = Vault::open(t.path, pass("correct paard batterij"));
    REQUIRE(again.isOk());
    CHECK(scalar(**again, "SELECT count(*) FROM entry") == 1);
}

TEST_CASE("after passwd the vault holds its lock on the new file, so a second passwd elsewhere waits its turn",
    "[lock][vault]")
{
    TempVault t;
    REQUIRE(t.vault->changePassphrase(pass("nieuw wachtwoord"), KdfParams::fastForTests()).isOk());
    // Another connection now (new passphrase) cannot change it while the first still has it open.
    auto other = Vault::open(t.path, pass("nieuw wachtwoord"));
    REQUIRE(other.isOk());
    CHECK((*other)->changePassphrase(pass("derde"), KdfParams::fastForTests()).code() == ErrorCode::Busy);
    // And the first cannot either while the other is open: it holds its shared lock on the new inode.
    CHECK(t.vault->changePassphrase(pass("derde"), KdfParams::fastForTests()).code() == ErrorCode::Busy);
}

TEST_CASE("opening waits for an exclusive lock, then gives up with Busy", "[lock]")
{
    TempVault t;
    auto held = FileLock::shared(t.path, 0);
    REQUIRE(held.isOk());
    t.vault.reset();
    REQUIRE(held->tryExclusive(0).isOk());

    QElapsedTimer timer;
    timer.start();
    auto waiting = FileLock::shared(t.path, 300);
    const qint64 waited = timer.elapsed();
    CHECK(waiting.code() == ErrorCode::Busy);
    CHECK(!waiting.message().isEmpty());
    CHECK(waited >= 250);
    CHECK(waited < 3000);

    REQUIRE(held->toShared(0).isOk());
    CHECK(FileLock::shared(t.path, 0).isOk());
}

TEST_CASE("a lock taken while the file is renamed over ends up on the new file", "[lock]")
{
    TempVault t;
    t.vault.reset();
    auto held = FileLock::shared(t.path, 0);
    REQUIRE(held.isOk());
    REQUIRE(held->tryExclusive(0).isOk());

    Result<FileLock> waited(ErrorCode::Failed, QStringLiteral("not run"));
    std::thread waiter([&] { waited = FileLock::shared(t.path, 5000); });
    std::this_thread::sleep_for(std::chrono::milliseconds(150));

    // What passwd does: a new file renamed over the name, then the old file's lock released.
    const ino_t oldInode = inodeOf(t.path);
    const QString replacement = t.path + QStringLiteral(".nieuw");
    REQUIRE(createPrivateFile(replacement).isOk());
    REQUIRE(::rename(QFile::encodeName(replacement).constData(), QFile::encodeName(t.path).constData()) == 0);
    CHECK(!held->stillNamedBy(t.path));
    held->release();
    waiter.join();

    INFO(str(waited.message()));
    REQUIRE(waited.isOk());
    CHECK(waited->stillNamedBy(t.path));
    CHECK(inodeOf(t.path) != oldInode);
}

TEST_CASE("a failed exclusive attempt keeps the shared lock", "[lock]")
{
    TempVault t;
    t.vault.reset();
    auto mine = FileLock::shared(t.path, 0);
    auto theirs = FileLock::shared(t.path, 0);
    REQUIRE(mine.isOk());
    REQUIRE(theirs.isOk());
    CHECK(mine->tryExclusive(1000).code() == ErrorCode::Busy);
    CHECK(mine->isHeld());
    theirs->release();
    // Still shared: a third can share, but nobody else can take it exclusively.
    auto third = FileLock::shared(t.path, 0);
    REQUIRE(third.isOk());
    CHECK(third->tryExclusive(1000).code() == ErrorCode::Busy);
}
