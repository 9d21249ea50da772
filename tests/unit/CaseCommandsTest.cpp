// What a professional types about the case, its people and appointments: parsed and checked in the
// core, audited, and refused whole (nothing written, no one added) when any of it is wrong.
#include "DomainSupport.h"

#include "dossier/CaseCommands.h"
#include "dossier/CaseFile.h"
#include "dossier/Stages.h"

using namespace inzage;
using namespace inzage::test;

namespace {

CaseInfo info(Vault& v)
{
    auto r = CaseFile(v, professional()).info();
    REQUIRE(r.isOk());
    return *r;
}

Appointment appointment(Vault& v, Id id)
{
    auto all = CaseFile(v, professional()).appointments();
    REQUIRE(all.isOk());
    for (const Appointment& a : *all)
        if (a.id == id)
            return a;
    FAIL("no appointment " << id);
    return {};
}

QString lastAuditAction(Vault& v)
{
    return scalarText(v, "SELECT action FROM audit ORDER BY seq DESC LIMIT 1");
}

PersonRef named(const char* name)
{
    PersonRef r;
    r.nameOrId = QString::fromUtf8(name);
    return r;
}

// A refusal changes nothing: no audit row, no person, no appointment.
struct Unchanged {
    Vault& v;
    std::int64_t audit = auditRows(v);
    std::int64_t persons = scalar(v, "SELECT count(*) FROM person");
    std::int64_t appointments = scalar(v, "SELECT count(*) FROM appointment");
    ~Unchanged()
    {
        CHECK(auditRows(v) == audit);
        CHECK(scalar(v, "SELECT count(*) FROM person") == persons);
        CHECK(scalar(v, "SELECT count(*) FROM appointment") == appointments);
    }
};

} // namespace

TEST_CASE("case options set only what is given: contact and backup are added as professionals", "[casecommands]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseInput in;
    in.title = QStringLiteral("Gezin Vermeulen");
    in.caseNumber = QStringLiteral("VT-2026-7");
    in.contact = named("J. de Vries");
    in.backup = named("P. Smit");
    in.officeHours = QStringLiteral("09:00-16:30");
    in.stage = QStringLiteral("raad");
    REQUIRE(CaseCommands(v, professional()).setCase(in).isOk());
    CaseInfo i = info(v);
    CHECK(i.title == QStringLiteral("Gezin Vermeulen"));
    CHECK(i.officeHoursStart == QStringLiteral("09:00"));
    CHECK(i.officeHoursEnd == QStringLiteral("16:30"));
    CHECK(i.stage == Stage::Raad);
    REQUIRE(i.contactPersonId);
    CHECK(Persons(v, professional()).get(*i.contactPersonId)->role == PersonRole::Professional);

    CaseInput next;
    next.organisation = QStringLiteral("Raad voor de Kinderbescherming");
    REQUIRE(CaseCommands(v, professional()).setCase(next).isOk());
    i = info(v);
    CHECK(i.title == QStringLiteral("Gezin Vermeulen"));
    CHECK(i.organisation == QStringLiteral("Raad voor de Kinderbescherming"));
    CHECK(lastAuditAction(v) == QStringLiteral("dossier.update"));
}

TEST_CASE("an own next step overrides the stage's text and an empty one brings it back", "[casecommands]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseInput in;
    in.stage = QStringLiteral("veilig-thuis");
    in.nextStep = QStringLiteral("Op 12 maart bespreken we samen het plan.");
    REQUIRE(CaseCommands(v, professional()).setCase(in).isOk());
    CHECK(nextStepText(info(v)) == QStringLiteral("Op 12 maart bespreken we samen het plan."));
    CHECK(
        scalarText(v, "SELECT after FROM audit ORDER BY seq DESC LIMIT 1").contains(QStringLiteral("next_step=Op 12")));
    CaseInput back;
    back.nextStep = QString();
    REQUIRE(CaseCommands(v, professional()).setCase(back).isOk());
    CHECK(nextStepText(info(v)) == nextStepText(Stage::VeiligThuis));
}

TEST_CASE("office hours that close before they open are refused and nothing changes", "[casecommands][badinput]")
{
    TempVault t;
    Vault& v = *t.vault;
    for (const char* hours : { "17:00-08:30", "09:00-09:00", "9-17", "08:30", "25:00-26:00" }) {
        INFO(hours);
        Unchanged same { v };
        CaseInput in;
        in.officeHours = QString::fromLatin1(hours);
        in.contact = named("Nieuwe Collega");
        const Status s = CaseCommands(v, professional()).setCase(in);
        CHECK(s.code() == ErrorCode::InvalidInput);
        CHECK((s.message().contains(QStringLiteral("later sluiten")) || s.message().contains(QStringLiteral("UU:MM"))));
    }
}

