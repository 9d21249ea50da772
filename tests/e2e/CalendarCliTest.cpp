// appointments-ics and the promise state through the real binary: what a script sees.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {


CliResult ok(const CliVault& v, QStringList args, const QByteArray& stdinData = {})
{
    const CliResult r = stdinData.isEmpty() ? v.run(args) : runCli(args, stdinData);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("a promise past its due date and not kept is listed as te-laat, in text and in JSON", "[cli][case][calendar]")
{
    CliVault v;
    ok(v, { s("appointment"), v.vault, s("--promise"), s("Verslag sturen"), s("--due"), s("2020-04-06") });
    ok(v, { s("appointment"), v.vault, s("--promise"), s("Later bellen"), s("--due"), s("2999-01-01") });
    const CliResult text = ok(v, { s("appointment"), v.vault, s("--list") });
    CHECK(text.outText().contains(s("#1  toezegging  te-laat  2020-04-06  Verslag sturen")));
    CHECK(text.outText().contains(s("#2  toezegging  open  2999-01-01")));
    const QJsonArray list
        = ok(v, { s("appointment"), v.vault, s("--json") }).json().object().value(s("appointments")).toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(s("state")).toString() == s("te-laat"));
    CHECK(list[0].toObject().value(s("status")).toString() == s("gepland")); // what was recorded stays
    CHECK(list[1].toObject().value(s("state")).toString() == s("open"));
    ok(v, { s("appointment"), v.vault, s("--kept"), s("1") });
    CHECK(ok(v, { s("appointment"), v.vault }).outText().contains(s("#1  toezegging  nagekomen")));
}

TEST_CASE(
    "appointments-ics writes a calendar file once, never names a shielded source, never overwrites", "[cli][calendar]")
{
    CliVault v;
    ok(v,
        { s("appointment"), v.vault, s("--add"), s("Huisbezoek, met school"), s("--at"), s("2026-12-10T10:00"),
            s("--with"), s("Buurvrouw Jansen") });
    ok(v, { s("shield"), v.vault, s("Buurvrouw Jansen"), s("--reason-file"), s("-") },
        "geheim wachtwoord\nMelder beschermd: art. 4.1.1 Wmo\n");
    ok(v, { s("appointment"), v.vault, s("--add"), s("Gesprek"), s("--at"), s("2026-12-14T14:00") });
    ok(v, { s("appointment"), v.vault, s("--cancel"), s("2"), s("--reason"), s("medewerker ziek") });
    ok(v, { s("appointment"), v.vault, s("--make-up"), s("2"), s("--at"), s("2026-12-17T09:30") });

    const QString dest = v.dir.filePath(s("afspraken.ics"));
    const CliResult made = ok(v, { s("appointments-ics"), v.vault, dest });
    CHECK(made.outText().contains(s("3 afspraken")));
    const QByteArray ics = readFile(dest);
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT\r\n") == 3);
    CHECK(ics.count("STATUS:CANCELLED\r\n") == 1);
    CHECK(ics.contains("SUMMARY:Huisbezoek\\, met school\r\n"));
    CHECK(ics.contains("DTSTART:20261217T093000\r\n"));
    CHECK(ics.count('\n') == ics.count("\r\n"));
    CHECK_FALSE(ics.contains("Jansen"));
    CHECK(ics.contains("afgeschermde bron"));

    // The same rule as every export: an existing file is never replaced (exit 12).
    const CliResult again = v.run({ s("appointments-ics"), v.vault, dest });
    CHECK(again.exitCode == 12);
    CHECK(again.errText().contains(s("bestaat al")));
    CHECK(readFile(dest) == ics);

    const CliResult usage = v.run({ s("appointments-ics"), v.vault });
    CHECK(usage.exitCode == 2);
    CHECK(runCli({ s("--help") }).outText().contains(s("appointments-ics VAULT DEST")));
}
