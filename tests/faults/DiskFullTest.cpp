// A full disk. Writes until the file system refuses, then checks that the failure is reported as
// ErrorCode::Io in words, that a fresh connection opens the vault with everything committed
// before intact, and that once there is room again the vault simply works.
//
// Two ways to fill the disk, and the test runs every one that is possible here:
//  - real: a 2 MiB tmpfs mounted over a temporary folder (needs root / CAP_SYS_ADMIN);
//  - injected, always: a wrapper VFS whose xWrite returns SQLITE_FULL once a byte budget is spent.

#include "FaultSupport.h"

#include "audit/AuditChain.h"
#include "vault/Sql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <functional>
#include <set>
#include <sys/mount.h>
#include <unistd.h>

using namespace inzage;
using namespace inzage::faults;

namespace {

// A small tmpfs over a temporary folder, unmounted again when the test ends.
class TmpfsMount {
public:
    explicit TmpfsMount(const QString& dir) : m_dir(QFile::encodeName(dir))
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("not running as root");
            return;
        }
        if (::mount("tmpfs", m_dir.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=2m,mode=0700") != 0) {
            m_why = QStringLiteral("mount -t tmpfs failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~TmpfsMount()
    {
        if (m_mounted && ::umount2(m_dir.constData(), 0) != 0)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    bool mounted() const { return m_mounted; }
    const QString& why() const { return m_why; }

private:
    QByteArray m_dir;
    bool m_mounted = false;
    QString m_why;
};

QString bulkyText(int n)
{
    // Varied words, so the search index grows along with the text.
    QString text = QStringLiteral("Notitie %1 over het huisbezoek. ").arg(n);
    while (text.size() < 6000)
        text += QString::fromLatin1(randomToken(9)) + QLatin1Char(' ');
    return text;
}

std::set<Id> entryIds(Vault& v)
{
    std::set<Id> ids;
    Statement st(v.db(), "SELECT id FROM entry");
    while (st.step() == SQLITE_ROW)
        ids.insert(st.integer(0));
    return ids;
}

void checkVault(Vault& v, const std::set<Id>& committed)
{
    const Status integrity = v.checkIntegrity();
    INFO(integrity.message().toStdString());
    CHECK(integrity.isOk());
    CHECK(entryIds(v) == committed);
    CHECK(countRows(v.db(), "SELECT count(*) FROM entry_search") == std::int64_t(committed.size()));
    CHECK(countRows(v.db(), "SELECT count(*) FROM audit WHERE action = 'entry.add'") == std::int64_t(committed.size()));
    auto verdict = AuditChain::verify(v.db());
    INFO(verdict.message().toStdString());
    REQUIRE(verdict.isOk());
    INFO(verdict->problem.toStdString());
    CHECK(verdict->intact);
}

void checkFullMessage(const Status& s)
{
    INFO("code " << int(s.code()) << ": " << s.message().toStdString());
    CHECK(s.code() == ErrorCode::Io);
    CHECK(s.message().contains(QStringLiteral("schijf vol")));
    CHECK(s.message().contains(QStringLiteral("niets verloren")));
}

// The scenario, the same for a real and an injected full disk.
//  fill:   makes the disk (nearly) full from now on
//  freeUp: makes room again
void fillUntilFullAndRecover(const QString& path, const std::function<void()>& fill,
                             const std::function<void()>& freeUp)
{
    std::set<Id> committed;
    {
        auto v = createVault(path);
        Entries entries(*v, professional());
        for (int i = 1; i <= 10; ++i) {
            auto id = entries.add(entryText(QStringLiteral("Vroege notitie %1").arg(i)));
            REQUIRE(id.isOk());
            committed.insert(*id);
        }

        fill();
        Status failure;
        for (int i = 1; i <= 5000 && failure.isOk(); ++i) {
            auto id = entries.add(entryText(bulkyText(i)));
            if (id)
                committed.insert(*id);
            else
                failure = id.status();
        }
        REQUIRE(!failure.isOk()); // the disk did fill up
        checkFullMessage(failure);
        INFO("entries committed before the disk was full: " << committed.size());
        CHECK(committed.size() > 10);

        // Still full: a further write fails the same way, and is not mistaken for damage.
        auto again = entries.add(entryText(bulkyText(0)));
        REQUIRE(!again.isOk());
        checkFullMessage(again.status());

        // A fresh connection, while the disk is still full and the first is still open.
        auto fresh = openVault(path);
        checkVault(*fresh, committed);
        checkVault(*v, committed);
    } // both connections closed while full (their closing checkpoint may fail too)

    {
        auto reopened = openVault(path);
        checkVault(*reopened, committed);
    }

    freeUp();
    auto v = openVault(path);
    checkVault(*v, committed);
    Entries entries(*v, professional());
    auto after = entries.add(entryText(QStringLiteral("Na het opruimen van de schijf")));
    INFO(after.message().toStdString());
    REQUIRE(after.isOk());
    committed.insert(*after);
    checkVault(*v, committed);
}

} // namespace

TEST_CASE("a full disk fails a write with Io and a clear message, and loses nothing committed",
          "[faults][diskfull]")
{
    bool realDiskTested = false;
    QString whyNot;
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        TmpfsMount tmpfs(dir.path());
        if (tmpfs.mounted()) {
            INFO("real full disk: 2 MiB tmpfs at " << dir.path().toStdString());
            const QString ballast = dir.filePath(QStringLiteral("ballast"));
            fillUntilFullAndRecover(
                dir.filePath(QStringLiteral("dossier.inzage")),
                [&] { writePrivateFile(ballast, QByteArray(512 * 1024, 'b')); },
                [&] { REQUIRE(QFile::remove(ballast)); });
            realDiskTested = true;
        } else {
            whyNot = tmpfs.why();
        }
    }
    {
        INFO("injected full disk: xWrite returns SQLITE_FULL after 200 KiB");
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        VfsScope vfs; // before the vaults: it must outlive every connection that uses it
        fillUntilFullAndRecover(
            dir.filePath(QStringLiteral("dossier.inzage")), [&] { vfs.failWritesAfter(200 * 1024); },
            [&] { vfs.unlimited(); });
        CHECK(vfs.stats().fullErrors > 0);
    }
    if (!realDiskTested)
        WARN("A real full disk (tmpfs) could not be tested here (" << whyNot.toStdString()
                                                                   << "); only the injected one ran.");
}

TEST_CASE("a write refused at any byte of a transaction leaves the vault consistent", "[faults][diskfull]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    VfsScope vfs;
    const QString path = dir.filePath(QStringLiteral("dossier.inzage"));
    std::set<Id> committed;
    auto v = createVault(path);
    Entries entries(*v, professional());
    for (int i = 1; i <= 3; ++i) {
        auto id = entries.add(entryText(QStringLiteral("Vroege notitie %1").arg(i)));
        REQUIRE(id.isOk());
        committed.insert(*id);
    }
    // How many bytes one add writes, so the sweep covers every point of it.
    const std::int64_t before = vfs.stats().bytesWritten;
    {
        auto id = entries.add(entryText(bulkyText(0)));
        REQUIRE(id.isOk());
        committed.insert(*id);
    }
    const std::int64_t perAdd = vfs.stats().bytesWritten - before;
    REQUIRE(perAdd > 0);

    int refused = 0;
    for (std::int64_t budget = 0; budget <= perAdd * 3 / 2; budget += 997) {
        CAPTURE(budget, perAdd);
        vfs.failWritesAfter(budget);
        auto id = entries.add(entryText(bulkyText(int(budget))));
        vfs.unlimited();
        if (id) {
            committed.insert(*id);
        } else {
            ++refused;
            checkFullMessage(id.status());
        }
        checkVault(*v, committed);
    }
    CHECK(refused > 0);
    CHECK(refused < int(perAdd * 3 / 2 / 997)); // the larger budgets let the write through
    v.reset();
    auto fresh = openVault(path);
    checkVault(*fresh, committed);
}
