// The reviewer's audit: figures against a hand-counted dossier, every rule of its own with a fixture
// that triggers it and one that does not, and an audit that only ever reads a read-only file.
#include "ExchangeSupport.h"

#include "audit/AttributionAudit.h"
#include "audit/AuditChain.h"
#include "audit/ReportRecords.h"
#include "dossier/SourceApprovals.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>

using namespace inzage;
using namespace inzage::test;

namespace {

// An entry as an older version could leave it (a feit without basis, a bron without anyone spoken
// to): written behind the domain's back, which refuses such entries today.
void rawEntry(Vault& v, int id, const char* label, const char* section, const char* text)
{
    const QByteArray sql = QStringLiteral(
        "INSERT INTO entry(id, position, created_at, current_revision_id, label, section) VALUES (%1, %1, "
        "'2026-01-05T10:00:00.000Z', %1, '%2', '%3'); "
        "INSERT INTO entry_revision(id, entry_id, rev, text, section, recorded_at, label, changed_by) VALUES "
        "(%1, %1, 1, '%4', '%3', '2026-01-05T10:00:00.000Z', '%2', 'oud (professional)');")
                               .arg(id)
                               .arg(QString::fromLatin1(label), QString::fromLatin1(section), QString::fromLatin1(text))
                               .toUtf8();
    rawSql(v, sql.constData());
}

// An answer given and handled on fixed days (the domain stamps today's date).
void rawAnswer(Vault& v, int id, Id entry, const char* given, const char* handledAt, const char* status)
{
    const QByteArray sql = QStringLiteral(
        "INSERT INTO answer(id, uid, entry_id, created_at) VALUES (%1, 'raw-%1', %2, '%3'); "
        "INSERT INTO answer_revision(answer_id, rev, entry_rev, kind, text, changed_by, changed_at) VALUES "
        "(%1, 1, 1, 'vraag', 'Waarom?', 'moeder (ouder)', '%3'); "
        "INSERT INTO answer_handling(answer_id, seq, answer_rev, status, reply, handled_by, handled_at, changed_by) "
        "VALUES (%1, 1, 1, '%5', 'Zie het rapport.', 'j.devries', '%4', 'j.devries (professional)');")
                               .arg(id)
                               .arg(entry)
                               .arg(QString::fromLatin1(given), QString::fromLatin1(handledAt),
                                   QString::fromLatin1(status))
                               .toUtf8();
    rawSql(v, sql.constData());
}

Id bron(Vault& v, Id person, const QString& text, const QString& on, Method method)
{
    EntryContent c = note(text, QStringLiteral("Aanleiding"));
    c.label = Label::Bron;
    c.spokenTo = { spoke(person, on, method) };
    return addEntry(v, c);
}

Status approve(Vault& v, Id entry, Id person, const char* on)
{
    ApprovalInput in;
    in.entry = entry;
    in.by.nameOrId = QStringLiteral("#%1").arg(person);
    in.on = QString::fromLatin1(on);
    in.method = QStringLiteral("schriftelijk");
    return SourceApprovals(v, professional()).approve(in).status();
}

} // namespace

