// case, person, appointment and check through the real binary: what a script sees, and every
// refusal leaves the file byte-identical.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {



CliResult ok(const CliVault& v, QStringList args)
{
    const CliResult r = v.run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

void refused(const CliVault& v, const QStringList& args, int code, std::initializer_list<const char*> words)
{
    const QByteArray before = fileHash(v.vault);
    const CliResult r = v.run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.errText().toStdString());
    CHECK(r.exitCode == code);
    for (const char* w : words)
        CHECK(r.errText().contains(QString::fromUtf8(w)));
    CHECK(fileHash(v.vault) == before);
}

QStringList rules(const QJsonObject& check)
{
    QStringList out;
    for (const QJsonValue& b : check.value(s("blockers")).toArray())
        out << b.toObject().value(s("rule")).toString();
    return out;
}

} // namespace

TEST_CASE("case sets contact, backup, hours, numbers, stage and an own next step, and prints them", "[cli][case]")
{
    CliVault v;
    ok(v,
        { s("case"), v.vault, s("--title"), s("Gezin Vermeulen"), s("--case-number"), s("VT-7"), s("--organisation"),
            s("Veilig Thuis Utrecht"), s("--contact"), s("J. de Vries"), s("--backup"), s("P. Smit"),
            s("--office-hours"), s("09:00-16:30"), s("--office-number"), s("030 123"), s("--after-hours-number"),
            s("0800-2000"), s("--stage"), s("veilig-thuis"), s("--next-step"),
            s("Op 12 maart bespreken we het plan.") });
    const QJsonObject c = ok(v, { s("case"), v.vault, s("--json") }).json().object();
    CHECK(c.value(s("title")).toString() == s("Gezin Vermeulen"));
    CHECK(c.value(s("contact")).toObject().value(s("name")).toString() == s("J. de Vries"));
    CHECK(c.value(s("contact")).toObject().value(s("role")).toString() == s("professional"));
    CHECK(c.value(s("backup")).toObject().value(s("name")).toString() == s("P. Smit"));
    CHECK(c.value(s("office_hours")).toObject().value(s("end")).toString() == s("16:30"));
    CHECK(c.value(s("stage")).toString() == s("veilig-thuis"));
    CHECK(c.value(s("next_step")).toString() == s("Op 12 maart bespreken we het plan."));
    CHECK(c.value(s("next_step_is_own")).toBool());
    const CliResult text = ok(v, { s("case"), v.vault });
    CHECK(text.outText().contains(s("P. Smit")));
    CHECK(text.outText().contains(s("09:00-16:30")));
    // The next step from standard input, so a long text need not stand in argv.
    ok(v, { s("case"), v.vault, s("--next-step-file"), s("-") });
}

TEST_CASE("person adds, changes with an audit row, and lists everyone", "[cli][case]")
{
    CliVault v;
    const QJsonObject added = ok(v,
        { s("person"), v.vault, s("Tim"), s("--role"), s("kind"), s("--relation"), s("zoon"), s("--birth-date"),
            s("2019-05-04"), s("--json") })
                                  .json()
                                  .object();
    CHECK(added.value(s("added")).toBool());
    const QString id = QString::number(added.value(s("id")).toInt());
    const QJsonObject changed
        = ok(v, { s("person"), v.vault, s("#") + id, s("--phone"), s("06 123"), s("--json") }).json().object();
    CHECK_FALSE(changed.value(s("added")).toBool());
    CHECK(changed.value(s("phone")).toString() == s("06 123"));
    const QJsonArray all
        = ok(v, { s("person"), v.vault, s("--list"), s("--json") }).json().object().value(s("persons")).toArray();
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).toObject().value(s("birth_date")).toString() == s("2019-05-04"));
    CHECK(ok(v, { s("verify"), v.vault }).outText().size() > 0); // the chain holds the change
    refused(v, { s("person"), v.vault, s("Tim"), s("--role"), s("oom") }, 10, { "oom", "ouder" });
}

