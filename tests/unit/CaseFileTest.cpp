#include "DomainSupport.h"

#include "audit/AuditChain.h"
#include "dossier/CaseFile.h"

using namespace inzage;
using namespace inzage::test;

namespace {

CaseInfo readInfo(Vault& v)
{
    auto r = CaseFile(v, professional()).info();
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

std::vector<Appointment> readAppointments(Vault& v)
{
    auto r = CaseFile(v, professional()).appointments();
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

Appointment byId(Vault& v, Id id)
{
    for (const Appointment& a : readAppointments(v))
        if (a.id == id)
            return a;
    FAIL("appointment " << id << " not found");
    return {};
}

Id addAppointment(Vault& v, const Appointment& a)
{
    auto r = CaseFile(v, professional()).addAppointment(a);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

Appointment appointment(const QString& description, const QString& plannedAt)
{
    Appointment a;
    a.description = description;
    a.plannedAt = plannedAt;
    return a;
}

QString lastAudit(Vault& v, const char* column)
{
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM audit ORDER BY seq DESC LIMIT 1";
    return scalarText(v, sql.constData());
}

} // namespace

TEST_CASE("a new vault has default case information and no children", "[casefile]")
{
    TempVault t;
    const CaseInfo i = readInfo(*t.vault);
    CHECK(i.uid.isEmpty());
    CHECK(i.officeHoursStart == QStringLiteral("08:30"));
    CHECK(i.officeHoursEnd == QStringLiteral("17:00"));
    CHECK(i.stage == Stage::Melding);
    CHECK(i.childIds.empty());
    CHECK_FALSE(i.contactPersonId.has_value());
}

TEST_CASE("case information round-trips with contact, backup, hours, numbers, stage and children", "[casefile]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id contact = addPerson(v, QStringLiteral("J. de Vries"), PersonRole::Professional, QStringLiteral("jeugdbeschermer"));
    const Id backup = addPerson(v, QStringLiteral("P. Smit"), PersonRole::Professional, QStringLiteral("teamleider"));
    const Id tim = addPerson(v, QStringLiteral("Tim"), PersonRole::Kind, QStringLiteral("zoon"));
    const Id sara = addPerson(v, QStringLiteral("Sara"), PersonRole::Kind, QStringLiteral("dochter"));

    CaseInfo in;
    in.caseNumber = QStringLiteral("VT-2024-0042");
    in.title = QStringLiteral("Gezin Vermeulen");
    in.organisation = QStringLiteral("Veilig Thuis Utrecht");
    in.officeHoursStart = QStringLiteral("09:00");
    in.officeHoursEnd = QStringLiteral("16:30");
    in.officePhone = QStringLiteral("030 123 45 67");
    in.afterHoursPhone = QStringLiteral("0800-2000");
    in.contactPersonId = contact;
    in.backupPersonId = backup;
    in.stage = Stage::GecertificeerdeInstelling;
    in.childIds = {sara, tim};
    REQUIRE(CaseFile(v, professional()).setInfo(in).isOk());

    const CaseInfo out = readInfo(v);
    CHECK(out.uid.size() == 36);
    CHECK(out.caseNumber == in.caseNumber);
    CHECK(out.title == in.title);
    CHECK(out.organisation == in.organisation);
    CHECK(out.officeHoursStart == QStringLiteral("09:00"));
    CHECK(out.officeHoursEnd == QStringLiteral("16:30"));
    CHECK(out.officePhone == in.officePhone);
    CHECK(out.afterHoursPhone == in.afterHoursPhone);
    CHECK(out.contactPersonId == contact);
    CHECK(out.backupPersonId == backup);
    CHECK(out.stage == Stage::GecertificeerdeInstelling);
    CHECK(out.childIds == std::vector<Id> {tim, sara});
}

TEST_CASE("updating case information keeps the dossier uid and replaces the children", "[casefile]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id tim = addPerson(v, QStringLiteral("Tim"), PersonRole::Kind, QStringLiteral("zoon"));
    const Id sara = addPerson(v, QStringLiteral("Sara"), PersonRole::Kind, QStringLiteral("dochter"));
    CaseInfo in;
    in.childIds = {tim, sara};
    REQUIRE(CaseFile(v, professional()).setInfo(in).isOk());
    const QString uid = readInfo(v).uid;

    CaseInfo next = readInfo(v);
    next.uid.clear(); // a caller that does not know the uid must not reset it
    next.stage = Stage::Raad;
    next.childIds = {sara};
    next.backupPersonId.reset();
    REQUIRE(CaseFile(v, professional()).setInfo(next).isOk());
    const CaseInfo out = readInfo(v);
    CHECK(out.uid == uid);
    CHECK(out.stage == Stage::Raad);
    CHECK(out.childIds == std::vector<Id> {sara});
    CHECK(scalar(v, "SELECT count(*) FROM dossier") == 1);
}

TEST_CASE("setting case information writes an audit row with before and after", "[casefile][audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseInfo in;
    in.caseNumber = QStringLiteral("VT-1");
    REQUIRE(CaseFile(v, professional()).setInfo(in).isOk());
    CHECK(auditRows(v) == 1);
    CHECK(lastAudit(v, "action") == QStringLiteral("dossier.update"));
    CHECK(lastAudit(v, "before").isEmpty());
    CHECK(lastAudit(v, "after").contains(QStringLiteral("case=VT-1")));

    in.stage = Stage::Kinderrechter;
    REQUIRE(CaseFile(v, professional()).setInfo(in).isOk());
    CHECK(auditRows(v) == 2);
    CHECK(lastAudit(v, "before").contains(QStringLiteral("stage=melding")));
    CHECK(lastAudit(v, "after").contains(QStringLiteral("stage=kinderrechter")));
    CHECK(lastAudit(v, "object") == QStringLiteral("dossier:%1").arg(readInfo(v).uid));
    CHECK(AuditChain::verify(v.db())->intact);
}

TEST_CASE("bad office hours are refused and nothing changes", "[casefile]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseInfo good;
    good.caseNumber = QStringLiteral("VT-1");
    REQUIRE(CaseFile(v, professional()).setInfo(good).isOk());
    const std::int64_t auditBefore = auditRows(v);

    const std::vector<std::pair<QString, QString>> bad {
        {QStringLiteral("25:00"), QStringLiteral("17:00")}, {QStringLiteral("08:30"), QStringLiteral("17:60")},
        {QStringLiteral("8.30"), QStringLiteral("17:00")},  {QStringLiteral(""), QStringLiteral("17:00")},
        {QStringLiteral("08:30"), QStringLiteral("vijf uur")}, {QStringLiteral("8:30"), QStringLiteral("17:00")},
        {QStringLiteral("08:30:00"), QStringLiteral("17:00")}, {QStringLiteral("17:00"), QStringLiteral("08:30")},
        {QStringLiteral("09:00"), QStringLiteral("09:00")},
    };
    for (const auto& [start, end] : bad) {
        INFO(str(start) << " - " << str(end));
        CaseInfo in = good;
        in.officeHoursStart = start;
        in.officeHoursEnd = end;
        const Status s = CaseFile(v, professional()).setInfo(in);
        CHECK(s.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(s.message().isEmpty());
    }
    CHECK(auditRows(v) == auditBefore);
    CHECK(readInfo(v).officeHoursStart == QStringLiteral("08:30"));
    CHECK(readInfo(v).officeHoursEnd == QStringLiteral("17:00"));
}

TEST_CASE("case information naming a person who does not exist is refused", "[casefile]")
{
    TempVault t;
    Vault& v = *t.vault;
    CaseInfo in;
    in.contactPersonId = 4242;
    CHECK(CaseFile(v, professional()).setInfo(in).code() == ErrorCode::InvalidInput);
    CaseInfo kids;
    kids.childIds = {4242};
    CHECK(CaseFile(v, professional()).setInfo(kids).code() == ErrorCode::InvalidInput);
    CHECK(scalar(v, "SELECT count(*) FROM dossier") == 0);
    CHECK(auditRows(v) == 0);
}

TEST_CASE("an appointment is stored with everything it was given and audited", "[casefile][appointments]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id who = addPerson(v, QStringLiteral("J. de Vries"), PersonRole::Professional, QStringLiteral("jeugdbeschermer"));
    Appointment a = appointment(QStringLiteral("Huisbezoek"), QStringLiteral("2024-04-02T10:00"));
    a.personId = who;
    a.statusNote = QStringLiteral("met tolk");
    const Id id = addAppointment(v, a);
    const Appointment out = byId(v, id);
    CHECK(out.kind == AppointmentKind::Afspraak);
    CHECK(out.description == QStringLiteral("Huisbezoek"));
    CHECK(out.plannedAt == QStringLiteral("2024-04-02T10:00"));
    CHECK(out.personId == who);
    CHECK(out.status == AppointmentStatus::Gepland);
    CHECK(out.statusNote == QStringLiteral("met tolk"));
    CHECK_FALSE(out.makesUpId.has_value());
    CHECK(lastAudit(v, "action") == QStringLiteral("appointment.add"));
    CHECK(lastAudit(v, "object") == QStringLiteral("appointment:%1").arg(id));

    Appointment promise = appointment(QStringLiteral("Verslag sturen voor vrijdag"), {});
    promise.kind = AppointmentKind::Toezegging;
    const Id p = addAppointment(v, promise);
    CHECK(byId(v, p).kind == AppointmentKind::Toezegging);
    CHECK(byId(v, p).plannedAt.isEmpty());
}

TEST_CASE("an appointment without a description is refused", "[casefile][appointments]")
{
    TempVault t;
    auto r = CaseFile(*t.vault, professional()).addAppointment(appointment(QStringLiteral("  "), QStringLiteral("2024-04-02")));
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(readAppointments(*t.vault).empty());
    CHECK(auditRows(*t.vault) == 0);
}

TEST_CASE("appointments are listed by planned time", "[casefile][appointments]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id late = addAppointment(v, appointment(QStringLiteral("laat"), QStringLiteral("2024-05-01T09:00")));
    const Id early = addAppointment(v, appointment(QStringLiteral("vroeg"), QStringLiteral("2024-04-01T09:00")));
    const auto all = readAppointments(v);
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == early);
    CHECK(all[1].id == late);
}

TEST_CASE("cancelling an appointment marks it afgezegd with its note and audits it", "[casefile][appointments]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id id = addAppointment(v, appointment(QStringLiteral("Gesprek op kantoor"), QStringLiteral("2024-04-02T10:00")));
    REQUIRE(CaseFile(v, professional())
                .setAppointmentStatus(id, AppointmentStatus::Afgezegd, QStringLiteral("medewerker ziek"))
                .isOk());
    const Appointment out = byId(v, id);
    CHECK(out.status == AppointmentStatus::Afgezegd);
    CHECK(out.statusNote == QStringLiteral("medewerker ziek"));
    CHECK(auditRows(v) == 2);
    CHECK(lastAudit(v, "action") == QStringLiteral("appointment.status"));
    CHECK(lastAudit(v, "before").contains(QStringLiteral("status=gepland")));
    CHECK(lastAudit(v, "after").contains(QStringLiteral("status=afgezegd")));

    CHECK(CaseFile(v, professional()).setAppointmentStatus(999, AppointmentStatus::Gehouden, {}).code()
          == ErrorCode::NotFound);
    CHECK(auditRows(v) == 2);
}

TEST_CASE("a new appointment that makes up a cancelled one marks that one ingehaald", "[casefile][appointments]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id cancelled = addAppointment(v, appointment(QStringLiteral("Huisbezoek"), QStringLiteral("2024-04-02T10:00")));
    REQUIRE(CaseFile(v, professional()).setAppointmentStatus(cancelled, AppointmentStatus::Afgezegd, QStringLiteral("ziek")).isOk());
    const std::int64_t auditBefore = auditRows(v);

    Appointment replacement = appointment(QStringLiteral("Huisbezoek (ingehaald)"), QStringLiteral("2024-04-09T10:00"));
    replacement.makesUpId = cancelled;
    const Id id = addAppointment(v, replacement);

    CHECK(byId(v, cancelled).status == AppointmentStatus::Ingehaald);
    CHECK(byId(v, cancelled).statusNote == QStringLiteral("ziek"));
    CHECK(byId(v, id).status == AppointmentStatus::Gepland);
    CHECK(byId(v, id).makesUpId == cancelled);

    // Both changes are in the log: the new appointment and the status of the one it makes up.
    CHECK(auditRows(v) == auditBefore + 2);
    Statement st(v.db(), "SELECT action, object, after FROM audit ORDER BY seq DESC LIMIT 2");
    REQUIRE(st.step() == SQLITE_ROW);
    CHECK(st.text(0) == QStringLiteral("appointment.status"));
    CHECK(st.text(1) == QStringLiteral("appointment:%1").arg(cancelled));
    CHECK(st.text(2).contains(QStringLiteral("status=ingehaald")));
    REQUIRE(st.step() == SQLITE_ROW);
    CHECK(st.text(0) == QStringLiteral("appointment.add"));
    CHECK(st.text(1) == QStringLiteral("appointment:%1").arg(id));
    CHECK(AuditChain::verify(v.db())->intact);
}

TEST_CASE("only a cancelled appointment can be made up", "[casefile][appointments]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id planned = addAppointment(v, appointment(QStringLiteral("Gesprek"), QStringLiteral("2024-04-02T10:00")));
    const std::int64_t auditBefore = auditRows(v);

    Appointment wrong = appointment(QStringLiteral("Inhaalgesprek"), QStringLiteral("2024-04-09T10:00"));
    wrong.makesUpId = planned;
    auto r = CaseFile(v, professional()).addAppointment(wrong);
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("niet afgezegd")));

    wrong.makesUpId = 999;
    CHECK(CaseFile(v, professional()).addAppointment(wrong).code() == ErrorCode::NotFound);

    CHECK(readAppointments(v).size() == 1);
    CHECK(byId(v, planned).status == AppointmentStatus::Gepland);
    CHECK(auditRows(v) == auditBefore);

    // Made up once is enough: a second make-up of the same appointment is refused.
    REQUIRE(CaseFile(v, professional()).setAppointmentStatus(planned, AppointmentStatus::Afgezegd, {}).isOk());
    Appointment first = appointment(QStringLiteral("Inhaal 1"), QStringLiteral("2024-04-09T10:00"));
    first.makesUpId = planned;
    addAppointment(v, first);
    CHECK(CaseFile(v, professional()).addAppointment(first).code() == ErrorCode::InvalidInput);
}