TEST_CASE("a backup who is the contact person is refused, and a new name is not added", "[casecommands][badinput]")
{
    TempVault t;
    Vault& v = *t.vault;
    {
        Unchanged same { v };
        CaseInput in;
        in.contact = named("J. de Vries");
        in.backup = named("J. de Vries");
        const Status s = CaseCommands(v, professional()).setCase(in);
        CHECK(s.code() == ErrorCode::InvalidInput);
        CHECK(s.message().contains(QStringLiteral("vervanger")));
    }
    const Id contact = addPerson(v, QStringLiteral("J. de Vries"), PersonRole::Professional);
    CaseInput first;
    first.contact = named("J. de Vries");
    REQUIRE(CaseCommands(v, professional()).setCase(first).isOk());
    Unchanged same { v };
    CaseInput in;
    in.backup = PersonRef {};
    in.backup->nameOrId = QStringLiteral("#%1").arg(contact);
    CHECK(CaseCommands(v, professional()).setCase(in).code() == ErrorCode::InvalidInput);
}

TEST_CASE("an unknown stage word is refused naming the allowed words", "[casecommands][badinput]")
{
    TempVault t;
    Unchanged same { *t.vault };
    CaseInput in;
    in.stage = QStringLiteral("rechtbank");
    const Status s = CaseCommands(*t.vault, professional()).setCase(in);
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(s.message().contains(QStringLiteral("kinderrechter")));
}

TEST_CASE("dates and times that are not one are refused", "[casecommands][badinput]")
{
    for (const char* bad : { "2026-02-30T10:00", "2026-03-12", "12-03-2026 10:00", "2026-03-12T24:00", "morgen" }) {
        INFO(bad);
        CHECK(parseDateTime(QString::fromLatin1(bad)).code() == ErrorCode::InvalidInput);
    }
    CHECK(*parseDateTime(QStringLiteral("2026-03-12 10:00")) == QStringLiteral("2026-03-12T10:00"));
    TempVault t;
    Vault& v = *t.vault;
    Unchanged same { v };
    CHECK(CaseCommands(v, professional())
              .addAppointment({ QStringLiteral("Huisbezoek"), QStringLiteral("2026-13-01T10:00"), named("Anouk") })
              .code()
        == ErrorCode::InvalidInput);
    CHECK(CaseCommands(v, professional())
              .addPromise({ QStringLiteral("Rapport sturen"), QStringLiteral("2026-02-30"), {} })
              .code()
        == ErrorCode::InvalidInput);
    PersonInput p;
    p.nameOrId = QStringLiteral("Tim");
    p.birthDate = QStringLiteral("31-12-2019");
    CHECK(CaseCommands(v, professional()).setPerson(p).code() == ErrorCode::InvalidInput);
}

TEST_CASE("a person is added once and then changed, audited with before and after", "[casecommands]")
{
    TempVault t;
    Vault& v = *t.vault;
    PersonInput in;
    in.nameOrId = QStringLiteral("Tim");
    in.role = QStringLiteral("kind");
    in.relation = QStringLiteral("zoon");
    in.birthDate = QStringLiteral("2019-05-04");
    auto added = CaseCommands(v, professional()).setPerson(in);
    REQUIRE(added.isOk());
    CHECK(added->added);
    auto p = Persons(v, professional()).get(added->id);
    CHECK(p->birthDate == QStringLiteral("2019-05-04"));
    CHECK(p->role == PersonRole::Kind);

    PersonInput change;
    change.nameOrId = QStringLiteral("Tim");
    change.organisation = QStringLiteral("Basisschool De Linde");
    auto changed = CaseCommands(v, professional()).setPerson(change);
    REQUIRE(changed.isOk());
    CHECK_FALSE(changed->added);
    CHECK(changed->changed);
    CHECK(changed->id == added->id);
    CHECK(lastAuditAction(v) == QStringLiteral("person.update"));
    CHECK(
        scalarText(v, "SELECT before FROM audit ORDER BY seq DESC LIMIT 1").contains(QStringLiteral("organisation=;")));
    CHECK(scalarText(v, "SELECT after FROM audit ORDER BY seq DESC LIMIT 1")
              .contains(QStringLiteral("organisation=Basisschool De Linde")));
    // The same again changes nothing and writes no audit row.
    const auto rows = auditRows(v);
    auto same = CaseCommands(v, professional()).setPerson(change);
    REQUIRE(same.isOk());
    CHECK_FALSE(same->changed);
    CHECK(auditRows(v) == rows);
}

TEST_CASE("a person's role is changed by #id: by name the role tells two apart", "[casecommands]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id jan = addPerson(v, QStringLiteral("Jan"), PersonRole::Informant);
    PersonInput in;
    in.nameOrId = QStringLiteral("#%1").arg(jan);
    in.role = QStringLiteral("ouder");
    REQUIRE(CaseCommands(v, professional()).setPerson(in).isOk());
    CHECK(Persons(v, professional()).get(jan)->role == PersonRole::Ouder);
    PersonInput other;
    other.nameOrId = QStringLiteral("Jan");
    other.role = QStringLiteral("professional");
    auto second = CaseCommands(v, professional()).setPerson(other);
    REQUIRE(second.isOk());
    CHECK(second->added);
    CHECK(second->id != jan);
    PersonInput bad;
    bad.nameOrId = QStringLiteral("#999");
    CHECK(CaseCommands(v, professional()).setPerson(bad).code() == ErrorCode::NotFound);
}