TEST_CASE("appointment adds, holds, cancels, makes up: promises are kept or broken", "[cli][case]")
{
    CliVault v;
    const auto idOf = [](const CliResult& r) { return QString::number(r.json().object().value(s("id")).toInt()); };
    const QString visit = idOf(ok(v,
        { s("appointment"), v.vault, s("--add"), s("Huisbezoek"), s("--at"), s("2026-03-12T10:00"), s("--with"),
            s("Anouk"), s("--person-role"), s("ouder"), s("--json") }));
    ok(v, { s("appointment"), v.vault, s("--held"), visit });
    const QString talk = idOf(
        ok(v, { s("appointment"), v.vault, s("--add"), s("Gesprek"), s("--at"), s("2026-03-17 14:00"), s("--json") }));
    ok(v, { s("appointment"), v.vault, s("--cancel"), talk, s("--reason"), s("medewerker ziek") });
    ok(v, { s("appointment"), v.vault, s("--make-up"), talk, s("--at"), s("2026-03-19T09:30") });
    const QString promise = idOf(ok(v,
        { s("appointment"), v.vault, s("--promise"), s("Rapport sturen"), s("--due"), s("2026-04-06"), s("--json") }));
    const QString call = idOf(ok(v,
        { s("appointment"), v.vault, s("--promise"), s("School bellen"), s("--due"), s("2026-04-01"), s("--json") }));
    ok(v, { s("appointment"), v.vault, s("--kept"), promise });
    ok(v, { s("appointment"), v.vault, s("--broken"), call, s("--reason"), s("school gesloten") });
    const QJsonArray list = ok(v, { s("appointment"), v.vault, s("--list"), s("--json") })
                                .json()
                                .object()
                                .value(s("appointments"))
                                .toArray();
    REQUIRE(list.size() == 5);
    QStringList statuses;
    for (const QJsonValue& a : list)
        statuses << a.toObject().value(s("status")).toString();
    CHECK(statuses.contains(s("gehouden")));
    CHECK(statuses.contains(s("ingehaald")));
    CHECK(statuses.contains(s("nagekomen")));
    CHECK(statuses.contains(s("niet-nagekomen")));
    CHECK(ok(v, { s("appointment"), v.vault }).outText().contains(s("school gesloten")));
    const CliResult history = ok(v, { s("export"), v.vault, s("--json") });
    CHECK(history.outText().contains(s("niet-nagekomen")));
    refused(v, { s("appointment"), v.vault, s("--held"), promise }, 10, { "toezegging" });
    refused(v, { s("appointment"), v.vault, s("--kept"), s("1"), s("--held"), s("1") }, 2, { "Eén ding" });
}

TEST_CASE(
    "bad case and appointment input is refused with a clear message and the file unchanged", "[cli][case][badinput]")
{
    CliVault v;
    ok(v, { s("case"), v.vault, s("--contact"), s("J. de Vries") });
    ok(v, { s("appointment"), v.vault, s("--add"), s("Gesprek"), s("--at"), s("2026-03-17T14:00") });
    refused(
        v, { s("case"), v.vault, s("--office-hours"), s("17:00-08:30") }, 10, { "later sluiten", "17:00", "08:30" });
    refused(v, { s("appointment"), v.vault, s("--make-up"), s("1"), s("--at"), s("2026-03-19T09:30") }, 10,
        { "niet afgezegd", "--cancel" });
    refused(v, { s("case"), v.vault, s("--backup"), s("J. de Vries") }, 10, { "vervanger", "contactpersoon" });
    refused(v, { s("case"), v.vault, s("--contact"), s("Nieuw"), s("--backup"), s("Nieuw") }, 10, { "vervanger" });
    refused(v, { s("appointment"), v.vault, s("--promise"), s("Rapport sturen") }, 10, { "--due" });
    refused(v, { s("case"), v.vault, s("--stage"), s("rechtbank") }, 10, { "rechtbank", "kinderrechter" });
    refused(v, { s("appointment"), v.vault, s("--add"), s("Huisbezoek"), s("--at"), s("2026-02-30T10:00") }, 10,
        { "2026-02-30T10:00", "JJJJ-MM-DD" });
    refused(v,
        { s("appointment"), v.vault, s("--add"), s("Huisbezoek"), s("--at"), s("morgen"), s("--with"), s("Nieuw") }, 10,
        { "morgen" });
    refused(
        v, { s("appointment"), v.vault, s("--promise"), s("Rapport"), s("--due"), s("6 april") }, 10, { "6 april" });
    refused(v, { s("person"), v.vault, s("Tim"), s("--birth-date"), s("2019-13-01") }, 10, { "2019-13-01" });
    refused(v, { s("case"), v.vault, s("--title"), s("x"), s("--read-only") }, 11, {});
}

