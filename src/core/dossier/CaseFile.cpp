#include "dossier/CaseFile.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "vault/Sql.h"

#include <QTime>
#include <QUuid>

#include <algorithm>

namespace inzage {

namespace {

QString describe(const CaseInfo& i)
{
    QStringList children;
    for (Id c : i.childIds)
        children << QString::number(c);
    QString d = QStringLiteral("case=%1; organisation=%2; hours=%3-%4; office=%5; after_hours=%6; contact=%7; "
                               "backup=%8; stage=%9; children=%10")
                    .arg(i.caseNumber, i.organisation, i.officeHoursStart, i.officeHoursEnd, i.officePhone,
                         i.afterHoursPhone)
                    .arg(i.contactPersonId.value_or(0))
                    .arg(i.backupPersonId.value_or(0))
                    .arg(toString(i.stage), children.join(QLatin1Char(',')));
    // Schema 5: only named when set, so rows written before read the same.
    if (!i.title.isEmpty())
        d += QStringLiteral("; title=%1").arg(i.title);
    if (!i.nextStep.isEmpty())
        d += QStringLiteral("; next_step=%1").arg(i.nextStep);
    if (!i.problemSection.isEmpty())
        d += QStringLiteral("; problem_section=%1").arg(i.problemSection);
    if (!i.strengthsSection.isEmpty())
        d += QStringLiteral("; strengths_section=%1").arg(i.strengthsSection);
    if (!i.childNotSpokenReason.isEmpty())
        d += QStringLiteral("; child_not_spoken_reason=%1").arg(i.childNotSpokenReason);
    return d;
}

QString describe(const Appointment& a)
{
    return QStringLiteral("kind=%1; planned=%2; status=%3; makes_up=%4; description=%5")
        .arg(toString(a.kind), a.plannedAt, toString(a.status))
        .arg(a.makesUpId.value_or(0))
        .arg(a.description);
}

// Exactly "HH:mm": QTime alone would also take "8:30" and show it back differently.
QTime parseTime(const QString& t)
{
    if (t.size() != 5)
        return {};
    return QTime::fromString(t, QStringLiteral("HH:mm"));
}

} // namespace

Result<CaseInfo> CaseFile::info() const
{
    sqlite3* db = m_vault.db();
    CaseInfo i;
    Statement st(db, "SELECT uid, case_number, title, organisation, office_hours_start, office_hours_end, "
                     "office_phone, after_hours_phone, contact_person_id, backup_person_id, stage, next_step, problem_section, "
                     "strengths_section, child_not_spoken_reason FROM dossier WHERE id = 1");
    const int rc = st.step();
    if (rc == SQLITE_ROW) {
        i.uid = st.text(0);
        i.caseNumber = st.text(1);
        i.title = st.text(2);
        i.organisation = st.text(3);
        i.officeHoursStart = st.text(4);
        i.officeHoursEnd = st.text(5);
        i.officePhone = st.text(6);
        i.afterHoursPhone = st.text(7);
        i.contactPersonId = st.optionalInt(8);
        i.backupPersonId = st.optionalInt(9);
        auto stage = parse<Stage>(st.text(10));
        if (!stage)
            return Status(ErrorCode::Damaged, tr("Het dossier noemt een onbekende fase '%1'.").arg(st.text(10)));
        i.stage = *stage;
        i.nextStep = st.text(11);
        i.problemSection = st.text(12);
        i.strengthsSection = st.text(13);
        i.childNotSpokenReason = st.text(14);
    } else if (rc != SQLITE_DONE) {
        return sqlError(db, rc, tr("De dossiergegevens konden niet worden gelezen."));
    }
    Statement kids(db, "SELECT person_id FROM dossier_child ORDER BY person_id");
    int krc;
    while ((krc = kids.step()) == SQLITE_ROW)
        i.childIds.push_back(kids.integer(0));
    if (krc != SQLITE_DONE)
        return sqlError(db, krc, tr("De kinderen konden niet worden gelezen."));
    return i;
}

Status CaseFile::setInfo(const CaseInfo& in)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    const QTime start = parseTime(in.officeHoursStart);
    const QTime end = parseTime(in.officeHoursEnd);
    if (!start.isValid() || !end.isValid())
        return Status(ErrorCode::InvalidInput, tr("Kantooruren horen als UU:MM, bijvoorbeeld 08:30."));
    if (end <= start)
        return Status(ErrorCode::InvalidInput,
            tr("Het kantoor moet later sluiten dan het opengaat (nu %1 tot %2).")
                .arg(in.officeHoursStart, in.officeHoursEnd));
    if (in.contactPersonId && in.backupPersonId && *in.contactPersonId == *in.backupPersonId)
        return Status(ErrorCode::InvalidInput,
            tr("De vervanger moet iemand anders zijn dan de contactpersoon: bij afwezigheid van de "
               "contactpersoon moet de familie een ander kunnen bereiken."));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto old = info();
    if (!old)
        return old.status();
    CaseInfo i = in;
    if (i.uid.isEmpty())
        i.uid = old->uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : old->uid;
    Statement st(db, "INSERT OR REPLACE INTO dossier(id, uid, case_number, title, organisation, office_hours_start, "
                     "office_hours_end, office_phone, after_hours_phone, contact_person_id, backup_person_id, stage, next_step, "
                     "problem_section, strengths_section, child_not_spoken_reason) "
                     "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    st.bind(1, i.uid).bind(2, i.caseNumber).bind(3, i.title).bind(4, i.organisation).bind(5, i.officeHoursStart);
    st.bind(6, i.officeHoursEnd).bind(7, i.officePhone).bind(8, i.afterHoursPhone).bind(9, i.contactPersonId);
    st.bind(10, i.backupPersonId).bind(11, toString(i.stage)).bind(12, i.nextStep).bind(13, i.problemSection);
    st.bind(14, i.strengthsSection).bind(15, i.childNotSpokenReason);
    if (Status s = st.exec(tr("De dossiergegevens konden niet worden opgeslagen.")); !s)
        return s;
    if (Status s = execSql(db, "DELETE FROM dossier_child", tr("De kinderen konden niet worden opgeslagen.")); !s)
        return s;
    Statement kid(db, "INSERT INTO dossier_child(person_id) VALUES (?1)");
    for (Id c : i.childIds) {
        kid.reset();
        kid.bind(1, c);
        if (Status s = kid.exec(tr("De kinderen konden niet worden opgeslagen.")); !s)
            return s;
    }
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("dossier.update"),
                                           QStringLiteral("dossier:%1").arg(i.uid),
                                           old->uid.isEmpty() ? QString() : describe(*old), describe(i)});
        !s)
        return s;
    return tx.commit();
}

