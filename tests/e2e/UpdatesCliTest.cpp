// updates-export / updates-import through the real binary: what the parent's copy brings in, said
// in words and in JSON, and an older file refused with the copy byte-identical.
#include "CliRunner.h"

#include <QJsonObject>

namespace {


struct Copied : CliVault {
    QString copy = dir.filePath(s("ouder.inzage"));
    QString parentPw = dir.filePath(s("ouder-pw.txt"));
    int files = 0;

    Copied()
    {
        QFile f(parentPw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("ouder heeft eigen wachtwoord\n");
        f.close();
        ok({ s("add"), vault, s("--text"), s("Moeder was te laat."), s("--spoken-to"), s("Moeder Visser"),
            s("--person-role"), s("ouder"), s("--relation"), s("moeder") });
        ok({ s("parent-copy"), vault, copy, s("--new-passphrase-file"), parentPw, s("--kdf-ops"), s("1"),
            s("--kdf-mem-mib"), s("0.0078125") });
    }

    CliResult ok(const QStringList& a) const
    {
        const CliResult r = run(a);
        INFO(a.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }

    CliResult parentRun(QStringList a) const
    {
        a << s("--passphrase-file") << parentPw;
        return runCli(a);
    }

    QString exportUpdate()
    {
        const QString f = dir.filePath(QStringLiteral("update-%1.bin").arg(++files));
        ok({ s("updates-export"), vault, f });
        return f;
    }

    QByteArray copyBytes() const
    {
        QFile f(copy);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

} // namespace

TEST_CASE("updates-import brings new entries, case information, appointments and promises and says so",
    "[cli][exchange][updates]")
{
    Copied c;
    const QString older = c.exportUpdate();
    c.ok({ s("add"), c.vault, s("--text"), s("De school meldt verzuim.") });
    c.ok({ s("case"), c.vault, s("--case-number"), s("VT-2026-9") });
    c.ok({ s("appointment"), c.vault, s("--add"), s("Huisbezoek"), s("--at"), s("2026-03-12T10:00") });
    c.ok({ s("appointment"), c.vault, s("--promise"), s("Verslag sturen"), s("--due"), s("2026-03-20") });
    const QString update = c.exportUpdate();

    const CliResult in = c.parentRun({ s("updates-import"), c.copy, update });
    INFO(in.errText().toStdString());
    REQUIRE(in.exitCode == 0);
    CHECK(in.outText().contains(s("1 nieuwe notities")));
    CHECK(in.outText().contains(s("dossiergegevens gewijzigd")));
    CHECK(in.outText().contains(s("1 afspraken, 1 toezeggingen")));
    const CliResult listed = c.parentRun({ s("list"), c.copy, s("--json") });
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.outText().contains(s("De school meldt verzuim.")));

    const QByteArray before = c.copyBytes();
    const CliResult again = c.parentRun({ s("updates-import"), c.copy, update, s("--json") });
    REQUIRE(again.exitCode == 0);
    const QJsonObject j = again.json().object();
    CHECK(j.value(s("changed_nothing")).toBool());
    CHECK(j.value(s("new_entries")).toInt() == 0);
    CHECK(j.value(s("appointments")).toInt() == 0);
    CHECK(c.copyBytes() == before);

    const CliResult old = c.parentRun({ s("updates-import"), c.copy, older });
    CHECK(old.exitCode == 10);
    CHECK(old.errText().contains(s("ouder")));
    CHECK(old.errText().contains(s("nieuwste updatebestand")));
    CHECK(c.copyBytes() == before);
    CHECK(c.parentRun({ s("verify"), c.copy }).exitCode == 0);
}
