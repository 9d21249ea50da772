// "Concept naar de ouders": its own audited act with at least 5 working days to react, the final
// report waiting while that time runs, and the concept's entries travelling to each parent copy
// limited to what that parent sees, by a new copy and by an update file.
#include "ExchangeSupport.h"

#include "audit/AuditChain.h"
#include "dossier/AnswerInbox.h"
#include "report/ConceptRelease.h"
#include "report/ReportCheck.h"

#include <QThread>

using namespace inzage;
using namespace inzage::test;

namespace {

EntryContent hiddenNote(const QString& text)
{
    EntryContent c = note(text, QStringLiteral("Intern"));
    c.visibleToParent = false;
    return c;
}

bool hasBlocker(Vault& v, const char* rule)
{
    auto r = ReportCheck(v, professional()).run();
    REQUIRE(r.isOk());
    for (const Blocker& b : r->blockers)
        if (b.rule == QLatin1String(rule))
            return true;
    return false;
}

struct Concept : ExchangePair {
    Id shown = addEntry(*pro.vault, QStringLiteral("Moeder bracht het kind elke dag naar school."));
    Id secret = addEntry(*pro.vault, hiddenNote(QStringLiteral("Werkhypothese albatros, niet voor de ouders.")));

    QString updateFile(const char* name)
    {
        const QString f = file(name);
        const Status s = AnswerExchange::exportUpdates(*pro.vault, {}, f);
        INFO(str(s.message()));
        REQUIRE(s.isOk());
        return f;
    }
};

} // namespace

TEST_CASE("sending the concept records it, its entries and an audit row, with 5 working days at least", "[concept]")
{
    Concept c;
    const QDate monday(2026, 11, 30);
    const std::int64_t audit = auditRows(*c.pro.vault);
    ConceptReleases releases(*c.pro.vault, professional());
    auto r = releases.release(monday);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    CHECK(r->reactUntil == AnswerInbox::conceptReactionDeadline(monday));
    CHECK(r->reactUntil == QDate(2026, 12, 7)); // Tuesday to Friday, and Monday
    CHECK(r->entries == 2);
    CHECK(r->contentHash.size() == 64);
    auto entries = releases.entriesOf(r->id);
    REQUIRE(entries.isOk());
    CHECK(*entries == std::set<Id> {c.shown, c.secret});
    CHECK(auditRows(*c.pro.vault) == audit + 1);
    CHECK(scalarText(*c.pro.vault, "SELECT action FROM audit ORDER BY seq DESC LIMIT 1") == QStringLiteral("report.concept"));
    CHECK(scalarText(*c.pro.vault, "SELECT after FROM audit ORDER BY seq DESC LIMIT 1").contains(r->contentHash));
    auto verdict = AuditChain::verify(c.pro.vault->db());
    REQUIRE(verdict.isOk());
    CHECK(verdict->intact);

    // A later day is fine; a second concept is a new row, the first stays.
    auto later = releases.release(monday, QDate(2026, 12, 14));
    REQUIRE(later.isOk());
    auto all = releases.all();
    REQUIRE(all.isOk());
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].reactUntil == QDate(2026, 12, 7));
    CHECK(releases.latest()->value().id == later->id);
    // The record cannot be changed or taken back, even with raw SQL.
    CHECK(rawSqlCode(*c.pro.vault, "UPDATE concept_release SET react_until = '2026-12-01'") != SQLITE_OK);
    CHECK(rawSqlCode(*c.pro.vault, "DELETE FROM concept_release_entry") != SQLITE_OK);
}

TEST_CASE("a reaction time shorter than 5 working days, or over three months, is refused and records nothing", "[concept]")
{
    Concept c;
    const QDate friday(2026, 12, 4);
    const std::int64_t audit = auditRows(*c.pro.vault);
    ConceptReleases releases(*c.pro.vault, professional());
    auto tooSoon = releases.release(friday, QDate(2026, 12, 10)); // Mon..Thu: 4 working days
    CHECK(tooSoon.code() == ErrorCode::InvalidInput);
    CHECK(tooSoon.message().contains(QStringLiteral("2026-12-11")));
    CHECK(releases.release(friday, QDate(2027, 4, 1)).code() == ErrorCode::InvalidInput);
    CHECK(releases.release(friday, QDate()).code() == ErrorCode::InvalidInput);
    CHECK(auditRows(*c.pro.vault) == audit);
    CHECK(scalar(*c.pro.vault, "SELECT count(*) FROM concept_release") == 0);
}

