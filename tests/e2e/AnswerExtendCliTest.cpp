// answer --extend through the real binary: the AVG's one extension by two months, its reason read
// from a file or standard input (never only from argv), refusals that leave the file byte-identical,
// the audit chain that still verifies, and the parent's copy that learns of it through an update file.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace {



const char* kReason = "Ik wacht het verslag van de school af; dat komt over zes weken.";

struct Requested : CliVault {
    QString copy = dir.filePath(s("ouder.inzage"));
    QString parentPw = dir.filePath(s("ouder-pw.txt"));
    QString reasonFile = dir.filePath(s("reden.txt"));

    Requested()
    {
        QFile f(parentPw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("ouder heeft eigen wachtwoord\n");
        f.close();
        QFile r(reasonFile);
        REQUIRE(r.open(QIODevice::WriteOnly));
        r.write(QByteArray(kReason) + '\n');
        r.close();
        ok({ s("add"), vault, s("--text"), s("Moeder was niet op de afspraak."), s("--spoken-to"),
            s("Moeder Visser"), s("--person-role"), s("ouder"), s("--relation"), s("moeder") });
        ok({ s("parent-copy"), vault, copy, s("--new-passphrase-file"), parentPw, s("--kdf-ops"), s("1"),
            s("--kdf-mem-mib"), s("0.0078125") });
        // Two answers that came in on paper: a request to correct (1) and a question (2).
        ok({ s("answer"), vault, s("1"), s("--kind"), s("correctieverzoek"), s("--text"), s("Ik was er wel."),
            s("--for"), s("Moeder Visser") });
        ok({ s("answer"), vault, s("1"), s("--kind"), s("vraag"), s("--text"), s("Wie heeft dat gezegd?"),
            s("--for"), s("Moeder Visser") });
    }

    CliResult ok(const QStringList& a, const QByteArray& in = {}) const
    {
        const CliResult r = run(a, in);
        INFO(a.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }

    void refused(const QStringList& a, int code, std::initializer_list<const char*> words) const
    {
        const QByteArray before = fileHash(vault);
        const CliResult r = run(a);
        INFO(a.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
        CHECK(r.exitCode == code);
        for (const char* w : words)
            CHECK(r.errText().contains(QString::fromUtf8(w)));
        CHECK(fileHash(vault) == before);
    }

    CliResult parentRun(QStringList a) const
    {
        a << s("--passphrase-file") << parentPw;
        return runCli(a);
    }
};

} // namespace

TEST_CASE("answer --extend extends an AVG request once, with its reason from standard input, audited",
    "[cli][extension]")
{
    Requested v;
    const CliResult done = v.ok({ s("answer"), v.vault, s("--extend"), s("1"), s("--reason-file"), s("-") },
        QByteArray(kReason) + '\n');
    CHECK(done.outText().contains(s("De termijn van reactie 1 is verlengd tot")));
    CHECK(done.outText().contains(s(kReason)));

    const CliResult shown = v.ok({ s("show"), v.vault, s("1") });
    CHECK(shown.outText().contains(s("Termijn verlengd tot")));

    const CliResult verify = v.ok({ s("verify"), v.vault, s("--json") });
    CHECK(verify.json().object().value(s("ok")).toBool());
    CHECK(verify.json().object().value(s("audit_intact")).toBool());
    CHECK(verify.json().object().value(s("extensions")).toInt() == 1);
    CHECK(verify.json().object().value(s("extensions_intact")).toBool());
    CHECK(v.ok({ s("verify"), v.vault }).outText().contains(s("Verlengde termijnen: in orde (1)")));

    // Once only.
    v.refused({ s("answer"), v.vault, s("--extend"), s("1"), s("--reason-file"), v.reasonFile }, 12,
        { "al verlengd", "één verlenging" });
}

TEST_CASE("answer --extend refuses what the AVG does not allow, and the file stays byte-identical",
    "[cli][extension][bad-input]")
{
    Requested v;
    v.refused({ s("answer"), v.vault, s("--extend"), s("1") }, 10, { "waarom" });
    v.refused({ s("answer"), v.vault, s("--extend"), s("2"), s("--reason-file"), v.reasonFile }, 10,
        { "correctieverzoek" });
    v.refused({ s("answer"), v.vault, s("--extend"), s("9"), s("--reason-file"), v.reasonFile }, 9, {});
    v.refused({ s("answer"), v.vault, s("--extend"), s("een"), s("--reason-file"), v.reasonFile }, 2, { "geen geldig nummer" });
    v.refused({ s("answer"), v.vault, s("1"), s("--extend"), s("1"), s("--reason-file"), v.reasonFile }, 2,
        { "--extend N --reason-file" });
    v.refused({ s("answer"), v.vault, s("--extend"), s("1"), s("--reason-file"), v.reasonFile, s("--read-only") }, 11,
        {});
    // In the parent's copy nobody extends.
    const QByteArray before = fileHash(v.copy);
    const CliResult r = v.parentRun({ s("answer"), v.copy, s("--extend"), s("1"), s("--reason-file"), v.reasonFile });
    CHECK(r.exitCode == 11);
    CHECK(fileHash(v.copy) == before);
}

TEST_CASE("the parent's copy shows the extension after updates-import, and a second import changes nothing",
    "[cli][extension][exchange]")
{
    Requested v;
    v.ok({ s("answer"), v.vault, s("--extend"), s("1"), s("--reason-file"), v.reasonFile });
    const QString update = v.dir.filePath(s("update.bin"));
    v.ok({ s("updates-export"), v.vault, update });

    const CliResult in = v.parentRun({ s("updates-import"), v.copy, update });
    INFO(in.errText().toStdString());
    REQUIRE(in.exitCode == 0);
    CHECK(in.outText().contains(s("termijn van de AVG verlengd")));

    const CliResult shown = v.parentRun({ s("show"), v.copy, s("1"), s("--json") });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.outText().contains(s(kReason)));
    CHECK(shown.outText().contains(s("\"extension\"")));

    const QByteArray before = fileHash(v.copy);
    const CliResult again = v.parentRun({ s("updates-import"), v.copy, update, s("--json") });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(s("changed_nothing")).toBool());
    CHECK(again.json().object().value(s("new_extensions")).toInt() == 0);
    CHECK(fileHash(v.copy) == before);
}
