// approve through the real binary: the approval shows in show, list --json and export --json, and
// every refusal names what is wrong and leaves the file byte-identical.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace {



CliResult ok(const CliVault& v, const QStringList& args)
{
    const CliResult r = v.run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

// A bron (#1) told by the teacher, and a feit (#2).
void addEntries(const CliVault& v)
{
    ok(v,
        { s("add"), v.vault, s("--text"), s("De leerkracht vertelt dat Anouk vaak moe is."), s("--label"), s("bron"),
            s("--spoken-to"), s("Marja Bos"), s("--relation"), s("leerkracht"), s("--date"), s("2026-02-03"),
            s("--method"), s("telefoon") });
    ok(v,
        { s("add"), v.vault, s("--text"), s("Anouk was 12 dagen afwezig."), s("--label"), s("feit"), s("--basis"),
            s("document: verzuimoverzicht, 1 maart 2026") });
}

} // namespace

TEST_CASE("approve records accordering, shown by show, list --json and export --json", "[cli][approval]")
{
    CliVault v;
    addEntries(v);
    const CliResult r = ok(v,
        { s("approve"), v.vault, s("1"), s("--by"), s("Marja Bos"), s("--on"), s("2026-02-10"), s("--how"),
            s("schriftelijk") });
    CHECK(r.outText().contains(s("goedgekeurd door Marja Bos op 2026-02-10")));
    CHECK(ok(v, { s("show"), v.vault, s("1") })
              .outText()
              .contains(s("Goedgekeurd door Marja Bos op 2026-02-10 (schriftelijk)")));
    const QJsonObject shown = ok(v, { s("show"), v.vault, s("1"), s("--json") }).json().object();
    const QJsonArray approvals = shown.value(s("approvals")).toArray();
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].toObject().value(s("name")).toString() == s("Marja Bos"));
    CHECK(approvals[0].toObject().value(s("method")).toString() == s("schriftelijk"));
    CHECK(approvals[0].toObject().value(s("date")).toString() == s("2026-02-10"));
    const QJsonArray listed = ok(v, { s("list"), v.vault, s("--json") }).json().object().value(s("entries")).toArray();
    CHECK(listed[0].toObject().value(s("approvals")).toArray().size() == 1);
    const CliResult exported = ok(v, { s("export"), v.vault, s("--json") });
    CHECK(exported.json().object().value(s("entries")).toArray()[0].toObject().value(s("approvals")).toArray().size()
        == 1);
    ok(v,
        { s("add"), v.vault, s("--text"), s("Oma zegt dat het goed gaat."), s("--label"), s("bron"), s("--spoken-to"),
            s("Oma Bos") });
    CHECK(ok(v, { s("show"), v.vault, s("3") }).outText().contains(s("Goedgekeurd door de bron: nee")));
}

TEST_CASE("approve refuses what breaks a rule, names it, and changes nothing", "[cli][approval]")
{
    CliVault v;
    addEntries(v);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    struct Case {
        QStringList args;
        int code;
        const char* says;
    };
    const std::vector<Case> cases {
        { { s("2"), s("--by"), s("Marja Bos"), s("--on"), s("2026-02-10"), s("--how"), s("gesprek") }, 10,
            "geen bron" },
        { { s("1"), s("--by"), s("Niemand Anders"), s("--on"), s("2026-02-10"), s("--how"), s("gesprek") }, 9,
            "Niemand met de naam" },
        { { s("1"), s("--by"), s("Marja Bos"), s("--on"), tomorrow, s("--how"), s("gesprek") }, 10, "toekomst" },
        { { s("1"), s("--by"), s("Marja Bos"), s("--on"), s("2026-02-10"), s("--how"), s("duif") }, 10, "Toegestaan" },
        { { s("1"), s("--by"), s("Marja Bos"), s("--how"), s("gesprek") }, 2, "--on" },
        { { s("1"), s("--on"), s("2026-02-10"), s("--how"), s("gesprek") }, 2, "--by" },
        { { s("1"), s("--by"), s("Marja Bos"), s("--on"), s("2026-02-10"), s("--how"), s("gesprek"), s("--person-role"),
              s("baas") },
            10, "Onbekende persoonsrol" },
        { { s("9"), s("--by"), s("Marja Bos"), s("--on"), s("2026-02-10"), s("--how"), s("gesprek") }, 9,
            "bestaat niet" },
    };
    for (const Case& c : cases) {
        const QByteArray before = fileHash(v.vault);
        QStringList args { s("approve"), v.vault };
        args << c.args;
        const CliResult r = v.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.errText().contains(QString::fromUtf8(c.says)));
        CHECK(fileHash(v.vault) == before);
    }
    const QStringList again { s("approve"), v.vault, s("1"), s("--by"), s("Marja Bos"), s("--on"), s("2026-02-10"),
        s("--how"), s("gesprek") };
    ok(v, again);
    CHECK(v.run(again).exitCode == 12);
    QStringList readOnly = again;
    readOnly << s("--read-only");
    CHECK(v.run(readOnly).exitCode == 11);
}
