#include "DomainSupport.h"

#include "audit/AttributionAudit.h"
#include "dossier/AnswerInbox.h"
#include "dossier/Answers.h"

using namespace inzage;
using namespace inzage::test;

namespace {

EntryContent mening(const QString& text)
{
    EntryContent c = note(text);
    c.label = Label::Mening;
    return c;
}

Answer answerFrom(Vault& v, Id parentId, Id entry, AnswerKind kind, const QString& text)
{
    auto r = Answers(v, professional()).add(entry, kind, text, parentId);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

Entry entryOf(Vault& v, Id id)
{
    auto r = Entries(v, professional()).get(id);
    REQUIRE(r.isOk());
    return *r;
}

AnswerStatus statusOf(Vault& v, Id answer)
{
    auto r = Answers(v, professional()).get(answer);
    REQUIRE(r.isOk());
    return r->status;
}

} // namespace

TEST_CASE("the AVG reply deadline is one month after the answer was given", "[inbox]")
{
    CHECK(AnswerInbox::replyDeadline(QStringLiteral("2026-01-31T10:00:00Z")).date() == QDate(2026, 2, 28));
    CHECK(AnswerInbox::replyDeadline(QStringLiteral("2026-03-05T08:30:00.123Z")).date() == QDate(2026, 4, 5));
    CHECK_FALSE(AnswerInbox::replyDeadline(QStringLiteral("gisteren")).isValid());
    // The reviewer's audit uses the same rule.
    CHECK(AttributionAudit::answerDeadline(QStringLiteral("2026-03-05T08:30:00Z"))
          == AnswerInbox::replyDeadline(QStringLiteral("2026-03-05T08:30:00Z")));
}

TEST_CASE("a concept report gives parents five working days, weekends not counted", "[inbox]")
{
    CHECK(AnswerInbox::conceptReactionDeadline(QDate(2026, 3, 2)) == QDate(2026, 3, 9));  // Mon -> Mon
    CHECK(AnswerInbox::conceptReactionDeadline(QDate(2026, 3, 6)) == QDate(2026, 3, 13)); // Fri -> Fri
    CHECK(AnswerInbox::conceptReactionDeadline(QDate(2026, 3, 7)) == QDate(2026, 3, 13)); // Sat -> Fri
    CHECK(AnswerInbox::conceptReactionDeadline(QDate(2026, 3, 4)) == QDate(2026, 3, 11)); // Wed -> Wed
}

TEST_CASE("the inbox lists overdue answers first, then open ones by deadline, then handled ones", "[inbox]")
{
    InboxItem handled, open, overdueLate, overdueEarly;
    handled.answer.id = 1;
    handled.open = false;
    handled.deadline = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    open.answer.id = 2;
    open.deadline = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    overdueLate.answer.id = 3;
    overdueLate.overdue = true;
    overdueLate.deadline = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    overdueEarly.answer.id = 4;
    overdueEarly.overdue = true;
    overdueEarly.deadline = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    std::vector<InboxItem> items {handled, open, overdueLate, overdueEarly};
    AnswerInbox::order(items);
    REQUIRE(items.size() == 4);
    CHECK(items[0].answer.id == 4);
    CHECK(items[1].answer.id == 3);
    CHECK(items[2].answer.id == 2);
    CHECK(items[3].answer.id == 1);
}

TEST_CASE("the inbox shows each answer with its entry, age, deadline and whether it is overdue", "[inbox]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id mother = addPerson(v, QStringLiteral("Sanne Jansen"), PersonRole::Ouder, QStringLiteral("moeder"));
    const Id e1 = addEntry(v, feit(QStringLiteral("Sanne kwam niet op de afspraak van 3 maart.")));
    const Id e2 = addEntry(v, mening(QStringLiteral("Moeder lijkt de zorgen niet te zien.")));
    const Answer a1 = answerFrom(v, mother, e1, AnswerKind::Correctieverzoek, QStringLiteral("Ik was er wel."));
    const Answer a2 = answerFrom(v, mother, e2, AnswerKind::Aanvulling, QStringLiteral("Ik zie ze wel."));
    REQUIRE(Answers(v, professional()).handle(a2.id, AnswerStatus::Verwerkt, QStringLiteral("Gelezen.")).isOk());

    const QDateTime later = AnswerInbox::replyDeadline(a1.createdAt).addDays(3);
    auto items = AnswerInbox(v, professional()).list(later);
    INFO(str(items.message()));
    REQUIRE(items.isOk());
    REQUIRE(items->size() == 2);
    const InboxItem& first = items->front();
    CHECK(first.answer.id == a1.id);
    CHECK(first.overdue);
    CHECK(first.entryLabel == Label::Feit);
    CHECK(first.entryText.startsWith(QStringLiteral("Sanne kwam")));
    CHECK(first.ageDays >= 28 + 3);
    CHECK(items->back().answer.id == a2.id);
    CHECK_FALSE(items->back().open);
    CHECK_FALSE(items->back().overdue);
}

TEST_CASE("an accepted correction of a feit is a new revision with its reason and handles the answer", "[inbox]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id mother = addPerson(v, QStringLiteral("Sanne Jansen"), PersonRole::Ouder, QStringLiteral("moeder"));
    const Id e = addEntry(v, feit(QStringLiteral("Moeder kwam niet op 3 maart.")));
    const Answer a = answerFrom(v, mother, e, AnswerKind::Correctieverzoek, QStringLiteral("Het was 4 maart."));
    const auto audits = auditRows(v);
    Status s = AnswerInbox(v, professional())
                   .acceptCorrection(a.id, QStringLiteral("Moeder kwam niet op 4 maart."),
                                     QStringLiteral("Datum verbeterd op verzoek van moeder."));
    INFO(str(s.message()));
    REQUIRE(s.isOk());
    const Entry now = entryOf(v, e);
    CHECK(now.rev == 2);
    CHECK(now.content.text == QStringLiteral("Moeder kwam niet op 4 maart."));
    CHECK(now.changeNote == QStringLiteral("Datum verbeterd op verzoek van moeder."));
    CHECK(now.content.label == Label::Feit);
    CHECK(statusOf(v, a.id) == AnswerStatus::Verwerkt);
    CHECK(auditRows(v) == audits + 2);
    auto history = Entries(v, professional()).history(e);
    REQUIRE(history.isOk());
    CHECK(history->size() == 2); // the old text stays readable
}

TEST_CASE("a correction that cannot be accepted changes nothing and says why", "[inbox]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id mother = addPerson(v, QStringLiteral("Sanne Jansen"), PersonRole::Ouder, QStringLiteral("moeder"));
    const Id f = addEntry(v, feit(QStringLiteral("Moeder kwam niet op 3 maart.")));
    // A correction request made while the entry was a feit, and the entry since labelled a mening.
    const Id m = addEntry(v, feit(QStringLiteral("Moeder werkt niet mee.")));
    const Answer onFeit = answerFrom(v, mother, f, AnswerKind::Correctieverzoek, QStringLiteral("Het was 4 maart."));
    const Answer onMening = answerFrom(v, mother, m, AnswerKind::Correctieverzoek, QStringLiteral("Wel."));
    {
        Entries entries(v, professional());
        EntryContent relabelled = mening(QStringLiteral("Moeder werkt niet mee."));
        REQUIRE(entries.revise(m, relabelled, QStringLiteral("is een oordeel")).isOk());
    }
    const auto audits = auditRows(v);
    AnswerInbox inbox(v, professional());

    struct Case {
        const char* what;
        Id answer;
        QString text, reason;
        const char* says;
    };
    const std::vector<Case> cases {
        {"empty reason", onFeit.id, QStringLiteral("Moeder kwam niet op 4 maart."), QStringLiteral("  "), "waarom"},
        {"empty text", onFeit.id, QStringLiteral(" "), QStringLiteral("reden"), "verbeterde tekst"},
        {"same text", onFeit.id, QStringLiteral("Moeder kwam niet op 3 maart."), QStringLiteral("reden"), "gelijk"},
        {"a mening", onMening.id, QStringLiteral("Moeder werkt mee."), QStringLiteral("reden"), "geen feit"},
        {"unknown answer", 999, QStringLiteral("x"), QStringLiteral("reden"), ""},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Status s = inbox.acceptCorrection(c.answer, c.text, c.reason);
        CHECK_FALSE(s.isOk());
        CHECK_FALSE(s.message().isEmpty());
        CHECK(s.message().contains(QString::fromUtf8(c.says)));
    }
    CHECK(auditRows(v) == audits);
    CHECK(entryOf(v, f).rev == 1);
    CHECK(entryOf(v, m).content.text == QStringLiteral("Moeder werkt niet mee."));
    CHECK(statusOf(v, onFeit.id) == AnswerStatus::Verstuurd);
}

TEST_CASE("an answer on a mening adds the parent's own view beside it and leaves the opinion", "[inbox]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id mother = addPerson(v, QStringLiteral("Sanne Jansen"), PersonRole::Ouder, QStringLiteral("moeder"));
    const Id m = addEntry(v, mening(QStringLiteral("Moeder werkt niet mee.")));
    const Answer a = answerFrom(v, mother, m, AnswerKind::Aanvulling, QStringLiteral("Ik kom op elke afspraak."));
    auto view = AnswerInbox(v, professional()).addOwnView(a.id, QStringLiteral("Ik kom op elke afspraak."), {});
    INFO(str(view.message()));
    REQUIRE(view.isOk());
    const Entry opinion = entryOf(v, m);
    CHECK(opinion.rev == 1);
    CHECK(opinion.content.text == QStringLiteral("Moeder werkt niet mee."));
    const Entry own = entryOf(v, *view);
    CHECK(own.content.label == Label::Mening);
    CHECK(own.content.holderId == mother);
    CHECK(own.content.section == opinion.content.section);
    CHECK(own.content.visibleToParent);
    CHECK(own.changeNote.contains(QString::number(m)));
    CHECK(statusOf(v, a.id) == AnswerStatus::Verwerkt);
    auto inParentCopy = parentViewOf(v, QStringLiteral("Sanne Jansen"));
    CHECK(Entries(*inParentCopy->vault, parent()).get(*view).isOk());
}

TEST_CASE("an own view is refused on a feit, without text or twice, and changes nothing", "[inbox]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id mother = addPerson(v, QStringLiteral("Sanne Jansen"), PersonRole::Ouder, QStringLiteral("moeder"));
    const Id f = addEntry(v, feit(QStringLiteral("Moeder kwam niet op 3 maart.")));
    const Id m = addEntry(v, mening(QStringLiteral("Moeder werkt niet mee.")));
    const Answer onFeit = answerFrom(v, mother, f, AnswerKind::Aanvulling, QStringLiteral("Ik was ziek."));
    const Answer onMening = answerFrom(v, mother, m, AnswerKind::Aanvulling, QStringLiteral("Ik werk mee."));
    AnswerInbox inbox(v, professional());
    const auto entries = scalar(v, "SELECT count(*) FROM entry");
    auto r1 = inbox.addOwnView(onFeit.id, QStringLiteral("Ik was ziek."), {});
    CHECK_FALSE(r1.isOk());
    CHECK(r1.message().contains(QStringLiteral("geen mening")));
    auto r2 = inbox.addOwnView(onMening.id, QStringLiteral("   "), {});
    CHECK_FALSE(r2.isOk());
    CHECK(r2.message().contains(QStringLiteral("eigen visie")));
    CHECK(scalar(v, "SELECT count(*) FROM entry") == entries);
    REQUIRE(inbox.addOwnView(onMening.id, QStringLiteral("Ik werk mee."), {}).isOk());
    auto again = inbox.addOwnView(onMening.id, QStringLiteral("Ik werk mee."), {});
    CHECK_FALSE(again.isOk());
    CHECK(again.message().contains(QStringLiteral("al afgehandeld")));
}

TEST_CASE("a reviewer cannot use the inbox", "[inbox]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id mother = addPerson(v, QStringLiteral("Sanne Jansen"), PersonRole::Ouder, QStringLiteral("moeder"));
    const Id f = addEntry(v, feit(QStringLiteral("Moeder kwam niet op 3 maart.")));
    answerFrom(v, mother, f, AnswerKind::Correctieverzoek, QStringLiteral("Het was 4 maart."));
    auto ro = Vault::open(t.path, pass("correct paard batterij"), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto items = AnswerInbox(**ro, reviewer()).list(QDateTime::currentDateTimeUtc());
    CHECK_FALSE(items.isOk());
    CHECK(items.status().code() == ErrorCode::Forbidden);
}