TEST_CASE("audit figures match a hand-counted dossier", "[attribution]")
{
    TempVault pro { kProPass };
    Vault& v = *pro.vault;
    const Id mother = addPerson(v, QStringLiteral("Moeder Visser"), PersonRole::Ouder, QStringLiteral("moeder"));
    const Id father = addPerson(v, QStringLiteral("Vader Visser"), PersonRole::Ouder, QStringLiteral("vader"));
    const Id child = addPerson(v, QStringLiteral("Anouk Visser"), PersonRole::Kind, QStringLiteral("dochter"));
    const Id teacher = addPerson(v, QStringLiteral("Marja Bos"));
    const Id melder = addPerson(v, QStringLiteral("Buurman Melder"), PersonRole::Informant, QStringLiteral("buurman"),
        true, QStringLiteral("art. 5.2.6 Wmo 2015"));
    const Id silent = addPerson(v, QStringLiteral("Stille Melder"), PersonRole::Informant, QStringLiteral("buurvrouw"),
        true, QStringLiteral("wordt aangevuld"));
    rawSql(v, "UPDATE person SET shield_reason = ' ' WHERE name = 'Stille Melder'");

    const Id f1 = addEntry(v, feit(QStringLiteral("Anouk was 12 dagen afwezig.")));
    rawEntry(v, 90, "bron", "Aanleiding", "Iemand zei dat het niet goed gaat.");
    rawEntry(v, 91, "feit", "Aanleiding", "Er is een melding gedaan.");
    const Id b3 = bron(v, teacher, QStringLiteral("De leerkracht vertelt dat Anouk moe is."),
        QStringLiteral("2026-02-03"), Method::Telefoon);
    const Id b4 = bron(v, mother, QStringLiteral("Moeder vertelt dat het thuis rustig is."),
        QStringLiteral("2026-02-04"), Method::Onbekend);
    const Id b5 = bron(
        v, melder, QStringLiteral("Er is 's avonds geschreeuw."), QStringLiteral("2026-02-05"), Method::Telefoon);
    EntryContent m6 = note(QStringLiteral("De zorgen zijn terecht."), QStringLiteral("Conclusie"));
    m6.label = Label::Mening;
    m6.holderId = teacher;
    m6.restsOn = { f1 };
    const Id e6 = addEntry(v, m6);
    EntryContent m7 = note(QStringLiteral("Het gezin heeft hulp nodig."), QStringLiteral("Conclusie"));
    m7.label = Label::Mening;
    const Id e7 = addEntry(v, m7);
    const Id e8 = addEntry(v, note(QStringLiteral("Nog te beoordelen zin.")));
    REQUIRE(approve(v, b3, teacher, "2026-02-06").isOk());
    REQUIRE(approve(v, b5, melder, "2026-02-06").isOk());
    {
        Entries entries(v, professional());
        EntryContent changed = entries.get(b5)->content;
        changed.text = QStringLiteral("Er is 's avonds vaak geschreeuw.");
        REQUIRE(entries.revise(b5, changed, QStringLiteral("aangevuld")).isOk());
    }
    rawAnswer(v, 100, b3, "2026-01-01T09:00:00.000Z", "2026-01-11T09:00:00.000Z", "verwerkt");
    rawAnswer(v, 101, b4, "2026-01-01T09:00:00.000Z", "2026-03-01T09:00:00.000Z", "afgewezen");
    auto open = Answers(v, professional()).add(e7, AnswerKind::Aanvulling, QStringLiteral("Dat klopt niet."), mother);
    REQUIRE(open.isOk());
    pro.vault.reset();

    auto ro = Vault::open(pro.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    REQUIRE((*ro)->role() == Role::Reviewer);
    auto report = AttributionAudit(**ro, reviewer()).run();
    INFO(str(report.message()));
    REQUIRE(report.isOk());
    const AttributionFigures& t = report->total;
    CHECK(t.entries == 9);
    auto same = [](const Share& s, int n, int of) { return s.n == n && s.of == of; };
    CHECK(same(t.labelled, 8, 9));
    CHECK(same(t.bronNamed, 3, 4));
    CHECK(same(t.bronDated, 3, 4));
    CHECK(same(t.bronMethod, 2, 4));
    CHECK(same(t.bronApproved, 1, 4));
    CHECK(same(t.feitBasis, 1, 2));
    CHECK(same(t.meningHolder, 1, 2));
    CHECK(same(t.conclusionFeiten, 1, 2));
    CHECK(t.labelled.value() == Approx(8.0 / 9.0));
    CHECK_FALSE(Share {}.value().has_value());

    REQUIRE(report->bySection.count(QStringLiteral("Conclusie")) == 1);
    const AttributionFigures& conclusion = report->bySection.at(QStringLiteral("Conclusie"));
    CHECK(conclusion.entries == 2);
    CHECK(same(conclusion.conclusionFeiten, 1, 2));
    CHECK(report->bySection.at(QStringLiteral("Aanleiding")).entries == 7);
    REQUIRE(report->byAuthor.count(QStringLiteral("oud (professional)")) == 1);
    CHECK(report->byAuthor.at(QStringLiteral("oud (professional)")).entries == 2);
    CHECK(same(report->byAuthor.at(QStringLiteral("oud (professional)")).feitBasis, 0, 1));
    CHECK(report->byAuthor.at(QStringLiteral("j.devries (professional)")).entries == 7);
    CHECK(report->byPeriod.at(QStringLiteral("2026-01")).entries == 2);

    std::map<Id, int> spoken;
    for (const ContactSummary& c : report->spokenTo)
        spoken[c.person.id] = c.entryCount;
    CHECK(spoken[teacher] == 1);
    CHECK(spoken[mother] == 1);
    CHECK(spoken[melder] == 1);
    QList<Id> never;
    for (const Person& p : report->neverSpokenTo)
        never << p.id;
    CHECK(never == QList<Id> { father, child });

    const AnswerFigures& a = report->answers;
    CHECK(a.total == 3);
    CHECK(a.entriesAnswered == 3);
    CHECK(a.handled == 2);
    CHECK(a.open == 1);
    CHECK(a.overdue == 0);
    CHECK(a.handledLate == 1);
    REQUIRE(a.medianDaysToHandle.has_value());
    CHECK(*a.medianDaysToHandle == Approx((10.0 + 59.0) / 2.0));

    // Findings: each rule where it applies and nowhere else.
    auto where = [&](const char* rule) {
        QList<qint64> at;
        for (const Finding& f : report->findings)
            if (f.rule == QLatin1String(rule))
                at << (f.answer ? *f.answer : f.entry ? *f.entry : -(f.person ? *f.person : 0));
        return at;
    };
    CHECK(where("feit_without_basis") == QList<qint64> { 91 });
    CHECK(where("bron_without_spoken_to") == QList<qint64> { 90 });
    CHECK(where("bron_without_method") == QList<qint64> { b4 });
    CHECK(where("bron_not_approved") == QList<qint64> { 90, b4 });
    CHECK(where("bron_approval_outdated") == QList<qint64> { b5 });
    CHECK(where("mening_without_holder") == QList<qint64> { e7 });
    CHECK(where("conclusion_without_feiten") == QList<qint64> { e7 });
    CHECK(where("unlabelled") == QList<qint64> { e8 });
    CHECK(where("answer_handled_late") == QList<qint64> { 101 });
    CHECK(where("answer_overdue").isEmpty());
    CHECK(where("shielded_source_without_reason") == QList<qint64> { -silent });
    CHECK(where("child_not_spoken_to").size() == 1);
    (void)e6;
    for (const Finding& f : report->findings) {
        INFO(str(f.rule));
        CHECK_FALSE(f.message.isEmpty());
        CHECK((f.severity == QLatin1String("hoog") || f.severity == QLatin1String("middel")
            || f.severity == QLatin1String("laag")));
    }
    CHECK(report->findings.front().severity == QStringLiteral("hoog"));

    SECTION("an open answer past one month is overdue, one within it is not")
    {
        auto later = AttributionAudit(**ro, reviewer()).run(QDateTime::currentDateTimeUtc().addDays(32));
        REQUIRE(later.isOk());
        CHECK(later->answers.overdue == 1);
        QList<Id> overdue;
        for (const Finding& f : later->findings)
            if (f.rule == QLatin1String("answer_overdue"))
                overdue << *f.answer;
        CHECK(overdue == QList<Id> { open->id });
        auto soon = AttributionAudit(**ro, reviewer()).run(QDateTime::currentDateTimeUtc().addDays(27));
        CHECK(soon->answers.overdue == 0);
    }
}

TEST_CASE("a shielded source used in an entry without a legal reason is a finding on that entry", "[attribution]")
{
    TempVault pro { kProPass };
    Vault& v = *pro.vault;
    const Id silent = addPerson(v, QStringLiteral("Stille Melder"), PersonRole::Informant, QStringLiteral("buurvrouw"),
        true, QStringLiteral("wordt aangevuld"));
    const Id named = addPerson(v, QStringLiteral("Buurman Melder"), PersonRole::Informant, QStringLiteral("buurman"),
        true, QStringLiteral("art. 5.2.6 Wmo 2015"));
    const Id without = bron(v, silent, QStringLiteral("Er is ruzie."), QStringLiteral("2026-02-05"), Method::Telefoon);
    bron(v, named, QStringLiteral("Er is lawaai."), QStringLiteral("2026-02-05"), Method::Telefoon);
    rawSql(v, "UPDATE person SET shield_reason = '  ' WHERE name = 'Stille Melder'");
    pro.vault.reset();
    auto ro = Vault::open(pro.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto report = AttributionAudit(**ro, reviewer()).run();
    REQUIRE(report.isOk());
    std::vector<Finding> hits;
    for (const Finding& f : report->findings)
        if (f.rule == QLatin1String("shielded_source_without_reason"))
            hits.push_back(f);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].entry == without);
    CHECK(hits[0].person == silent);
    CHECK(hits[0].severity == QStringLiteral("hoog"));
}

