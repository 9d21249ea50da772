// passwd while another process writes: the new file is renamed over the vault, so a writer that
// still had the old file open would write into a file nobody opens again. Inzage's file lock makes
// passwd refuse (Busy) while the writer runs; nothing the writer reported as saved is lost.

#include "FaultSupport.h"

#include "audit/AuditChain.h"
#include "vault/Sql.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/types.h>

using namespace inzage;
using namespace inzage::faults;

namespace {

// Whole lines only: a line cut off by the kill was never fully reported.
std::vector<Id> idsIn(const QByteArray& out)
{
    std::vector<Id> ids;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        bool ok = false;
        ids.push_back(lines[i].trimmed().toLongLong(&ok));
        REQUIRE(ok);
    }
    return ids;
}

void waitForLines(QProcess& proc, QByteArray& out, int want)
{
    QElapsedTimer timer;
    timer.start();
    while (out.count('\n') < want) {
        if (timer.elapsed() > 20'000 || proc.state() != QProcess::Running) {
            INFO("writer stderr: " << proc.readAllStandardError().toStdString());
            FAIL("the writer did not reach the wanted number of commits");
        }
        proc.waitForReadyRead(100);
        out += proc.readAllStandardOutput();
    }
}

} // namespace

TEST_CASE("passwd while another process writes loses none of its saved writes", "[faults][lock]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vaultPath = dir.filePath(QStringLiteral("dossier.inzage"));
    const QString passFile = dir.filePath(QStringLiteral("wachtwoord.txt"));
    auto mine = createVault(vaultPath);
    writePrivateFile(passFile, QByteArray(kPassphrase) + '\n');

    QProcess writer;
    writer.setProgram(QStringLiteral(INZAGE_WRITER_LOOP));
    writer.setArguments({ vaultPath, passFile });
    writer.start();
    REQUIRE(writer.waitForStarted(10'000));
    QByteArray out;
    waitForLines(writer, out, 30);

    // Several attempts while the writer keeps writing: each is refused, none changes the file.
    int refused = 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const Status s = mine->changePassphrase(pass("nieuw wachtwoord"), KdfParams::fastForTests());
        if (s.isOk())
            break;
        INFO(s.message().toStdString());
        REQUIRE(s.code() == ErrorCode::Busy);
        CHECK(s.message().contains(QStringLiteral("nog geopend in een ander programma")));
        ++refused;
        waitForLines(writer, out, 30 + 10 * (attempt + 1));
    }
    // Either refused (while a writer runs, always: it holds the file) or every saved write survived.
    CHECK(refused == 5);
    CHECK(!QFile::exists(vaultPath + QStringLiteral(".nieuw")));

    // The writer is still writing into the one file that exists.
    const std::size_t beforeKill = idsIn(out).size();
    waitForLines(writer, out, int(beforeKill) + 10);
    REQUIRE(::kill(pid_t(writer.processId()), SIGKILL) == 0);
    REQUIRE(writer.waitForFinished(10'000));
    out += writer.readAllStandardOutput();
    const std::vector<Id> printed = idsIn(out);
    REQUIRE(printed.size() >= beforeKill + 10);

    // The writer is gone: now passwd goes through, and every write it reported as saved is there.
    const Status changed = mine->changePassphrase(pass("nieuw wachtwoord"), KdfParams::fastForTests());
    INFO(changed.message().toStdString());
    REQUIRE(changed.isOk());
    mine.reset();
    CHECK(Vault::open(vaultPath, pass(kPassphrase)).code() == ErrorCode::WrongPassphrase);
    auto reopened = Vault::open(vaultPath, pass("nieuw wachtwoord"));
    INFO(reopened.message().toStdString());
    REQUIRE(reopened.isOk());
    const std::int64_t present = countRows((*reopened)->db(), "SELECT count(*) FROM entry");
    CHECK(present >= std::int64_t(printed.size()));
    CHECK(present <= std::int64_t(printed.size()) + 1); // one commit may have beaten its print to the kill
    for (Id id : printed) {
        Statement st((*reopened)->db(), "SELECT count(*) FROM entry WHERE id = ?1");
        st.bind(1, id);
        REQUIRE(st.step() == SQLITE_ROW);
        INFO("entry " << id);
        CHECK(st.integer(0) == 1);
    }
    auto chain = AuditChain::verify((*reopened)->db());
    REQUIRE(chain.isOk());
    CHECK(chain->intact);
}
