// I/O faults: the wrapper VFS fails the Nth read, write or sync (SQLITE_IOERR_*) somewhere in a
// normal run of work: create, a person, an import, a label, an answer, a parent copy, a new
// passphrase. For every N (or every Nth, when the count is large: the stride is printed) the run
// stops with a clear error, and the vault, reopened with the normal VFS, is whole and holds every
// write that reported success, and no other file looks like a dossier.

#include "FaultSupport.h"

#include "dossier/Answers.h"
#include "dossier/Persons.h"
#include "exchange/ParentCopy.h"
#include "exchange/TsvImport.h"
#include "vault/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

using namespace inzage;
using namespace inzage::faults;

namespace {

constexpr const char* kNewPassphrase = "nieuw paard batterij nietje";
constexpr const char* kParentPassphrase = "ouder eigen wachtwoord twee";
constexpr int kImportRows = 4;

enum Step { AtCreate, AtPerson, AtImport, AtLabel, AtAnswer, AtParentCopy, AtPasswd, AtDone };
const char* const kStepNames[] = {"create", "person", "import", "label", "answer", "parent-copy", "passwd"};

struct Run {
    Step reached = AtCreate; // the first step that did not succeed (AtDone: all did)
    Status failure;
    std::vector<Id> entries;
};

// The work, stopped at the first step that fails.
Run work(const QString& dir)
{
    Run run;
    const QString path = QDir(dir).filePath(QStringLiteral("dossier.inzage"));
    Vault::CreateOptions o;
    o.kdf = KdfParams::fastForTests();
    auto created = Vault::create(path, pass(kPassphrase), o);
    if (!created) {
        run.failure = created.status();
        return run;
    }
    Vault& v = **created;
    run.reached = AtPerson;
    inzage::Person mother;
    mother.name = QStringLiteral("Moeder Visser");
    mother.role = PersonRole::Ouder;
    mother.relation = QStringLiteral("moeder");
    if (auto p = Persons(v, professional()).add(mother); !p) {
        run.failure = p.status();
        return run;
    }
    run.reached = AtImport;
    std::vector<TsvRow> rows;
    for (int i = 0; i < kImportRows; ++i) {
        TsvRow r;
        r.line = i + 1;
        r.section = QStringLiteral("Gesprekken");
        r.text = QStringLiteral("Regel %1: de moeder vertelde over de schoolweek.").arg(i + 1);
        r.eventDate = QStringLiteral("2024-03-01");
        rows.push_back(r);
    }
    auto imported = importTsv(v, professional(), rows);
    if (!imported) {
        run.failure = imported.status();
        return run;
    }
    run.entries = *imported;
    run.reached = AtLabel;
    if (Status s = Entries(v, professional()).setLabel(run.entries.front(), Label::Mening, BasisKind::Geen, {},
                                                       std::nullopt, {});
        !s) {
        run.failure = s;
        return run;
    }
    run.reached = AtAnswer;
    if (auto a = Answers(v, professional()).add(run.entries.back(), AnswerKind::Aanvulling,
                                                QStringLiteral("Dat was op dinsdag, niet op maandag."));
        !a) {
        run.failure = a.status();
        return run;
    }
    run.reached = AtParentCopy;
    ParentCopyRequest request;
    request.destination = QDir(dir).filePath(QStringLiteral("ouderexemplaar.inzage"));
    request.kdf = KdfParams::fastForTests();
    if (auto pc = ParentCopy::create(v, professional(), request, pass(kParentPassphrase)); !pc) {
        run.failure = pc.status();
        return run;
    }
    run.reached = AtPasswd;
    if (Status s = v.changePassphrase(pass(kNewPassphrase), KdfParams::fastForTests()); !s) {
        run.failure = s;
        return run;
    }
    run.reached = AtDone;
    return run;
}

// What must hold after a run that stopped at run.reached, read with the normal VFS.
void checkAfter(const QString& dir, const Run& run)
{
    const QString path = QDir(dir).filePath(QStringLiteral("dossier.inzage"));
    const QString copy = QDir(dir).filePath(QStringLiteral("ouderexemplaar.inzage"));
    // Nothing half-made under a name: only the dossier, the parent copy and passwd's scratch file.
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        INFO("file left: " << name.toStdString());
        CHECK((name.startsWith(QLatin1String("dossier.inzage")) || name.startsWith(QLatin1String("ouderexemplaar.inzage"))
               || (name.startsWith(QLatin1Char('.')) && name.contains(QLatin1String(".tmp")))));
    }
    if (run.reached == AtCreate) {
        CHECK_FALSE(QFileInfo::exists(path));
        return;
    }
    // A passwd that failed after the rename says the new passphrase holds.
    const bool newPass = run.reached == AtDone
        || (run.reached == AtPasswd && run.failure.message().contains(QStringLiteral("nieuwe wachtwoord is ingesteld")));
    auto v = openWhole(path, newPass ? kNewPassphrase : kPassphrase);
    // Each step is one transaction: done when it reported success, done or not done when it failed
    // (a failed sync may come after the commit reached the disk), never half done.
    auto wantDone = [&run](Step step, std::int64_t n, std::int64_t done) {
        INFO("after " << kStepNames[step] << ": " << n);
        if (run.reached > step)
            CHECK(n == done);
        else if (run.reached == step)
            CHECK((n == 0 || n == done));
        else
            CHECK(n == 0);
    };
    wantDone(AtPerson, countRows(v->db(), "SELECT count(*) FROM person WHERE role = 'ouder'"), 1);
    wantDone(AtImport, countRows(v->db(), "SELECT count(*) FROM entry"), kImportRows);
    wantDone(AtLabel, countRows(v->db(), "SELECT count(*) FROM entry WHERE label = 'mening'"), 1);
    wantDone(AtAnswer, countRows(v->db(), "SELECT count(*) FROM answer"), 1);
    if (run.reached > AtParentCopy || (run.reached == AtParentCopy && QFileInfo::exists(copy))) {
        // Under its name only whole.
        auto pc = openWhole(copy, kParentPassphrase);
        CHECK(countRows(pc->db(), "SELECT count(*) FROM entry") == kImportRows);
    } else {
        CHECK_FALSE(QFileInfo::exists(copy));
    }
}

