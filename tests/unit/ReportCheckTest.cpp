// The report check: each rule is triggered by a fixture and cleared by the professional's fix, and
// a dossier that meets them all is ready. The check reads only.
#include "DomainSupport.h"

#include "dossier/Answers.h"
#include "dossier/CaseCommands.h"
#include "report/ReportCheck.h"

#include <algorithm>

using namespace inzage;
using namespace inzage::test;

namespace {

// A dossier that meets every rule: a feit with basis, a bron with the child spoken to, a mening
// with its holder, a handled answer, and both analyses marked.
struct ReadyDossier {
    TempVault t;
    Vault& v = *t.vault;
    Id mother = addPerson(v, QStringLiteral("Anouk"), PersonRole::Ouder, QStringLiteral("moeder"));
    Id child = addPerson(v, QStringLiteral("Tim"), PersonRole::Kind, QStringLiteral("zoon"));
    Id teacher = addPerson(v, QStringLiteral("Juf Ilse"), PersonRole::Informant, QStringLiteral("leerkracht"));
    Id feitId = addEntry(v, feit(QStringLiteral("Tim was 12 dagen afwezig."), QStringLiteral("Analyse zorgen")));
    Id bronId = addEntry(v, bron());
    Id meningId = addEntry(v, mening());
    Id answerId = 0;

    ReadyDossier()
    {
        auto a
            = Answers(v, professional()).add(feitId, AnswerKind::Aanvulling, QStringLiteral("Hij was ziek."), mother);
        INFO(str(a.message()));
        REQUIRE(a.isOk());
        answerId = a->id;
        REQUIRE(
            Answers(v, professional()).handle(answerId, AnswerStatus::Verwerkt, QStringLiteral("Opgenomen.")).isOk());
        CaseInput marks;
        marks.problemSection = QStringLiteral("Analyse zorgen");
        marks.strengthsSection = QStringLiteral("Analyse krachten");
        REQUIRE(CaseCommands(v, professional()).setCase(marks).isOk());
    }

    EntryContent bron()
    {
        EntryContent c
            = note(QStringLiteral("Tim vertelt dat hij graag voetbalt."), QStringLiteral("Analyse krachten"));
        c.label = Label::Bron;
        c.spokenTo.push_back(spoke(child, QStringLiteral("2026-03-01")));
        return c;
    }
    EntryContent mening()
    {
        EntryContent c = note(QStringLiteral("De juf maakt zich zorgen."), QStringLiteral("Analyse zorgen"));
        c.label = Label::Mening;
        c.holderId = teacher;
        return c;
    }

    Readiness check()
    {
        auto r = ReportCheck(v, professional()).run();
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        return *r;
    }
    std::vector<Blocker> blockers(const char* rule)
    {
        std::vector<Blocker> out;
        for (const Blocker& b : check().blockers)
            if (b.rule == QLatin1String(rule))
                out.push_back(b);
        return out;
    }
    void setCase(const CaseInput& in) { REQUIRE(CaseCommands(v, professional()).setCase(in).isOk()); }
};

// What an older version or a tampered import may have left: a revision with a label and nothing else.
void forceBareLabel(Vault& v, Id entry, const char* label)
{
    const QByteArray id = QByteArray::number(qint64(entry));
    const QByteArray insert
        = "INSERT INTO entry_revision(entry_id, rev, text, section, recorded_at, label, changed_by) "
          "SELECT entry_id, rev + 1, text, section, recorded_at, '"
        + QByteArray(label)
        + "', 'oude versie' FROM entry_revision WHERE id = (SELECT current_revision_id FROM entry "
          "WHERE id = "
        + id + ")";
    rawSql(v, insert.constData());
    const QByteArray point = "UPDATE entry SET current_revision_id = last_insert_rowid(), label = '" + QByteArray(label)
        + "' WHERE id = " + id;
    rawSql(v, point.constData());
}

} // namespace

TEST_CASE("a dossier that meets every rule is ready, and checking it writes nothing", "[reportcheck]")
{
    ReadyDossier d;
    const auto rows = auditRows(d.v);
    const Readiness r = d.check();
    for (const Blocker& b : r.blockers)
        INFO(str(b.rule) << ": " << str(b.message));
    CHECK(r.ready());
    CHECK(r.blockers.empty());
    CHECK(auditRows(d.v) == rows);
}