TEST_CASE("an appointment is held, or cancelled with a reason and made up", "[casecommands]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseCommands c(v, professional());
    auto visit = c.addAppointment({ QStringLiteral("Huisbezoek"), QStringLiteral("2026-03-12T10:00"), named("Anouk") });
    REQUIRE(visit.isOk());
    CHECK(appointment(v, *visit).plannedAt == QStringLiteral("2026-03-12T10:00"));
    REQUIRE(appointment(v, *visit).personId);
    REQUIRE(c.held(*visit).isOk());
    CHECK(appointment(v, *visit).status == AppointmentStatus::Gehouden);
    CHECK(c.held(*visit).code() == ErrorCode::InvalidInput); // not twice

    auto talk = c.addAppointment({ QStringLiteral("Gesprek op kantoor"), QStringLiteral("2026-03-17T14:00"), {} });
    REQUIRE(talk.isOk());
    CHECK(c.cancel(*talk, QStringLiteral("  ")).code() == ErrorCode::InvalidInput);
    REQUIRE(c.cancel(*talk, QStringLiteral("medewerker ziek")).isOk());
    auto made = c.makeUp(*talk, QStringLiteral("2026-03-19T09:30"));
    REQUIRE(made.isOk());
    CHECK(appointment(v, *made).makesUpId == *talk);
    CHECK(appointment(v, *made).description == QStringLiteral("Gesprek op kantoor"));
    CHECK(appointment(v, *talk).status == AppointmentStatus::Ingehaald);
    CHECK(c.makeUp(*talk, QStringLiteral("2026-03-20T09:30")).code() == ErrorCode::InvalidInput);
}

TEST_CASE("an appointment made up before it was cancelled is refused and nothing is added", "[casecommands][badinput]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseCommands c(v, professional());
    auto talk = c.addAppointment({ QStringLiteral("Gesprek"), QStringLiteral("2026-03-17T14:00"), {} });
    REQUIRE(talk.isOk());
    Unchanged same { v };
    auto made = c.makeUp(*talk, QStringLiteral("2026-03-19T09:30"));
    CHECK(made.code() == ErrorCode::InvalidInput);
    CHECK(made.message().contains(QStringLiteral("niet afgezegd")));
    CHECK(appointment(v, *talk).status == AppointmentStatus::Gepland);
}

TEST_CASE("a promise needs a due date, and is kept or broken with a reason", "[casecommands]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseCommands c(v, professional());
    {
        Unchanged same { v };
        auto none = c.addPromise({ QStringLiteral("Rapport sturen"), QString(), named("Anouk") });
        CHECK(none.code() == ErrorCode::InvalidInput);
        CHECK(none.message().contains(QStringLiteral("datum nodig")));
        CHECK_FALSE(none.message().contains(QStringLiteral("--"))); // the CLI names its own option
    }
    auto report = c.addPromise({ QStringLiteral("Rapport sturen"), QStringLiteral("2026-04-06"), {} });
    REQUIRE(report.isOk());
    CHECK(appointment(v, *report).kind == AppointmentKind::Toezegging);
    CHECK(c.held(*report).code() == ErrorCode::InvalidInput); // a promise is kept, not held
    REQUIRE(c.kept(*report).isOk());
    CHECK(appointment(v, *report).status == AppointmentStatus::Nagekomen);

    auto call = c.addPromise({ QStringLiteral("School bellen"), QStringLiteral("2026-04-01"), {} });
    REQUIRE(call.isOk());
    CHECK(c.broken(*call, {}).code() == ErrorCode::InvalidInput);
    REQUIRE(c.broken(*call, QStringLiteral("school was gesloten")).isOk());
    CHECK(appointment(v, *call).status == AppointmentStatus::NietNagekomen);
    CHECK(appointment(v, *call).statusNote == QStringLiteral("school was gesloten"));
    CHECK(
        scalarText(v, "SELECT after FROM audit ORDER BY seq DESC LIMIT 1").contains(QStringLiteral("niet-nagekomen")));
}

TEST_CASE("a reviewer cannot change the case, persons or appointments", "[casecommands][roles]")
{
    TempVault t;
    t.vault.reset();
    auto ro = Vault::open(t.path, pass("correct paard batterij"), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    CaseCommands c(**ro, professional());
    CaseInput in;
    in.title = QStringLiteral("x");
    CHECK(c.setCase(in).code() == ErrorCode::Forbidden);
    CHECK(c.addPromise({ QStringLiteral("x"), QStringLiteral("2026-04-01"), {} }).code() == ErrorCode::Forbidden);
}