TEST_CASE("check exits 13 naming each blocker with its entry and rule, and 0 once the report is ready", "[cli][check]")
{
    CliVault v;
    ok(v, { s("person"), v.vault, s("Tim"), s("--role"), s("kind"), s("--relation"), s("zoon") });
    ok(v,
        { s("add"), v.vault, s("--text"), s("Tim vertelt dat hij graag voetbalt."), s("--label"), s("bron"),
            s("--spoken-to"), s("Tim"), s("--date"), s("2026-03-01"), s("--method"), s("gesprek"), s("--section"),
            s("Analyse krachten") });
    ok(v,
        { s("add"), v.vault, s("--text"), s("Tim was 12 dagen afwezig."), s("--label"), s("feit"), s("--basis"),
            s("document: verzuimoverzicht 2026-02-01"), s("--section"), s("Analyse zorgen") });
    const QJsonObject unlabelledAdd = ok(v,
        { s("add"), v.vault, s("--text"), s("Nog te beoordelen."), s("--section"), s("Analyse zorgen"), s("--json") })
                                          .json()
                                          .object();
    const int open = unlabelledAdd.value(s("id")).toInt();

    const QByteArray before = fileHash(v.vault);
    const CliResult notReady = v.run({ s("check"), v.vault, s("--json") });
    CHECK(notReady.exitCode == 13);
    const QJsonObject o = notReady.json().object();
    CHECK_FALSE(o.value(s("ready")).toBool());
    const QStringList found = rules(o);
    CHECK(found.contains(s("unlabelled")));
    CHECK(found.contains(s("problem_analysis_missing")));
    CHECK(found.contains(s("strengths_analysis_missing")));
    CHECK_FALSE(found.contains(s("child_not_spoken_to")));
    for (const QJsonValue& b : o.value(s("blockers")).toArray()) {
        const QJsonObject blocker = b.toObject();
        CHECK(blocker.contains(s("entry")));
        CHECK_FALSE(blocker.value(s("message")).toString().isEmpty());
        if (blocker.value(s("rule")).toString() == s("unlabelled"))
            CHECK(blocker.value(s("entry")).toInt() == open);
        if (blocker.value(s("rule")).toString() == s("problem_analysis_missing"))
            CHECK(blocker.value(s("entry")).isNull());
    }
    CHECK(fileHash(v.vault) == before);
    const CliResult text = v.run({ s("check"), v.vault });
    CHECK(text.exitCode == 13);
    CHECK(text.outText().contains(QStringLiteral("#%1  unlabelled").arg(open)));
    CHECK(text.outText().contains(s("Analyse zorgen")));

    ok(v, { s("label"), v.vault, QString::number(open), s("mening"), s("--holder"), s("Tim") });
    ok(v,
        { s("case"), v.vault, s("--problem-section"), s("Analyse zorgen"), s("--strengths-section"),
            s("Analyse krachten") });
    const CliResult ready = v.run({ s("check"), v.vault, s("--json") });
    INFO(ready.outText().toStdString());
    CHECK(ready.exitCode == 0);
    CHECK(ready.json().object().value(s("ready")).toBool());
    CHECK(ready.json().object().value(s("blockers")).toArray().isEmpty());
    CHECK(v.run({ s("check"), v.vault, s("--read-only") }).exitCode == 0);
}
