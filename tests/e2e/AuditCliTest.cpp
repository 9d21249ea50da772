// audit through the real binary: read-only for real (a file and a folder the reviewer cannot
// write, byte-identical afterwards), the figures and findings by their names, the sample.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <unistd.h>

namespace {



QStringList listing(const QDir& dir)
{
    return dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

struct Demo : CliVault {
    Demo()
        : CliVault(false)
    {
        const CliResult r = run({ s("demo"), vault });
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

// As root, permissions do not stop a write: run as nobody when we can, so the folder really
// cannot be written; otherwise the test user is already not root.
CliResult runAsReader(const QStringList& args)
{
    const QString setpriv = QStandardPaths::findExecutable(s("setpriv"));
    if (geteuid() != 0 || setpriv.isEmpty())
        return runCli(args);
    QProcess p;
    QStringList full { s("--reuid=65534"), s("--regid=65534"), s("--clear-groups"), s(INZAGE_CLI) };
    full << args;
    p.start(setpriv, full);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

TEST_CASE("audit reads a file and folder the reviewer cannot write and leaves them byte-identical", "[cli][audit]")
{
    Demo d;
    const QDir dir(d.dir.path());
    const QByteArray before = fileHash(d.vault);
    const QStringList filesBefore = listing(dir);
    REQUIRE(QFile::setPermissions(d.vault, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    REQUIRE(QFile::setPermissions(d.pw, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QFile::Permissions rx
        = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(d.dir.path(), rx));

    const CliResult r = runAsReader({ s("audit"), d.vault, s("--json"), s("--passphrase-file"), d.pw });
    INFO(r.errText().toStdString());
    QFile::setPermissions(d.dir.path(), rx | QFile::WriteOwner);
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(s("opened")).toString() == s("read-only"));
    CHECK(o.value(s("reader")).toString() == s("reviewer"));
    CHECK(fileHash(d.vault) == before);
    CHECK(listing(dir) == filesBefore);
}

TEST_CASE("audit --json carries every figure by its name, per section and per author", "[cli][audit]")
{
    Demo d;
    const CliResult r = d.run({ s("audit"), d.vault, s("--json"), s("--as"), s("r.bakker") });
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    const char* shares[] = { "labelled_share", "bron_named_share", "bron_dated_share", "bron_method_share",
        "bron_approved_share", "feit_basis_share", "mening_holder_share", "conclusion_feiten_share" };
    for (const char* name : shares) {
        INFO(name);
        CHECK(o.value(s(name)).isDouble());
        CHECK(o.value(s("counts")).toObject().contains(s(name)));
        const QJsonObject bySection = o.value(s("by_section")).toObject();
        REQUIRE_FALSE(bySection.isEmpty());
        CHECK(bySection.begin().value().toObject().contains(s(name)));
        const QJsonObject byAuthor = o.value(s("by_author")).toObject();
        REQUIRE_FALSE(byAuthor.isEmpty());
        CHECK(byAuthor.begin().value().toObject().contains(s(name)));
    }
    // The demo dossier: 2 of 19 entries unlabelled, no bron approved yet.
    CHECK(o.value(s("counts")).toObject().value(s("labelled_share")).toObject().value(s("n")).toInt() == 17);
    CHECK(o.value(s("counts")).toObject().value(s("labelled_share")).toObject().value(s("of")).toInt() == 19);
    CHECK(o.value(s("bron_approved_share")).toDouble() == 0.0);
    CHECK(o.value(s("spoken_to")).toArray().size() > 0);
    CHECK(o.value(s("never_spoken_to")).toArray().size() == 1);
    for (const char* key : { "total", "entries_answered", "handled", "open", "overdue", "median_days_to_handle" })
        CHECK(o.value(s("answers")).toObject().contains(s(key)));
    const QJsonArray findings = o.value(s("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    bool linked = false;
    for (const QJsonValue& f : findings) {
        const QJsonObject x = f.toObject();
        CHECK_FALSE(x.value(s("rule")).toString().isEmpty());
        CHECK_FALSE(x.value(s("severity")).toString().isEmpty());
        if (x.value(s("entry")).isDouble()) {
            linked = true;
            CHECK(x.value(s("history")).toString().startsWith(s("inzage-cli history ")));
        }
    }
    CHECK(linked);
    CHECK_FALSE(o.contains(s("rules_not_checked"))); // every rule is checked
}

TEST_CASE("audit --sample with a seed draws the same entries again, and shows a seed it chose", "[cli][audit]")
{
    Demo d;
    auto sampleIds = [&](const QStringList& extra) {
        QStringList args { s("audit"), d.vault, s("--json"), s("--sample"), s("4") };
        args << extra;
        const CliResult r = d.run(args);
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonObject sample = r.json().object().value(s("sample")).toObject();
        QStringList ids { sample.value(s("seed")).toString() };
        for (const QJsonValue& e : sample.value(s("entries")).toArray()) {
            ids << QString::number(e.toObject().value(s("id")).toInt());
            CHECK(e.toObject().value(s("checklist")).toArray().size() >= 3);
        }
        return ids;
    };
    const QStringList first = sampleIds({ s("--seed"), s("11") });
    CHECK(first.size() == 5);
    CHECK(first.front() == s("11"));
    CHECK(sampleIds({ s("--seed"), s("11") }) == first);
    const QStringList chosen = sampleIds({});
    CHECK(sampleIds({ s("--seed"), chosen.front() }) == chosen);
}

TEST_CASE("audit refuses bad options, a wrong passphrase and a parent copy, changing nothing", "[cli][audit]")
{
    Demo d;
    const QByteArray before = fileHash(d.vault);
    struct Case {
        QStringList args;
        int code;
        const char* says;
    };
    const std::vector<Case> cases {
        { { s("--sample"), s("0") }, 10, "vanaf 1" },
        { { s("--sample"), s("3"), s("--seed"), s("twaalf") }, 10, "seed" },
        { { s("--seed"), s("3") }, 2, "--sample" },
    };
    for (const Case& c : cases) {
        QStringList args { s("audit"), d.vault };
        args << c.args;
        const CliResult r = d.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.errText().contains(QString::fromUtf8(c.says)));
    }
    const CliResult wrong = runCli({ s("audit"), d.vault }, "niet het wachtwoord\n");
    CHECK(wrong.exitCode == 3);
    CHECK(fileHash(d.vault) == before);

    const QString copy = d.dir.filePath(s("ouder.inzage"));
    const QString parentPw = d.dir.filePath(s("ouder.txt"));
    {
        QFile f(parentPw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("ouder wachtwoord\n");
    }
    const CliResult made = d.run({ s("parent-copy"), d.vault, copy, s("--for"), s("Ilse Vermeulen"),
        s("--new-passphrase-file"), parentPw, s("--kdf-ops"), s("1"), s("--kdf-mem-mib"), s("0.0078125") });
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    const CliResult parentAudit = runCli({ s("audit"), copy, s("--passphrase-file"), parentPw });
    CHECK(parentAudit.exitCode == 11);
    CHECK(parentAudit.errText().contains(s("reviewer")));
}
