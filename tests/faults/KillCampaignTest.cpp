// Crash safety through the real CLI: at least 100 SIGKILLs at seeded random moments over add,
// import, passwd, parent-copy and answers-import. After every kill: nothing that reported success
// is missing, nothing is half there (an import, an answer file, a parent copy: all or nothing),
// the file and the audit chain verify, the passphrase is the old or (after a reported passwd) the
// new one, and no file that looks whole is left under a name a person would open.

#include "FaultSupport.h"

#include "vault/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <random>
#include <thread>

using namespace inzage;
using namespace inzage::faults;

namespace {

constexpr const char* kPassA = "kill campagne wachtwoord een";
constexpr const char* kPassB = "kill campagne wachtwoord twee";
constexpr const char* kParentPass = "ouder eigen wachtwoord kill";
constexpr int kKills = 100;
constexpr int kImportRows = 3;
constexpr int kAnswerFiles = 20;
const QStringList kFastKdf {QStringLiteral("--kdf-ops"), QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"),
                            QStringLiteral("0.0078125")};

enum class Op { Add, Import, Passwd, ParentCopy, AnswersImport };
const char* name(Op op)
{
    switch (op) {
    case Op::Add: return "add";
    case Op::Import: return "import";
    case Op::Passwd: return "passwd";
    case Op::ParentCopy: return "parent-copy";
    case Op::AnswersImport: return "answers-import";
    }
    return "?";
}

struct Outcome {
    bool finished = false; // exited by itself before the kill (then exitCode counts)
    int exitCode = -1;
    QByteArray err;
    qint64 elapsedMs = 0;
};

class Campaign {
public:
    QTemporaryDir dir;
    QTemporaryDir memory;
    QString vault = path("dossier.inzage");
    QString passA = path("a.txt"), passB = path("b.txt"), parentPass = path("ouder.txt");
    const char* current = kPassA;

    QString path(const char* file) const { return dir.filePath(QString::fromLatin1(file)); }
    QString path(const QString& file) const { return dir.filePath(file); }
    QString currentFile() const { return current == kPassA ? passA : passB; }