TEST_CASE("the concept is the professional's: refused in a parent copy and read-only", "[concept][roles]")
{
    Concept c;
    c.makeCopy();
    CHECK(ConceptReleases(*c.copy, parent()).release(QDate::currentDate()).code() == ErrorCode::Forbidden);
    c.copy.reset();
    auto readOnly = Vault::open(c.pro.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(readOnly.isOk());
    CHECK_FALSE(ConceptReleases(**readOnly, reviewer()).release(QDate::currentDate()).isOk());
}

TEST_CASE("the final report waits while the parents may still react to the concept", "[concept][check]")
{
    Concept c;
    CHECK_FALSE(hasBlocker(*c.pro.vault, ReportCheck::kConceptReactionOpen));
    // Sent three weeks ago: the reaction time has ended.
    REQUIRE(ConceptReleases(*c.pro.vault, professional()).release(QDate::currentDate().addDays(-21)).isOk());
    CHECK_FALSE(hasBlocker(*c.pro.vault, ReportCheck::kConceptReactionOpen));
    // Sent today: it runs.
    REQUIRE(ConceptReleases(*c.pro.vault, professional()).release(QDate::currentDate()).isOk());
    CHECK(hasBlocker(*c.pro.vault, ReportCheck::kConceptReactionOpen));
}

TEST_CASE("a new parent copy holds the concept with only the entries the parent sees", "[concept][ouderexemplaar]")
{
    Concept c;
    auto r = ConceptReleases(*c.pro.vault, professional()).release(QDate::currentDate());
    REQUIRE(r.isOk());
    c.makeCopy();
    ConceptReleases inCopy(*c.copy, parent());
    auto latest = inCopy.latest();
    REQUIRE(latest.isOk());
    REQUIRE(latest->has_value());
    CHECK((*latest)->reactUntil == r->reactUntil);
    auto entries = inCopy.entriesOf((*latest)->id);
    REQUIRE(entries.isOk());
    CHECK(*entries == std::set<Id> {c.shown});
}

TEST_CASE("an update file takes the concept to a copy made before it, once", "[concept][update]")
{
    Concept c;
    c.makeCopy();
    auto r = ConceptReleases(*c.pro.vault, professional()).release(QDate::currentDate());
    REQUIRE(r.isOk());
    const QString f = c.updateFile("update-concept.bin");
    auto imported = AnswerExchange::importUpdates(*c.copy, parent(), f);
    INFO(str(imported.message()));
    REQUIRE(imported.isOk());
    CHECK(imported->content.concepts == 1);
    ConceptReleases inCopy(*c.copy, parent());
    auto latest = inCopy.latest();
    REQUIRE(latest.isOk());
    REQUIRE(latest->has_value());
    CHECK((*latest)->contentHash == r->contentHash);
    CHECK(*inCopy.entriesOf((*latest)->id) == std::set<Id> {c.shown});
    // The hidden entry's text is nowhere in the copy.
    CHECK(scalar(*c.copy, "SELECT count(*) FROM concept_release_entry") == 1);

    auto again = AnswerExchange::importUpdates(*c.copy, parent(), f);
    REQUIRE(again.isOk());
    CHECK(again->changedNothing());
    CHECK(scalar(*c.copy, "SELECT count(*) FROM concept_release") == 1);
}

TEST_CASE("the inbox marks an answer given on a concept's entry after it was sent, with its last day", "[concept][inbox]")
{
    Concept c;
    auto before = Answers(*c.pro.vault, professional()).add(c.shown, AnswerKind::Vraag, QStringLiteral("Welke school?"), c.mother);
    REQUIRE(before.isOk());
    QThread::msleep(5); // times are kept to the millisecond
    auto r = ConceptReleases(*c.pro.vault, professional()).release(QDate::currentDate());
    REQUIRE(r.isOk());
    QThread::msleep(5);
    auto after = Answers(*c.pro.vault, professional()).add(c.shown, AnswerKind::Aanvulling, QStringLiteral("Ook op woensdag."), c.mother);
    INFO(str(after.message()));
    REQUIRE(after.isOk());
    auto items = AnswerInbox(*c.pro.vault, professional()).list(QDateTime::currentDateTimeUtc());
    REQUIRE(items.isOk());
    REQUIRE(items->size() == 2);
    for (const InboxItem& i : *items) {
        if (i.answer.id == after->id)
            CHECK(i.conceptUntil == r->reactUntil);
        else
            CHECK_FALSE(i.conceptUntil.isValid());
    }
}
