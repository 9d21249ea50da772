// kill -9 in the middle of a write loop: whatever was reported as committed survives, the file
// is intact and the audit chain still verifies. Runs the writer in a separate process
// (inzage_writer_loop) so the kill is a real SIGKILL of a real writer, mid-transaction or not.

#include "FaultSupport.h"

#include "audit/AuditChain.h"
#include "vault/Sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <set>
#include <sys/types.h>

using namespace inzage;
using namespace inzage::faults;

namespace {

struct Round {
    std::vector<Id> printed;
    QByteArray cmdline;
};

// Starts the writer, waits for at least `want` committed ids, then SIGKILLs it.
Round runAndKill(const QString& vaultPath, const QString& passFile, int want)
{
    Round round;
    QProcess proc;
    proc.setProgram(QStringLiteral(INZAGE_WRITER_LOOP));
    proc.setArguments({vaultPath, passFile});
    proc.setProcessChannelMode(QProcess::SeparateChannels);
    proc.start();
    REQUIRE(proc.waitForStarted(10'000));

    QByteArray out;
    auto completeLines = [&out] { return out.count('\n'); };
    QElapsedTimer timer;
    timer.start();
    while (completeLines() < want) {
        if (timer.elapsed() > 20'000 || proc.state() != QProcess::Running) {
            out += proc.readAllStandardOutput();
            INFO("writer stderr: " << proc.readAllStandardError().toStdString());
            INFO("writer printed " << completeLines() << " ids");
            FAIL("the writer did not reach the wanted number of commits");
        }
        proc.waitForReadyRead(200);
        out += proc.readAllStandardOutput();
    }
    round.cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(proc.processId()));
    REQUIRE(::kill(pid_t(proc.processId()), SIGKILL) == 0);
    REQUIRE(proc.waitForFinished(10'000));
    CHECK(proc.exitStatus() == QProcess::CrashExit);
    out += proc.readAllStandardOutput();

    // Only whole lines count: a line cut off by the kill was never fully reported.
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        bool ok = false;
        const Id id = lines[i].trimmed().toLongLong(&ok);
        INFO("line: " << lines[i].toStdString());
        REQUIRE(ok);
        round.printed.push_back(id);
    }
    return round;
}

std::set<Id> idsInVault(Vault& v)
{
    std::set<Id> ids;
    Statement st(v.db(), "SELECT id FROM entry");
    while (st.step() == SQLITE_ROW)
        ids.insert(st.integer(0));
    return ids;
}

void checkSurvivors(const QString& vaultPath, const std::vector<Id>& printed, std::size_t kills)
{
    auto v = openVault(vaultPath);
    const Status integrity = v->checkIntegrity();
    INFO(integrity.message().toStdString());
    CHECK(integrity.isOk());

    const std::set<Id> present = idsInVault(*v);
    std::size_t missing = 0;
    for (Id id : printed)
        missing += present.count(id) ? 0 : 1;
    CHECK(missing == 0);
    // At most one commit per kill can have happened between the last print and the kill.
    CHECK(present.size() >= printed.size());
    CHECK(present.size() <= printed.size() + kills);

    // Every entry is whole: a current revision, its search row and its audit row.
    CHECK(countRows(v->db(), "SELECT count(*) FROM entry WHERE current_revision_id IS NULL "
                             "OR current_revision_id NOT IN (SELECT id FROM entry_revision)") == 0);
    CHECK(countRows(v->db(), "SELECT count(*) FROM entry_search") == std::int64_t(present.size()));
    CHECK(countRows(v->db(), "SELECT count(*) FROM audit WHERE action = 'entry.add'")
          == std::int64_t(present.size()));

    auto verdict = AuditChain::verify(v->db());
    INFO(verdict.message().toStdString());
    REQUIRE(verdict.isOk());
    INFO(verdict->problem.toStdString());
    CHECK(verdict->intact);
    CHECK(verdict->rows >= std::int64_t(present.size()));
}

} // namespace

TEST_CASE("kill -9 during a write loop loses nothing that was committed", "[faults][kill]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vaultPath = dir.filePath(QStringLiteral("dossier.inzage"));
    const QString passFile = dir.filePath(QStringLiteral("wachtwoord.txt"));
    createVault(vaultPath).reset();
    writePrivateFile(passFile, QByteArray(kPassphrase) + '\n');

    std::vector<Id> allPrinted;
    std::size_t kills = 0;
    // Several rounds: each writes on top of a file that was itself recovered after a kill, and each
    // kill is another chance to land in the middle of a commit.
    for (int want : {200, 100, 100, 100}) {
        CAPTURE(want);
        const Round round = runAndKill(vaultPath, passFile, want);
        REQUIRE(int(round.printed.size()) >= want);
        // The passphrase is read from the file; it must never show up in the process's argv.
        CHECK(!round.cmdline.isEmpty());
        CHECK(!round.cmdline.contains(kPassphrase));
        // The writer was killed with its write-ahead log still there: reopening has to recover it.
        CHECK(QFileInfo(vaultPath + QStringLiteral("-wal")).size() > 0);
        allPrinted.insert(allPrinted.end(), round.printed.begin(), round.printed.end());
        checkSurvivors(vaultPath, allPrinted, ++kills);
    }
}