    // Runs the CLI; with killAfterUs >= 0 sends SIGKILL after that long, if it is still running.
    Outcome run(const QStringList& args, std::int64_t killAfterUs = -1)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INZAGE_MEMORY_DIR"), memory.path());
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(INZAGE_CLI));
        p.setArguments(args);
        QElapsedTimer t;
        t.start();
        p.start();
        REQUIRE(p.waitForStarted(10'000));
        p.closeWriteChannel();
        Outcome o;
        if (killAfterUs >= 0) {
            std::this_thread::sleep_for(std::chrono::microseconds(killAfterUs));
            if (p.state() == QProcess::Running && !p.waitForFinished(0))
                ::kill(pid_t(p.processId()), SIGKILL);
        }
        if (p.state() != QProcess::NotRunning) // waitForFinished(0) above may have seen it end
            REQUIRE(p.waitForFinished(60'000));
        o.elapsedMs = t.elapsed();
        o.finished = p.exitStatus() == QProcess::NormalExit;
        o.exitCode = o.finished ? p.exitCode() : -1;
        o.err = p.readAllStandardError();
        // A kill never makes a later open think the file is older than before.
        INFO(o.err.toStdString());
        CHECK_FALSE(o.err.contains("ouder dan de vorige keer"));
        return o;
    }

    QStringList withPass(QStringList args) const { return args << QStringLiteral("--passphrase-file") << currentFile(); }
};

void writeText(const QString& path, const QByteArray& bytes) { writePrivateFile(path, bytes); }

std::int64_t countLike(Vault& v, const char* sql, const QString& like)
{
    Statement st(v.db(), sql);
    st.bind(1, like);
    REQUIRE(st.step() == SQLITE_ROW);
    return st.integer(0);
}

} // namespace

TEST_CASE("100 SIGKILLs at random moments over add import passwd parent-copy and answers-import", "[faults][kill]")
{
    Campaign c;
    REQUIRE(c.dir.isValid());
    writeText(c.passA, QByteArray(kPassA) + '\n');
    writeText(c.passB, QByteArray(kPassB) + '\n');
    writeText(c.parentPass, QByteArray(kParentPass) + '\n');

    // The dossier, a parent, and answer files from a parent copy (each holds answers 1..i).
    REQUIRE(c.run(QStringList {QStringLiteral("init"), c.vault, QStringLiteral("--passphrase-file"), c.passA} + kFastKdf)
                .exitCode == 0);
    REQUIRE(c.run(c.withPass({QStringLiteral("add"), c.vault, QStringLiteral("--text"),
                              QStringLiteral("Moeder belde over de schoolweek."), QStringLiteral("--spoken-to"),
                              QStringLiteral("Moeder Visser"), QStringLiteral("--person-role"), QStringLiteral("ouder"),
                              QStringLiteral("--relation"), QStringLiteral("moeder")}))
                .exitCode == 0);
    const QString answerCopy = c.path("antwoordexemplaar.inzage");
    REQUIRE(c.run(c.withPass({QStringLiteral("parent-copy"), c.vault, answerCopy, QStringLiteral("--new-passphrase-file"),
                              c.parentPass}) + kFastKdf)
                .exitCode == 0);
    QStringList answerFiles;
    for (int i = 1; i <= kAnswerFiles; ++i) {
        const QStringList parent {QStringLiteral("--passphrase-file"), c.parentPass};
        REQUIRE(c.run(QStringList {QStringLiteral("answer"), answerCopy, QStringLiteral("1"), QStringLiteral("--kind"),
                                   QStringLiteral("aanvulling"), QStringLiteral("--text"),
                                   QStringLiteral("Aanvulling nummer %1.").arg(i)} + parent)
                    .exitCode == 0);
        answerFiles << c.path(QStringLiteral("antwoorden-%1.bin").arg(i));
        REQUIRE(c.run(QStringList {QStringLiteral("answers-export"), answerCopy, answerFiles.last()} + parent).exitCode
                == 0);
    }

    std::mt19937_64 rng(20261202); // seeded: the same moments every run
    std::vector<Op> plan;
    for (int i = 0; i < kKills; ++i)
        plan.push_back(Op(i % 5));
    std::shuffle(plan.begin(), plan.end(), rng);

    std::vector<QString> addedOk; // texts of adds that reported success
    std::map<Op, qint64> typicalMs;
    int midRun = 0, rounds = 0, answerFile = 0, tempsLeft = 0;
    std::int64_t answersPresent = 0;
    std::map<Op, int> perOp;
    for (int round = 0; round < kKills; ++round) {
        const Op op = plan[std::size_t(round)];
        CAPTURE(round, name(op));
        QStringList args;
        const QString marker = QStringLiteral("Killronde %1").arg(round);
        QString destination;
        const char* next = c.current == kPassA ? kPassB : kPassA;
        switch (op) {
        case Op::Add:
            args = c.withPass({QStringLiteral("add"), c.vault, QStringLiteral("--text"), marker + QStringLiteral(": de vader belde.")});
            break;
        case Op::Import: {
            QByteArray tsv = "section\tlabel\tspoken_to\ttext\tevent_date\tmethod\n";
            for (int i = 0; i < kImportRows; ++i)
                tsv += "Gesprekken\tonbeoordeeld\t\t" + marker.toUtf8() + " regel " + QByteArray::number(i) + ".\t2024-03-01\t\n";
            const QString file = c.path(QStringLiteral("import-%1.tsv").arg(round));
            writeText(file, tsv);
            args = c.withPass({QStringLiteral("import"), c.vault, file});
            break;
        }
        case Op::Passwd:
            args = c.withPass({QStringLiteral("passwd"), c.vault, QStringLiteral("--new-passphrase-file"),
                               next == kPassA ? c.passA : c.passB}) + kFastKdf;
            break;
        case Op::ParentCopy:
            destination = c.path(QStringLiteral("ouderexemplaar-%1.inzage").arg(round));
            args = c.withPass({QStringLiteral("parent-copy"), c.vault, destination, QStringLiteral("--new-passphrase-file"),
                               c.parentPass}) + kFastKdf;
            break;
        case Op::AnswersImport:
            args = c.withPass({QStringLiteral("answers-import"), c.vault, answerFiles[answerFile % kAnswerFiles]});
            break;
        }
        // The first run of each kind is timed to learn how long it takes; every later one is killed
        // at a random moment up to a little past that.
        Outcome o;
        if (!typicalMs.count(op)) {
            o = c.run(args);
            typicalMs[op] = std::max<qint64>(o.elapsedMs, 5);
            INFO(o.err.toStdString());
            REQUIRE(o.exitCode == 0);
        } else {
            std::uniform_int_distribution<std::int64_t> when(0, typicalMs[op] * 1300);
            o = c.run(args, when(rng));
            // Finished before the kill: the first, timed run was slower than this one (a busy
            // machine), so aim the next kills of this kind within the time it really takes.
            if (o.finished)
                typicalMs[op] = std::max<qint64>(5, std::min(typicalMs[op], o.elapsedMs));
        }
        ++rounds;
        ++perOp[op];
        if (!o.finished)
            ++midRun;
        const bool reported = o.finished && o.exitCode == 0;
        if (o.finished) {
            INFO(o.err.toStdString());
            CHECK(o.exitCode == 0); // a run that was not killed succeeds
        }

        // Which passphrase opens it now: the new one only if passwd got as far as the rename.
        if (op == Op::Passwd) {
            auto withNew = Vault::open(c.vault, pass(next));
            if (reported) {
                INFO(withNew.message().toStdString());
                REQUIRE(withNew.isOk());
            }
            if (withNew.isOk())
                c.current = next;
        }
        auto v = openWhole(c.vault, c.current);
        for (const QString& text : addedOk)
            CHECK(countLike(*v, "SELECT count(*) FROM entry_revision WHERE text = ?1", text) == 1);
        switch (op) {
        case Op::Add: {
            const QString text = marker + QStringLiteral(": de vader belde.");
            const std::int64_t n = countLike(*v, "SELECT count(*) FROM entry_revision WHERE text = ?1", text);
            CHECK(n == (reported ? 1 : n));
            CHECK(n <= 1);
            if (n == 1)
                addedOk.push_back(text);
            break;
        }
        case Op::Import: {
            const std::int64_t n = countLike(*v, "SELECT count(*) FROM entry_revision WHERE text LIKE ?1", marker + QStringLiteral(" regel %"));
            CHECK((n == 0 || n == kImportRows)); // one transaction
            if (reported)
                CHECK(n == kImportRows);
            break;
        }
        case Op::AnswersImport: {
            const std::int64_t n = countRows(v->db(), "SELECT count(*) FROM answer");
            const std::int64_t wanted = std::max<std::int64_t>(answersPresent, answerFile % kAnswerFiles + 1);
            CHECK((n == answersPresent || n == wanted));
            if (reported)
                CHECK(n == wanted);
            answersPresent = n;
            ++answerFile;
            break;
        }
        case Op::ParentCopy:
            if (reported || QFileInfo::exists(destination)) {
                // Under its name only whole: opens, verifies, holds the entries.
                auto pc = openWhole(destination, kParentPass);
                CHECK(countRows(pc->db(), "SELECT count(*) FROM entry") > 0);
                CHECK(countRows(pc->db(), "SELECT count(*) FROM audit WHERE action = 'parent-copy.entries'") == 1);
            }
            break;
        case Op::Passwd:
            break;
        }
        // The professional's record of parent copies is whole too: a key row and its audit row together.
        CHECK(countRows(v->db(), "SELECT count(*) FROM exchange_key")
              == countRows(v->db(), "SELECT count(*) FROM audit WHERE action = 'parent-copy.make'"));
        v.reset();

        // Left behind by a kill: only hidden temporary files, never something under a real name.
        for (const QString& file : QDir(c.dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
            const bool known = file.startsWith(QLatin1String("dossier.inzage")) || file.startsWith(QLatin1String("ouderexemplaar-"))
                || file.startsWith(QLatin1String("antwoord")) || file.startsWith(QLatin1String("import-"))
                || file.endsWith(QLatin1String(".txt"));
            const bool temp = file.startsWith(QLatin1Char('.')) && file.contains(QLatin1String(".tmp"));
            INFO("file: " << file.toStdString());
            CHECK((known || temp));
            if (temp) {
                ++tempsLeft;
                QFile::remove(c.path(file));
            }
        }
    }
    // One more pass over every answer file: all of them land, whatever the kills did.
    for (const QString& file : answerFiles)
        CHECK(c.run(c.withPass({QStringLiteral("answers-import"), c.vault, file})).exitCode == 0);
    auto v = openWhole(c.vault, c.current);
    CHECK(countRows(v->db(), "SELECT count(*) FROM answer") == kAnswerFiles);

    std::string per;
    for (const auto& [op, n] : perOp)
        per += std::string(" ") + name(op) + "=" + std::to_string(n);
    std::printf("kills survived: %d of %d (%d mid-command, the rest just after it finished;%s); "
                "temporary files left by kills: %d, none under a real name\n",
                rounds, kKills, midRun, per.c_str(), tempsLeft);
    CHECK(rounds >= 100);
    CHECK(midRun >= kKills / 2);
}

TEST_CASE("a parent-copy killed at any moment leaves no file under its name that opens as a dossier",
          "[faults][kill][parentcopy]")
{
    Campaign c;
    REQUIRE(c.dir.isValid());
    writeText(c.passA, QByteArray(kPassA) + '\n');
    writeText(c.parentPass, QByteArray(kParentPass) + '\n');
    REQUIRE(c.run(QStringList {QStringLiteral("init"), c.vault, QStringLiteral("--passphrase-file"), c.passA} + kFastKdf)
                .exitCode == 0);
    REQUIRE(c.run(c.withPass({QStringLiteral("add"), c.vault, QStringLiteral("--text"),
                              QStringLiteral("Moeder belde over de schoolweek."), QStringLiteral("--spoken-to"),
                              QStringLiteral("Moeder Visser"), QStringLiteral("--person-role"), QStringLiteral("ouder"),
                              QStringLiteral("--relation"), QStringLiteral("moeder")}))
                .exitCode == 0);
    auto argsFor = [&](const QString& dest) {
        return c.withPass({QStringLiteral("parent-copy"), c.vault, dest, QStringLiteral("--new-passphrase-file"),
                           c.parentPass}) + kFastKdf;
    };
    const Outcome timed = c.run(argsFor(c.path("gemeten.inzage")));
    REQUIRE(timed.exitCode == 0);
    constexpr int kSteps = 12;
    int absent = 0, whole = 0, midRun = 0;
    for (int i = 0; i < kSteps; ++i) {
        CAPTURE(i);
        const QString dest = c.path(QStringLiteral("ouderexemplaar-%1.inzage").arg(i));
        // Evenly over the run: from the very start to just past its usual end.
        const Outcome o = c.run(argsFor(dest), timed.elapsedMs * 1000 * i / (kSteps - 2));
        midRun += o.finished ? 0 : 1;
        if (QFileInfo::exists(dest)) {
            ++whole;
            auto pc = openWhole(dest, kParentPass);
            CHECK(countRows(pc->db(), "SELECT count(*) FROM entry") == 1);
            CHECK(countRows(pc->db(), "SELECT count(*) FROM audit WHERE action = 'parent-copy.entries'") == 1);
        } else {
            ++absent;
            CHECK_FALSE(o.exitCode == 0);
        }
        openWhole(c.vault, kPassA).reset();
    }
    std::printf("parent-copy kills: %d of %d mid-command; the copy absent %d times, whole %d times, never half\n", midRun,
                kSteps, absent, whole);
    CHECK(midRun > 0);
}