struct Counts {
    std::int64_t reads = 0, writes = 0, syncs = 0;
};

Counts countCleanRun()
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Counts c;
    Run run;
    {
        VfsScope scope;
        run = work(dir.path());
        INFO(run.failure.message().toStdString());
        REQUIRE(run.reached == AtDone);
        c.reads = scope.stats().reads;
        c.writes = scope.stats().writes;
        c.syncs = scope.stats().syncs;
    }
    checkAfter(dir.path(), run);
    return c;
}

} // namespace

namespace {

void campaign(std::initializer_list<IoOp> ops)
{
    const Counts counts = countCleanRun();
    REQUIRE(counts.reads > 0);
    REQUIRE(counts.writes > 0);
    REQUIRE(counts.syncs > 0);
    // Keeps the whole campaign near a minute on a loaded machine: at most this many runs per kind.
    constexpr std::int64_t kRunsPerKind = 80;
    int injectedTotal = 0;
    int runsTotal = 0;
    std::map<std::string, int> messages;
    for (IoOp op : ops) {
        const std::int64_t total = op == IoOp::Read ? counts.reads : op == IoOp::Write ? counts.writes : counts.syncs;
        const std::int64_t stride = std::max<std::int64_t>(1, (total + kRunsPerKind - 1) / kRunsPerKind);
        const char* kind = op == IoOp::Read ? "read" : op == IoOp::Write ? "write" : "sync";
        std::map<int, int> stoppedAt;
        int injected = 0;
        for (std::int64_t n = 1; n <= total; n += stride) {
            CAPTURE(kind, n);
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            Run run;
            {
                VfsScope scope;
                scope.failNth(op, n);
                run = work(dir.path());
                injected += scope.stats().injected;
            }
            ++runsTotal;
            ++stoppedAt[run.reached];
            if (run.reached != AtDone) {
                // A clear error: a code a script can test and words a person can read.
                INFO("step " << kStepNames[run.reached]);
                CHECK(run.failure.code() != ErrorCode::Ok);
                CHECK_FALSE(run.failure.message().trimmed().isEmpty());
                ++messages[run.failure.message().toStdString()];
            }
            checkAfter(dir.path(), run);
        }
        injectedTotal += injected;
        std::string where;
        for (const auto& [step, n] : stoppedAt)
            where += std::string(" ") + (step == AtDone ? "done" : kStepNames[step]) + "=" + std::to_string(n);
        std::printf("io faults (%s): %lld in a run, every %lld tried, %d injected; stopped at:%s\n", kind,
                    static_cast<long long>(total), static_cast<long long>(stride), injected, where.c_str());
    }
    std::printf("faults injected: %d in %d runs, vault whole after every one\n", injectedTotal, runsTotal);
    for (const auto& [message, n] : messages)
        std::printf("  %3d x %s\n", n, message.c_str());
    CHECK(injectedTotal > 0);
}

} // namespace

TEST_CASE("a failed sync anywhere in a run of work ends in a clear error and a whole vault", "[faults][io]")
{
    campaign({IoOp::Sync});
}