Result<Id> CaseFile::addAppointment(const Appointment& a)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (a.description.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Een afspraak heeft een omschrijving nodig."));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // Only a cancelled appointment can be made up, and only once; the family sees it marked so.
    std::optional<Appointment> madeUp;
    if (a.makesUpId) {
        auto all = appointments();
        if (!all)
            return all.status();
        const auto it = std::find_if(all->begin(), all->end(), [&](const Appointment& x) { return x.id == *a.makesUpId; });
        if (it == all->end())
            return Status(ErrorCode::NotFound, tr("Afspraak %1 bestaat niet.").arg(*a.makesUpId));
        if (it->status != AppointmentStatus::Afgezegd)
            return Status(ErrorCode::InvalidInput,
                tr("Afspraak %1 is niet afgezegd (%2) en kan dus niet worden ingehaald.")
                    .arg(*a.makesUpId)
                    .arg(toString(it->status)));
        madeUp = *it;
    }
    Statement st(db, "INSERT INTO appointment(kind, description, planned_at, person_id, status, status_note, makes_up_id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, toString(a.kind)).bind(2, a.description).bindOptional(3, a.plannedAt).bind(4, a.personId);
    st.bind(5, toString(a.status)).bind(6, a.statusNote).bind(7, a.makesUpId);
    if (Status s = st.exec(tr("De afspraak kon niet worden opgeslagen.")); !s)
        return s;
    const Id id = sqlite3_last_insert_rowid(db);
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("appointment.add"),
                                           QStringLiteral("appointment:%1").arg(id), {}, describe(a)});
        !s)
        return s;
    if (madeUp) {
        Statement up(db, "UPDATE appointment SET status = 'ingehaald' WHERE id = ?1");
        up.bind(1, madeUp->id);
        if (Status s = up.exec(tr("De afspraak kon niet worden opgeslagen.")); !s)
            return s;
        Appointment after = *madeUp;
        after.status = AppointmentStatus::Ingehaald;
        if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("appointment.status"),
                                               QStringLiteral("appointment:%1").arg(madeUp->id), describe(*madeUp),
                                               describe(after)});
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status CaseFile::setAppointmentStatus(Id id, AppointmentStatus status, const QString& note,
                                      std::optional<Id> makesUpId)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto all = appointments();
    if (!all)
        return all.status();
    const auto it = std::find_if(all->begin(), all->end(), [&](const Appointment& a) { return a.id == id; });
    if (it == all->end())
        return Status(ErrorCode::NotFound, tr("Afspraak %1 bestaat niet.").arg(id));
    Appointment after = *it;
    after.status = status;
    after.statusNote = note;
    if (makesUpId)
        after.makesUpId = makesUpId;
    Statement st(db, "UPDATE appointment SET status = ?1, status_note = ?2, makes_up_id = ?3 WHERE id = ?4");
    st.bind(1, toString(status)).bind(2, note).bind(3, after.makesUpId).bind(4, id);
    if (Status s = st.exec(tr("De afspraak kon niet worden bijgewerkt.")); !s)
        return s;
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("appointment.status"),
                                           QStringLiteral("appointment:%1").arg(id), describe(*it), describe(after)});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<Appointment>> CaseFile::appointments() const
{
    Statement st(m_vault.db(), "SELECT id, kind, description, planned_at, person_id, status, status_note, makes_up_id "
                               "FROM appointment ORDER BY planned_at, id");
    std::vector<Appointment> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Appointment a;
        a.id = st.integer(0);
        const auto kind = parse<AppointmentKind>(st.text(1));
        const auto status = parse<AppointmentStatus>(st.text(5));
        if (!kind || !status)
            return Status(ErrorCode::Damaged, tr("Afspraak %1 heeft een onbekende soort of status.").arg(st.integer(0)));
        a.kind = *kind;
        a.description = st.text(2);
        a.plannedAt = st.text(3);
        a.personId = st.optionalInt(4);
        a.status = *status;
        a.statusNote = st.text(6);
        a.makesUpId = st.optionalInt(7);
        out.push_back(a);
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, tr("De afspraken konden niet worden gelezen."));
    return out;
}

} // namespace inzage
