// A hot write-ahead log, damaged: a writer (inzage_writer_loop) is killed with SIGKILL while its
// commits are still in the -wal, then 200 seeded single-byte changes of that -wal are each opened
// beside the untouched main file. SQLite replays the log up to the first frame whose checksum
// fails and ignores the rest, so the result must be what the file held after some earlier commit:
// the same entries as after the crash, or the first k of them, with an intact chain and file, or
// a refusal with a documented code. Never a crash, never data that no commit wrote. A shorter
// state is not flagged by the file itself (it is a valid earlier state): the figures table counts
// those, and the per-machine memory of the chain head (issue 12, point 3) is what names them.

#include "DamageSupport.h"
#include "FaultSupport.h"
#include "Figures.h"

#include "audit/AuditChain.h"
#include "vault/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <random>
#include <sys/types.h>

using namespace inzage;
using namespace inzage::faults;

namespace {

struct State {
    ErrorCode code = ErrorCode::Ok;
    QString message;
    QStringList entries; // "id text", in id order
    bool intact = false;
};

State readState(const QString& path)
{
    State s;
    auto v = Vault::open(path, pass(kPassphrase));
    if (!v) {
        s.code = v.code();
        s.message = v.message();
        return s;
    }
    Statement st((*v)->db(),
        "SELECT e.id, r.text FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id ORDER BY e.id");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        s.entries << QStringLiteral("%1 %2").arg(st.integer(0)).arg(st.text(1));
    if (rc != SQLITE_DONE) {
        s.code = errorCodeFor(rc);
        s.message = QStringLiteral("entries: %1").arg(rc);
        return s;
    }
    auto chain = AuditChain::verify((*v)->db());
    const Status integrity = (*v)->checkIntegrity();
    if (!chain) {
        s.code = chain.code();
        s.message = chain.message();
        return s;
    }
    s.intact = chain->intact && integrity.isOk();
    return s;
}

// Runs the writer until it reported `want` commits and kills it; the -wal is left hot.
void killWriter(const QString& vaultPath, const QString& passFile, int want)
{
    QProcess proc;
    proc.start(QStringLiteral(INZAGE_WRITER_LOOP), {vaultPath, passFile});
    REQUIRE(proc.waitForStarted(10'000));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (out.count('\n') < want) {
        INFO("writer stderr: " << proc.readAllStandardError().toStdString());
        REQUIRE(timer.elapsed() < 30'000);
        REQUIRE(proc.state() == QProcess::Running);
        proc.waitForReadyRead(200);
        out += proc.readAllStandardOutput();
    }
    REQUIRE(::kill(pid_t(proc.processId()), SIGKILL) == 0);
    REQUIRE(proc.waitForFinished(10'000));
}

} // namespace

TEST_CASE("200 seeded single-byte changes of a hot -wal give an earlier committed state or a documented refusal",
    "[faults][damage][wal]")
{
    QTemporaryDir dir;
    const QString vaultPath = dir.filePath(QStringLiteral("schrijver.inzage"));
    const QString passFile = dir.filePath(QStringLiteral("pass"));
    createVault(vaultPath).reset();
    writePrivateFile(passFile, QByteArray(kPassphrase) + '\n');
    killWriter(vaultPath, passFile, 40);
    const QByteArray mainFile = readFile(vaultPath);
    const QByteArray wal = readFile(vaultPath + QStringLiteral("-wal"));
    REQUIRE(wal.size() > 32); // the kill left the log hot, with frames to replay

    const QString copy = dir.filePath(QStringLiteral("kopie.inzage"));
    auto tryWith = [&](const QByteArray& walBytes) {
        removeVaultFiles(copy);
        writePrivateFile(copy, mainFile);
        writePrivateFile(copy + QStringLiteral("-wal"), walBytes);
        State s = readState(copy);
        removeVaultFiles(copy);
        return s;
    };
    const State original = tryWith(wal);
    INFO(original.message.toStdString());
    REQUIRE(original.code == ErrorCode::Ok);
    REQUIRE(original.intact);
    REQUIRE(original.entries.size() >= 40);

    std::mt19937 random(20261202);
    std::uniform_int_distribution<qsizetype> anywhere(0, wal.size() - 1);
    std::uniform_int_distribution<int> mask(1, 255);
    Tally tally;
    for (int i = 0; i < 200; ++i) {
        // The first 32 go to the log's own header, one byte each.
        const qsizetype at = i < 32 ? i : anywhere(random);
        QByteArray damaged = wal;
        damaged[at] = char(damaged[at] ^ mask(random));
        const State s = tryWith(damaged);
        INFO("byte " << at << " of the -wal (" << wal.size() << "): " << s.message.toStdString());
        if (s.code != ErrorCode::Ok) {
            CHECK(isDamageCode(s.code));
            tally.add(QStringLiteral("refused with %1").arg(int(s.code)));
            continue;
        }
        CHECK(s.intact);
        // An earlier committed state: the first k entries exactly as after the crash.
        REQUIRE(s.entries.size() <= original.entries.size());
        CHECK(s.entries == original.entries.mid(0, s.entries.size()));
        tally.add(s.entries.size() == original.entries.size() ? QStringLiteral("same data")
                                                              : QStringLiteral("an earlier commit (later ones lost)"));
    }
    INFO(tally.describe().toStdString());
    CHECK(tally.total == 200);
    test::recordFigures("damaged-wal", {{QStringLiteral("hot -wal after a kill: single-byte changes tried"), tally.describe()}});
}