TEST_CASE("an unlabelled entry blocks the report, named by its entry, until it is labelled", "[reportcheck]")
{
    ReadyDossier d;
    const Id open = addEntry(d.v, note(QStringLiteral("Nog te beoordelen."), QStringLiteral("Analyse zorgen")));
    const auto found = d.blockers(ReportCheck::kUnlabelled);
    REQUIRE(found.size() == 1);
    CHECK(found.front().entry == open);
    CHECK(found.front().message.contains(QStringLiteral("%1").arg(open)));
    CHECK_FALSE(d.check().ready());
    REQUIRE(Entries(d.v, professional())
                .revise(open, feit(QStringLiteral("Nog te beoordelen."), QStringLiteral("Analyse zorgen")),
                    QStringLiteral("label: feit"))
                .isOk());
    CHECK(d.check().ready());
}

TEST_CASE("a bron without who was spoken to blocks the report: naming them clears it", "[reportcheck]")
{
    ReadyDossier d;
    forceBareLabel(d.v, d.bronId, "bron");
    const auto found = d.blockers(ReportCheck::kBronWithoutSpokenTo);
    REQUIRE(found.size() == 1);
    CHECK(found.front().entry == d.bronId);
    // The child is now spoken to nowhere either; the fix names the child again.
    REQUIRE(Entries(d.v, professional()).addSpokenTo(d.bronId, spoke(d.child, QStringLiteral("2026-03-01"))).isOk());
    CHECK(d.check().ready());
}

TEST_CASE("a feit without a basis blocks the report: giving the basis clears it", "[reportcheck]")
{
    ReadyDossier d;
    forceBareLabel(d.v, d.feitId, "feit");
    const auto found = d.blockers(ReportCheck::kFeitWithoutBasis);
    REQUIRE(found.size() == 1);
    CHECK(found.front().entry == d.feitId);
    REQUIRE(Entries(d.v, professional())
                .revise(d.feitId, feit(QStringLiteral("Tim was 12 dagen afwezig."), QStringLiteral("Analyse zorgen")),
                    QStringLiteral("basis"))
                .isOk());
    CHECK(d.check().ready());
}

TEST_CASE("a mening of nobody blocks the report: naming the holder clears it", "[reportcheck]")
{
    ReadyDossier d;
    EntryContent c = d.mening();
    c.holderId.reset();
    const Id orphan = addEntry(d.v, c);
    const auto found = d.blockers(ReportCheck::kMeningWithoutHolder);
    REQUIRE(found.size() == 1);
    CHECK(found.front().entry == orphan);
    REQUIRE(Entries(d.v, professional()).revise(orphan, d.mening(), QStringLiteral("houder")).isOk());
    CHECK(d.check().ready());
}

TEST_CASE(
    "a parent's answer not yet handled blocks the report on its entry: turning it down clears it", "[reportcheck]")
{
    ReadyDossier d;
    auto a = Answers(d.v, professional())
                 .add(d.meningId, AnswerKind::Aanvulling, QStringLiteral("Ik zie het anders."), d.mother);
    REQUIRE(a.isOk());
    auto found = d.blockers(ReportCheck::kAnswerNotHandled);
    REQUIRE(found.size() == 1);
    CHECK(found.front().entry == d.meningId);
    CHECK(found.front().answer == a->id);
    REQUIRE(Answers(d.v, professional()).handle(a->id, AnswerStatus::InBehandeling, {}).isOk());
    CHECK(d.blockers(ReportCheck::kAnswerNotHandled).size() == 1); // in behandeling is not handled yet
    REQUIRE(
        Answers(d.v, professional())
            .handle(a->id, AnswerStatus::Afgewezen, QStringLiteral("Een mening blijft staan; uw visie staat ernaast."))
            .isOk());
    CHECK(d.check().ready());
}

