#include "DomainSupport.h"

using namespace inzage;
using namespace inzage::test;

TEST_CASE("a person reads back with every field and is audited", "[persons]")
{
    TempVault t;
    Vault& v = *t.vault;
    Person p;
    p.name = QStringLiteral("  Dr. Bos ");
    p.role = PersonRole::Informant;
    p.relation = QStringLiteral("huisarts");
    p.organisation = QStringLiteral("Huisartsenpraktijk Zuid");
    p.phone = QStringLiteral("030 765 43 21");
    auto id = Persons(v, professional()).add(p);
    REQUIRE(id.isOk());
    auto out = Persons(v, professional()).get(*id);
    REQUIRE(out.isOk());
    CHECK(out->name == QStringLiteral("Dr. Bos"));
    CHECK(out->role == PersonRole::Informant);
    CHECK(out->relation == QStringLiteral("huisarts"));
    CHECK(out->organisation == QStringLiteral("Huisartsenpraktijk Zuid"));
    CHECK(out->phone == QStringLiteral("030 765 43 21"));
    CHECK_FALSE(out->shielded);
    CHECK(auditRows(v) == 1);
    CHECK(scalarText(v, "SELECT action FROM audit") == QStringLiteral("person.add"));
    CHECK(Persons(v, professional()).get(*id + 100).code() == ErrorCode::NotFound);
}

TEST_CASE("the same name in the same role is one person; findOrAdd reuses it", "[persons]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id anna = addPerson(v, QStringLiteral("Anna"));
    Person again;
    again.name = QStringLiteral("Anna");
    CHECK(Persons(v, professional()).add(again).code() == ErrorCode::Exists);
    auto found = Persons(v, professional()).findOrAdd(again);
    REQUIRE(found.isOk());
    CHECK(*found == anna);

    // The same name in another role is somebody else.
    Person mother;
    mother.name = QStringLiteral("Anna");
    mother.role = PersonRole::Ouder;
    auto other = Persons(v, professional()).findOrAdd(mother);
    REQUIRE(other.isOk());
    CHECK(*other != anna);
    auto both = Persons(v, professional()).find(QStringLiteral("Anna"));
    REQUIRE(both.isOk());
    CHECK(both->size() == 2);
    CHECK(auditRows(v) == 2);
}

TEST_CASE("a person needs a name, and a shielded person needs the legal reason", "[persons]")
{
    TempVault t;
    Vault& v = *t.vault;
    Person nameless;
    nameless.name = QStringLiteral("   ");
    CHECK(Persons(v, professional()).add(nameless).code() == ErrorCode::InvalidInput);
    Person shielded;
    shielded.name = QStringLiteral("Melder");
    shielded.shielded = true;
    const Status s = Persons(v, professional()).add(shielded).status();
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(s.message().contains(QStringLiteral("reden")));
    CHECK(scalar(v, "SELECT count(*) FROM person") == 0);
    CHECK(auditRows(v) == 0);
}

TEST_CASE("a parent sees a shielded person only as Afgeschermde bron with the reason", "[persons][shielded]")
{
    Person p;
    p.id = 7;
    p.name = QStringLiteral("Buurvrouw Jansen");
    p.relation = QStringLiteral("buurvrouw");
    p.organisation = QStringLiteral("-");
    p.phone = QStringLiteral("06 12345678");
    p.shielded = true;
    p.shieldReason = QStringLiteral("art. 4.1.1 Wmo");
    const Person seen = Persons::asParentSees(p);
    CHECK(seen.name == QStringLiteral("Afgeschermde bron"));
    CHECK(seen.relation.isEmpty());
    CHECK(seen.organisation.isEmpty());
    CHECK(seen.phone.isEmpty());
    CHECK(seen.shieldReason == QStringLiteral("art. 4.1.1 Wmo"));
    CHECK(seen.id == 7);

    p.shielded = false;
    CHECK(Persons::asParentSees(p).name == QStringLiteral("Buurvrouw Jansen"));
    CHECK(Persons::asParentSees(p).phone == QStringLiteral("06 12345678"));
}