TEST_CASE("the audit runs only on a file opened read-only and leaves it byte-identical", "[attribution]")
{
    TempVault pro { kProPass };
    addEntry(*pro.vault, feit(QStringLiteral("Anouk was 12 dagen afwezig.")));
    auto refused = AttributionAudit(*pro.vault, professional()).run();
    CHECK(refused.code() == ErrorCode::Forbidden);
    pro.vault.reset();
    const QByteArray before = QCryptographicHash::hash(readAll(pro.path), QCryptographicHash::Sha256);
    const QStringList filesBefore = QDir(pro.dir.path()).entryList(QDir::Files);
    {
        auto ro = Vault::open(pro.path, pass(kProPass), OpenMode::ReadOnly);
        REQUIRE(ro.isOk());
        CHECK((*ro)->isReadOnly());
        CHECK(AttributionAudit(**ro, reviewer()).run().isOk());
        // No -wal or -shm beside it while it is open: nothing is written into the folder.
        CHECK(QDir(pro.dir.path()).entryList(QDir::Files) == filesBefore);
    }
    CHECK(QCryptographicHash::hash(readAll(pro.path), QCryptographicHash::Sha256) == before);
    CHECK(QDir(pro.dir.path()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("an entry revised after the final report is a finding, one revised before it is not", "[attribution]")
{
    TempVault pro { kProPass };
    Vault& v = *pro.vault;
    const Id before = addEntry(v, QStringLiteral("Eerst zo."));
    const Id after = addEntry(v, QStringLiteral("Toen zo."));
    const Id untouched = addEntry(v, QStringLiteral("Blijft zo."));
    Entries entries(v, professional());
    REQUIRE(entries.revise(before, note(QStringLiteral("Eerst anders.")), QStringLiteral("vóór het rapport")).isOk());
    // A final report as ReportMaker records it (that path is tested in ReportMakerTest).
    ReportRecord r;
    r.contentHash = QString(64, QLatin1Char('a'));
    r.head = QString::fromLatin1(AuditChain::head(v.db()).toHex());
    r.headSeq = auditRows(v);
    r.fileHash = QString(64, QLatin1Char('b'));
    r.pages = 3;
    REQUIRE(AuditChain::append(v.db(), { QStringLiteral("j.devries (professional)"), QString::fromLatin1(kReportFinalAction),
        QStringLiteral("report"), {}, r.after() }).isOk());
    REQUIRE(entries.revise(after, note(QStringLiteral("Toen anders.")), QStringLiteral("na het rapport")).isOk());
    pro.vault.reset();

    auto ro = Vault::open(pro.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto report = AttributionAudit(**ro, reviewer()).run();
    REQUIRE(report.isOk());
    std::vector<Id> hits;
    for (const Finding& f : report->findings)
        if (f.rule == QLatin1String("changed_after_final_report"))
            hits.push_back(*f.entry);
    CHECK(hits == std::vector<Id> { after });
    CHECK(std::find(hits.begin(), hits.end(), untouched) == hits.end());
}

TEST_CASE("an extended AVG request is due three months after it was given, not one", "[attribution]")
{
    TempVault pro { kProPass };
    Vault& v = *pro.vault;
    const Id entry = addEntry(v, feit(QStringLiteral("Moeder kwam niet op de afspraak.")));
    // Four requests to correct, given on 1 January: open or handled on 1 March, with or without an
    // extension (until 1 April, as AnswerExtensions records it).
    auto request = [&](int id, bool extended, const char* handledAt) {
        QString sql = QStringLiteral(
            "INSERT INTO answer(id, uid, entry_id, created_at) VALUES (%1, 'raw-%1', %2, '2026-01-01T09:00:00.000Z'); "
            "INSERT INTO answer_revision(answer_id, rev, entry_rev, kind, text, changed_by, changed_at) VALUES "
            "(%1, 1, 1, 'correctieverzoek', 'Ik was er wel.', 'moeder (ouder)', '2026-01-01T09:00:00.000Z');")
                          .arg(id)
                          .arg(entry);
        if (extended)
            sql += QStringLiteral("INSERT INTO answer_extension(answer_id, until, reason, extended_at, extended_by) "
                                  "VALUES (%1, '2026-04-01T09:00:00.000Z', 'Het verslag van de school komt later.', "
                                  "'2026-01-20T09:00:00.000Z', 'j.devries (professional)');")
                       .arg(id);
        if (handledAt)
            sql += QStringLiteral("INSERT INTO answer_handling(answer_id, seq, answer_rev, status, reply, handled_by, "
                                  "handled_at, changed_by) VALUES (%1, 1, 1, 'verwerkt', 'Aangepast.', 'j.devries', "
                                  "'%2', 'j.devries (professional)');")
                       .arg(id)
                       .arg(QString::fromLatin1(handledAt));
        rawSql(v, sql.toUtf8().constData());
    };
    request(200, true, nullptr);
    request(201, false, nullptr);
    request(202, true, "2026-03-01T09:00:00.000Z");
    request(203, false, "2026-03-01T09:00:00.000Z");
    pro.vault.reset();
    auto ro = Vault::open(pro.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto rules = [&](const QDateTime& now, const char* rule) {
        auto report = AttributionAudit(**ro, reviewer()).run(now);
        REQUIRE(report.isOk());
        QList<Id> at;
        for (const Finding& f : report->findings)
            if (f.rule == QLatin1String(rule))
                at << *f.answer;
        return at;
    };
    const QDateTime midFebruary = QDateTime::fromString(QStringLiteral("2026-02-15T09:00:00Z"), Qt::ISODate);
    const QDateTime midApril = QDateTime::fromString(QStringLiteral("2026-04-15T09:00:00Z"), Qt::ISODate);
    CHECK(rules(midFebruary, "answer_overdue") == QList<Id> { 201 });
    CHECK(rules(midApril, "answer_overdue") == QList<Id> { 200, 201 });
    CHECK(rules(midApril, "answer_handled_late") == QList<Id> { 203 });
    auto report = AttributionAudit(**ro, reviewer()).run(midFebruary);
    REQUIRE(report.isOk());
    CHECK(report->answers.overdue == 1);
    CHECK(report->answers.handledLate == 1);
}
