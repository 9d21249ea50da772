// The professional's "Ouders" page lists, from the core, for whom a parent copy can be made and
// which copies exist: the same rules as ParentCopy itself.

#include "ExchangeSupport.h"

#include "exchange/ParentCopies.h"

using namespace inzage;
using namespace inzage::test;

namespace {

const CopyRecipient* recipientNamed(const ParentCopyOverview& o, const QString& name)
{
    for (const CopyRecipient& r : o.recipients) {
        if (r.person.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the overview lists parents and children, never a shielded person or a professional", "[ouderexemplaar][overview]")
{
    ExchangePair p;
    addPerson(*p.pro.vault, QStringLiteral("Vader Visser"), PersonRole::Ouder, QStringLiteral("vader"));
    addPerson(*p.pro.vault, QStringLiteral("Buurvrouw"), PersonRole::Ouder, QStringLiteral("moeder"), true,
              QStringLiteral("art. 5.2.6 Wmo 2015"));
    addPerson(*p.pro.vault, QStringLiteral("Meester Jansen"));
    const Id young = addPerson(*p.pro.vault, QStringLiteral("Sam Visser"), PersonRole::Kind, QStringLiteral("zoon"));
    rawSql(*p.pro.vault, "UPDATE person SET birth_date = date('now', '-8 years') WHERE name = 'Sam Visser'");
    const Id older = addPerson(*p.pro.vault, QStringLiteral("Noor Visser"), PersonRole::Kind, QStringLiteral("dochter"));
    rawSql(*p.pro.vault, "UPDATE person SET birth_date = date('now', '-13 years') WHERE name = 'Noor Visser'");

    auto o = ParentCopies::overview(*p.pro.vault);
    REQUIRE(o.isOk());
    QStringList names;
    for (const CopyRecipient& r : o->recipients)
        names << r.person.name;
    CHECK(names == QStringList {QStringLiteral("Moeder Visser"), QStringLiteral("Noor Visser"), QStringLiteral("Sam Visser"),
                                QStringLiteral("Vader Visser")});
    CHECK(recipientNamed(*o, QStringLiteral("Moeder Visser"))->refusal.isEmpty());
    CHECK(recipientNamed(*o, QStringLiteral("Noor Visser"))->refusal.isEmpty());
    const CopyRecipient* sam = recipientNamed(*o, QStringLiteral("Sam Visser"));
    CHECK(sam->person.id == young);
    CHECK(sam->refusal.contains(QStringLiteral("12 jaar")));
    CHECK(recipientNamed(*o, QStringLiteral("Noor Visser"))->person.id == older);
    CHECK(o->unassigned.empty());
}

TEST_CASE("a copy made shows under its person, oldest first, and an old copy without a person apart", "[ouderexemplaar][overview]")
{
    ExchangePair p;
    p.makeCopy();
    p.copy.reset();
    auto second = makeParentCopy(*p.pro.vault, p.file("tweede.inzage"), pass(kParentPass));
    REQUIRE(second.isOk());

    auto o = ParentCopies::overview(*p.pro.vault);
    REQUIRE(o.isOk());
    REQUIRE(o->recipients.size() == 1);
    const CopyRecipient& mother = o->recipients.front();
    REQUIRE(mother.copies.size() == 2);
    CHECK(mother.copies[0].exchangeId == p.report.exchangeId);
    CHECK(mother.copies[1].exchangeId == second->exchangeId);
    CHECK(mother.copies[0].createdAt.isValid());
    CHECK(mother.copies[0].personId == p.mother);

    // A copy made by a schema-1 version has no person: it is listed apart, not lost.
    rawSql(*p.pro.vault, "DROP TRIGGER IF EXISTS exchange_key_no_update");
    rawSql(*p.pro.vault, "UPDATE exchange_key SET person_id = NULL WHERE rowid = (SELECT min(rowid) FROM exchange_key)");
    auto after = ParentCopies::overview(*p.pro.vault);
    REQUIRE(after.isOk());
    CHECK(after->recipients.front().copies.size() == 1);
    REQUIRE(after->unassigned.size() == 1);
    CHECK(after->unassigned.front().exchangeId == p.report.exchangeId);
}

TEST_CASE("the overview is the professional's: a parent copy or a read-only open is refused", "[ouderexemplaar][overview]")
{
    ExchangePair p;
    p.makeCopy();
    auto inCopy = ParentCopies::overview(*p.copy);
    CHECK(inCopy.code() == ErrorCode::Forbidden);
    CHECK_FALSE(inCopy.message().isEmpty());

    p.copy.reset();
    auto readOnly = Vault::open(p.pro.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(readOnly.isOk());
    CHECK(ParentCopies::overview(**readOnly).code() == ErrorCode::Forbidden);
}

TEST_CASE("a suggested file name keeps letters and digits of the name and the date", "[ouderexemplaar][overview]")
{
    const QDate on(2026, 12, 2);
    CHECK(ParentCopies::suggestedFileName(QStringLiteral("ouderexemplaar"), QStringLiteral("Chloë van 't Hof"), on)
          == QStringLiteral("ouderexemplaar-chloe-van-t-hof-2026-12-02"));
    CHECK(ParentCopies::suggestedFileName(QStringLiteral("update"), QStringLiteral("../../etc/passwd"), on)
          == QStringLiteral("update-etc-passwd-2026-12-02"));
    CHECK(ParentCopies::suggestedFileName(QStringLiteral("update"), QString(), on) == QStringLiteral("update-2026-12-02"));
}
