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

TEST_CASE("resolve: a name is the person of that name, a role tells two apart, a new name is added", "[persons]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id anna = addPerson(v, QStringLiteral("Anna"));
    Person again;
    again.name = QStringLiteral("Anna");
    CHECK(Persons(v, professional()).add(again).code() == ErrorCode::Exists);
    PersonRef ref;
    ref.nameOrId = QStringLiteral("Anna");
    auto found = Persons(v, professional()).resolve(ref);
    REQUIRE(found.isOk());
    CHECK(*found == anna);

    // The same name in another role is somebody else, and from then on the name needs its role.
    PersonRef mother = ref;
    mother.role = PersonRole::Ouder;
    auto other = Persons(v, professional()).resolve(mother);
    REQUIRE(other.isOk());
    CHECK(*other != anna);
    auto ambiguous = Persons(v, professional()).resolve(ref);
    CHECK(ambiguous.code() == ErrorCode::InvalidInput);
    CHECK(ambiguous.message().contains(QStringLiteral("met de rol")));
    CHECK_FALSE(ambiguous.message().contains(QStringLiteral("--"))); // the CLI names its own option
    PersonRef byId;
    byId.nameOrId = QStringLiteral("#%1").arg(anna);
    CHECK(*Persons(v, professional()).resolve(byId) == anna);
    byId.nameOrId = QStringLiteral("#999");
    CHECK(Persons(v, professional()).resolve(byId).code() == ErrorCode::NotFound);
    PersonRef unknown;
    unknown.nameOrId = QStringLiteral("Niemand");
    unknown.addWhenMissing = false;
    CHECK(Persons(v, professional()).resolve(unknown).code() == ErrorCode::NotFound);
    CHECK(auditRows(v) == 2);
}

TEST_CASE("a shielding reason for someone already in the dossier is refused, never ignored", "[persons][shielded]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id neighbour = addPerson(v, QStringLiteral("Buurvrouw Jansen"));
    const std::int64_t audit = auditRows(v);
    PersonRef ref;
    ref.nameOrId = QStringLiteral("Buurvrouw Jansen");
    ref.shieldReason = QStringLiteral("art. 4.1.1 Wmo");
    auto refused = Persons(v, professional()).resolve(ref);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.message().contains(QStringLiteral("aparte stap")));
    CHECK(scalar(v, "SELECT shielded FROM person") == 0);
    CHECK(auditRows(v) == audit);

    // Shielding is its own, audited command; it needs the reason.
    CHECK(Persons(v, professional()).shield(neighbour, QStringLiteral("  ")).code() == ErrorCode::InvalidInput);
    REQUIRE(Persons(v, professional()).shield(neighbour, QStringLiteral("art. 4.1.1 Wmo")).isOk());
    CHECK(scalar(v, "SELECT shielded FROM person") == 1);
    CHECK(scalarText(v, "SELECT action FROM audit ORDER BY seq DESC LIMIT 1") == QStringLiteral("person.shield"));
    // Now the same reference resolves (the person is shielded), and a new name with a reason is shielded at once.
    CHECK(Persons(v, professional()).resolve(ref).isOk());
    ref.nameOrId = QStringLiteral("Andere melder");
    auto added = Persons(v, professional()).resolve(ref);
    REQUIRE(added.isOk());
    CHECK(Persons(v, professional()).get(*added)->shielded);
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

TEST_CASE("a parent sees a shielded person only as a flag with the reason", "[persons][shielded]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id melder = addPerson(v, QStringLiteral("Buurvrouw Jansen"), PersonRole::Ouder, QStringLiteral("buurvrouw"),
                                true, QStringLiteral("art. 4.1.1 Wmo"));
    rawSql(v, "UPDATE person SET phone = '06 12345678', organisation = 'Flat 3' WHERE name = 'Buurvrouw Jansen'");
    EntryContent c = note(QStringLiteral("Er is gebeld."));
    c.label = Label::Bron;
    c.spokenTo = {spoke(melder)};
    addEntry(v, c);
    addPerson(v, QStringLiteral("Moeder Visser"), PersonRole::Ouder, QStringLiteral("moeder"));
    auto view = parentViewOf(v, QStringLiteral("Moeder Visser"));
    auto seen = Persons(*view->vault, parent()).get(melder);
    REQUIRE(seen.isOk());
    CHECK(seen->name.isEmpty());
    CHECK(seen->role == PersonRole::Informant); // "ouder" would name her in a small family
    CHECK(seen->relation.isEmpty());
    CHECK(seen->organisation.isEmpty());
    CHECK(seen->phone.isEmpty());
    CHECK(seen->shielded);
    CHECK(seen->shieldReason == QStringLiteral("art. 4.1.1 Wmo"));
    // The professional sees who it is.
    CHECK(Persons(v, professional()).get(melder)->name == QStringLiteral("Buurvrouw Jansen"));
}
