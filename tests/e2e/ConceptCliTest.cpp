// concept --send through the real binary: recorded with its reaction time, listed, refused for a
// date too soon (file byte-identical), the final report waiting while the time runs, and the
// parent's copy learning of it through an update file.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace {



struct WithParent : CliVault {
    QString copy = dir.filePath(s("ouder.inzage"));
    QString parentPw = dir.filePath(s("ouder-pw.txt"));

    WithParent()
    {
        QFile f(parentPw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("ouder heeft eigen wachtwoord\n");
        f.close();
        ok({ s("add"), vault, s("--text"), s("Moeder was op de afspraak."), s("--spoken-to"), s("Moeder Visser"),
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
};

} // namespace

TEST_CASE("concept --send records the concept for the parents and the final report waits", "[cli][concept]")
{
    WithParent v;
    CHECK(v.ok({ s("concept"), v.vault }).outText().contains(s("nog geen concept")));
    const CliResult sent = v.ok({ s("concept"), v.vault, s("--send"), s("--json") });
    const QJsonObject o = sent.json().object();
    CHECK(o.value(s("entries")).toInt() == 1);
    CHECK(o.value(s("content_hash")).toString().size() == 64);
    const QDate until = QDate::fromString(o.value(s("react_until")).toString(), Qt::ISODate);
    CHECK(until > QDate::currentDate().addDays(5));

    const CliResult listed = v.ok({ s("concept"), v.vault, s("--json") });
    CHECK(listed.json().object().value(s("concepts")).toArray().size() == 1);

    const CliResult check = v.run({ s("check"), v.vault, s("--json") });
    CHECK(check.exitCode == 13);
    bool waiting = false;
    for (const QJsonValue b : check.json().object().value(s("blockers")).toArray())
        waiting = waiting || b.toObject().value(s("rule")).toString() == s("concept_reaction_open");
    CHECK(waiting);
    CHECK(v.ok({ s("verify"), v.vault }).exitCode == 0);

    // The parent's copy learns of it from the next update file.
    const QString update = v.dir.filePath(s("update.bin"));
    v.ok({ s("updates-export"), v.vault, update });
    const CliResult imported = runCli({ s("updates-import"), v.copy, update, s("--passphrase-file"), v.parentPw, s("--json") });
    INFO(imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().object().value(s("concepts")).toInt() == 1);
    const CliResult inCopy = runCli({ s("concept"), v.copy, s("--json"), s("--passphrase-file"), v.parentPw });
    REQUIRE(inCopy.exitCode == 0);
    const QJsonArray concepts = inCopy.json().object().value(s("concepts")).toArray();
    REQUIRE(concepts.size() == 1);
    CHECK(concepts.at(0).toObject().value(s("react_until")).toString() == until.toString(Qt::ISODate));
}

TEST_CASE("concept --send refuses a reaction time too short and bad dates, and changes nothing", "[cli][concept][bad-input]")
{
    WithParent v;
    const QByteArray before = fileHash(v.vault);
    CliResult r = v.run({ s("concept"), v.vault, s("--send"), s("--until"), QDate::currentDate().addDays(1).toString(Qt::ISODate) });
    CHECK(r.exitCode == 10);
    CHECK(r.errText().contains(s("5 werkdagen")));
    r = v.run({ s("concept"), v.vault, s("--send"), s("--until"), s("volgende week") });
    CHECK(r.exitCode == 10);
    r = v.run({ s("concept"), v.vault, s("--until"), s("2030-01-01") });
    CHECK(r.exitCode == 2);
    CHECK(fileHash(v.vault) == before);
    // In the parent's copy nobody sends a concept.
    const QByteArray copyBefore = fileHash(v.copy);
    r = runCli({ s("concept"), v.copy, s("--send"), s("--passphrase-file"), v.parentPw });
    CHECK(r.exitCode == 11);
    CHECK(fileHash(v.copy) == copyBefore);
}