TEST_CASE("without a marked problem analysis the report is blocked and a heading like it is suggested", "[reportcheck]")
{
    ReadyDossier d;
    CaseInput clear;
    clear.problemSection = QString();
    d.setCase(clear);
    auto found = d.blockers(ReportCheck::kProblemAnalysisMissing);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found.front().entry.has_value());
    CHECK(found.front().message.contains(QStringLiteral("'Analyse zorgen'")));
    CHECK_FALSE(found.front().message.contains(QStringLiteral("--"))); // the CLI names its own option

    CaseInput wrong;
    wrong.problemSection = QStringLiteral("Bestaat niet");
    d.setCase(wrong);
    found = d.blockers(ReportCheck::kProblemAnalysisMissing);
    REQUIRE(found.size() == 1);
    CHECK(found.front().message.contains(QStringLiteral("Bestaat niet")));

    CaseInput right;
    right.problemSection = QStringLiteral("Analyse zorgen");
    d.setCase(right);
    CHECK(d.check().ready());
}

TEST_CASE("without a marked strengths analysis the report is blocked until one is marked", "[reportcheck]")
{
    ReadyDossier d;
    CaseInput clear;
    clear.strengthsSection = QString();
    d.setCase(clear);
    const auto found = d.blockers(ReportCheck::kStrengthsAnalysisMissing);
    REQUIRE(found.size() == 1);
    CHECK(found.front().message.contains(QStringLiteral("'Analyse krachten'")));
    CHECK_FALSE(found.front().message.contains(QStringLiteral("--")));
    CaseInput right;
    right.strengthsSection = QStringLiteral("Analyse krachten");
    d.setCase(right);
    CHECK(d.check().ready());
}

TEST_CASE("a child spoken to nowhere blocks the report unless the report says why not", "[reportcheck]")
{
    ReadyDossier d;
    EntryContent c = d.bron();
    c.spokenTo = { spoke(d.teacher, QStringLiteral("2026-03-01")) };
    REQUIRE(Entries(d.v, professional()).revise(d.bronId, c, QStringLiteral("juf")).isOk());
    REQUIRE(d.blockers(ReportCheck::kChildNotSpokenTo).size() == 1);
    CHECK(d.check().blockers.size() == 1);
    CaseInput why;
    why.childNotSpokenReason = QStringLiteral("Tim is 3 jaar; een gesprek past niet bij zijn leeftijd.");
    d.setCase(why);
    CHECK(d.check().ready());
}

TEST_CASE("the check pages through more entries than one page and finds a blocker on the last", "[reportcheck]")
{
    ReadyDossier d;
    std::vector<EntryContent> many;
    for (int i = 0; i < 1200; ++i)
        many.push_back(feit(QStringLiteral("Feit %1.").arg(i), QStringLiteral("Analyse zorgen")));
    auto ids = Entries(d.v, professional()).addAll(many, QStringLiteral("import"));
    REQUIRE(ids.isOk());
    const Id last = addEntry(d.v, note(QStringLiteral("Laatste, onbeoordeeld."), QStringLiteral("Analyse zorgen")));
    const auto found = d.blockers(ReportCheck::kUnlabelled);
    REQUIRE(found.size() == 1);
    CHECK(found.front().entry == last);
}

TEST_CASE("rule codes are stable English snake_case", "[reportcheck]")
{
    for (const char* code :
        { ReportCheck::kUnlabelled, ReportCheck::kBronWithoutSpokenTo, ReportCheck::kFeitWithoutBasis,
            ReportCheck::kMeningWithoutHolder, ReportCheck::kAnswerNotHandled, ReportCheck::kProblemAnalysisMissing,
            ReportCheck::kStrengthsAnalysisMissing, ReportCheck::kChildNotSpokenTo }) {
        const QString c = QString::fromLatin1(code);
        CHECK(std::all_of(c.begin(), c.end(),
            [](QChar ch) { return ch == QLatin1Char('_') || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')); }));
    }
    CHECK(QString::fromLatin1(ReportCheck::kUnlabelled) == QStringLiteral("unlabelled"));
    CHECK(QString::fromLatin1(ReportCheck::kChildNotSpokenTo) == QStringLiteral("child_not_spoken_to"));
}

TEST_CASE("a reviewer who opened the file read-only can run the check", "[reportcheck]")
{
    ReadyDossier d;
    d.t.vault.reset();
    auto ro = Vault::open(d.t.path, pass("correct paard batterij"), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto r = ReportCheck(**ro, reviewer()).run();
    REQUIRE(r.isOk());
    CHECK(r->ready());
}
