#include "dossier/CaseCommands.h"

#include "dossier/Access.h"
#include "dossier/CaseFile.h"
#include "dossier/EntryCommands.h"
#include "vault/Sql.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace inzage {

namespace {

QTime strictTime(const QString& t)
{
    if (t.size() != 5)
        return {};
    return QTime::fromString(t, QStringLiteral("HH:mm"));
}

} // namespace

Result<Stage> parseStage(const QString& word)
{
    if (const auto stage = parse<Stage>(word))
        return *stage;
    return Status(ErrorCode::InvalidInput,
        QCoreApplication::translate("inzage::CaseCommands", "Onbekende fase '%1'. Toegestaan: %2.")
            .arg(word, Vocabulary<Stage>::allowed()));
}

Result<PersonRole> parsePersonRole(const QString& word)
{
    if (const auto role = parse<PersonRole>(word))
        return *role;
    return Status(ErrorCode::InvalidInput,
        QCoreApplication::translate("inzage::CaseCommands", "Onbekende persoonsrol '%1'. Toegestaan: %2.")
            .arg(word, Vocabulary<PersonRole>::allowed()));
}

Result<QString> parseDateTime(const QString& text)
{
    const QString t = text.trimmed();
    const QString bad = QCoreApplication::translate("inzage::CaseCommands",
        "'%1' is geen datum met tijd (JJJJ-MM-DDTUU:MM, bijvoorbeeld "
        "2026-03-12T10:00).")
                            .arg(t);
    if (t.size() != 16 || (t.at(10) != QLatin1Char('T') && t.at(10) != QLatin1Char(' ')))
        return Status(ErrorCode::InvalidInput, bad);
    const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    const QTime time = strictTime(t.mid(11));
    if (!d.isValid() || !time.isValid())
        return Status(ErrorCode::InvalidInput, bad);
    return d.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm"));
}

Result<OfficeHours> parseOfficeHours(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\S+)\\s*-\\s*(\\S+)\\s*$"));
    const auto m = re.match(text);
    const QTime start = m.hasMatch() ? strictTime(m.captured(1)) : QTime();
    const QTime end = m.hasMatch() ? strictTime(m.captured(2)) : QTime();
    if (!start.isValid() || !end.isValid())
        return Status(ErrorCode::InvalidInput,
            QCoreApplication::translate("inzage::CaseCommands",
                "Kantooruren horen als UU:MM-UU:MM, bijvoorbeeld 08:30-17:00 "
                "(niet '%1').")
                .arg(text));
    if (end <= start)
        return Status(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "inzage::CaseCommands", "Het kantoor moet later sluiten dan het opengaat (nu %1 tot %2).")
                .arg(m.captured(1), m.captured(2)));
    return OfficeHours { m.captured(1), m.captured(2) };
}

CaseCommands::CaseCommands(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

Result<std::optional<Id>> CaseCommands::resolve(const std::optional<PersonRef>& ref, PersonRole newRole)
{
    if (!ref)
        return std::optional<Id> {};
    if (ref->nameOrId.trimmed().isEmpty())
        return std::optional<Id> {};
    Persons persons(m_vault, m_actor);
    PersonRef r = *ref;
    if (!r.role) {
        // Anyone of that name first, whatever their role; only someone new gets the role asked for.
        r.addWhenMissing = false;
        auto found = persons.resolve(r);
        if (found)
            return std::optional<Id> { *found };
        if (found.code() != ErrorCode::NotFound || !ref->addWhenMissing)
            return found.status();
        r.role = newRole;
        r.addWhenMissing = true;
    }
    auto id = persons.resolve(r);
    if (!id)
        return id.status();
    return std::optional<Id> { *id };
}

Status CaseCommands::setCase(const CaseInput& in)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    // Every word and time is checked before anyone is added.
    std::optional<OfficeHours> hours;
    if (in.officeHours) {
        auto h = parseOfficeHours(*in.officeHours);
        if (!h)
            return h.status();
        hours = *h;
    }
    std::optional<Stage> stage;
    if (in.stage) {
        auto s = parseStage(*in.stage);
        if (!s)
            return s.status();
        stage = *s;
    }
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    CaseFile caseFile(m_vault, m_actor);
    auto current = caseFile.info();
    if (!current)
        return current.status();
    CaseInfo i = *current;
    const auto set = [](QString& field, const std::optional<QString>& value) {
        if (value)
            field = value->trimmed();
    };
    set(i.title, in.title);
    set(i.caseNumber, in.caseNumber);
    set(i.organisation, in.organisation);
    set(i.officePhone, in.officeNumber);
    set(i.afterHoursPhone, in.afterHoursNumber);
    set(i.nextStep, in.nextStep);
    set(i.problemSection, in.problemSection);
    set(i.strengthsSection, in.strengthsSection);
    set(i.childNotSpokenReason, in.childNotSpokenReason);
    if (hours) {
        i.officeHoursStart = hours->start;
        i.officeHoursEnd = hours->end;
    }
    if (stage)
        i.stage = *stage;
    if (in.contact) {
        auto id = resolve(in.contact, PersonRole::Professional);
        if (!id)
            return id.status();
        i.contactPersonId = *id;
    }
    if (in.backup) {
        auto id = resolve(in.backup, PersonRole::Professional);
        if (!id)
            return id.status();
        i.backupPersonId = *id;
    }
    if (Status s = caseFile.setInfo(i); !s)
        return s;
    return tx.commit();
}

Result<PersonOutcome> CaseCommands::setPerson(const PersonInput& in)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    std::optional<PersonRole> role;
    if (in.role) {
        auto r = parsePersonRole(*in.role);
        if (!r)
            return r.status();
        role = *r;
    }
    std::optional<QString> birthDate;
    if (in.birthDate) {
        auto d = parseDate(*in.birthDate);
        if (!d)
            return d.status();
        if (!d->isEmpty() && QDate::fromString(*d, Qt::ISODate) > QDate::currentDate())
            return Status(
                ErrorCode::InvalidInput, tr("Een geboortedatum kan niet in de toekomst liggen (%1).").arg(*d));
        birthDate = *d;
    }
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    Persons persons(m_vault, m_actor);
    PersonRef ref;
    ref.nameOrId = in.nameOrId;
    ref.role = role;
    ref.addWhenMissing = false;
    auto found = persons.resolve(ref);
    PersonOutcome outcome;
    if (!found) {
        if (found.code() != ErrorCode::NotFound || in.nameOrId.trimmed().startsWith(QLatin1Char('#')))
            return found.status();
        Person p;
        p.name = in.name.value_or(in.nameOrId).trimmed();
        p.role = role.value_or(PersonRole::Informant);
        p.relation = in.relation.value_or(QString()).trimmed();
        p.organisation = in.organisation.value_or(QString()).trimmed();
        p.phone = in.phone.value_or(QString()).trimmed();
        p.birthDate = birthDate.value_or(QString());
        p.shieldReason = in.shieldReason.trimmed();
        p.shielded = !p.shieldReason.isEmpty();
        auto id = persons.add(p);
        if (!id)
            return id.status();
        outcome = { *id, true, true };
    } else {
        auto p = persons.get(*found);
        if (!p)
            return p.status();
        Person after = *p;
        const auto set = [](QString& field, const std::optional<QString>& value) {
            if (value)
                field = value->trimmed();
        };
        set(after.name, in.name);
        set(after.relation, in.relation);
        set(after.organisation, in.organisation);
        set(after.phone, in.phone);
        if (birthDate)
            after.birthDate = *birthDate;
        if (role)
            after.role = *role;
        const bool changed = after.name != p->name || after.role != p->role || after.relation != p->relation
            || after.organisation != p->organisation || after.phone != p->phone || after.birthDate != p->birthDate;
        if (changed) {
            if (Status s = persons.update(after); !s)
                return s;
        }
        const bool shield
            = !in.shieldReason.trimmed().isEmpty() && (!p->shielded || p->shieldReason != in.shieldReason.trimmed());
        if (shield) {
            if (Status s = persons.shield(p->id, in.shieldReason); !s)
                return s;
        }
        outcome = { p->id, false, changed || shield };
    }
    if (Status s = tx.commit(); !s)
        return s;
    return outcome;
}

Result<Appointment> CaseCommands::find(Id id) const
{
    auto all = CaseFile(m_vault, m_actor).appointments();
    if (!all)
        return all.status();
    const auto it = std::find_if(all->begin(), all->end(), [&](const Appointment& a) { return a.id == id; });
    if (it == all->end())
        return Status(ErrorCode::NotFound, tr("Afspraak %1 bestaat niet.").arg(id));
    return *it;
}

// The appointment or promise that is still open (gepland), of the kind the command is for.
Result<Appointment> CaseCommands::open(Id id, AppointmentKind kind) const
{
    auto a = find(id);
    if (!a)
        return a.status();
    if (a->kind != kind)
        return Status(ErrorCode::InvalidInput,
            kind == AppointmentKind::Toezegging
                ? tr("Nummer %1 is een afspraak, geen toezegging: een afspraak wordt gehouden of afgezegd.")
                      .arg(id)
                : tr("Nummer %1 is een toezegging, geen afspraak: een toezegging wordt nagekomen of niet "
                     "nagekomen.")
                      .arg(id));
    if (a->status != AppointmentStatus::Gepland)
        return Status(ErrorCode::InvalidInput,
            tr("Nummer %1 staat niet meer open: het is al %2.").arg(id).arg(toString(a->status)));
    return a;
}

Result<Id> CaseCommands::addAppointment(const AppointmentInput& in)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (in.description.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Een afspraak heeft een omschrijving nodig."));
    if (in.at.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Een afspraak heeft een datum en tijd nodig (JJJJ-MM-DDTUU:MM)."));
    auto at = parseDateTime(in.at);
    if (!at)
        return at.status();
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    auto person = resolve(in.with, PersonRole::Informant);
    if (!person)
        return person.status();
    Appointment a;
    a.kind = AppointmentKind::Afspraak;
    a.description = in.description.trimmed();
    a.plannedAt = *at;
    a.personId = *person;
    auto id = CaseFile(m_vault, m_actor).addAppointment(a);
    if (!id)
        return id.status();
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status CaseCommands::held(Id appointment)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    auto a = open(appointment, AppointmentKind::Afspraak);
    if (!a)
        return a.status();
    return CaseFile(m_vault, m_actor).setAppointmentStatus(appointment, AppointmentStatus::Gehouden, {});
}

Status CaseCommands::cancel(Id appointment, const QString& reason)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status(
            ErrorCode::InvalidInput, tr("Zeg waarom de afspraak is afgezegd; de familie ziet de reden."));
    auto a = open(appointment, AppointmentKind::Afspraak);
    if (!a)
        return a.status();
    return CaseFile(m_vault, m_actor).setAppointmentStatus(appointment, AppointmentStatus::Afgezegd, reason.trimmed());
}

Result<Id> CaseCommands::makeUp(Id cancelled, const QString& at)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (at.trimmed().isEmpty())
        return Status(
            ErrorCode::InvalidInput, tr("Een inhaalafspraak heeft een datum en tijd nodig (JJJJ-MM-DDTUU:MM)."));
    auto when = parseDateTime(at);
    if (!when)
        return when.status();
    auto original = find(cancelled);
    if (!original)
        return original.status();
    if (original->kind != AppointmentKind::Afspraak)
        return Status(ErrorCode::InvalidInput,
            tr("Nummer %1 is een toezegging; alleen een afgezegde afspraak kan worden ingehaald.").arg(cancelled));
    if (original->status == AppointmentStatus::Ingehaald)
        return Status(ErrorCode::InvalidInput, tr("Afspraak %1 is al ingehaald.").arg(cancelled));
    if (original->status != AppointmentStatus::Afgezegd)
        return Status(ErrorCode::InvalidInput,
            tr("Afspraak %1 is niet afgezegd (%2), dus er is niets in te halen. Zeg haar eerst af, met de "
               "reden.")
                .arg(cancelled)
                .arg(toString(original->status)));
    Appointment a;
    a.kind = AppointmentKind::Afspraak;
    a.description = original->description;
    a.plannedAt = *when;
    a.personId = original->personId;
    a.makesUpId = cancelled;
    return CaseFile(m_vault, m_actor).addAppointment(a);
}

Result<Id> CaseCommands::addPromise(const PromiseInput& in)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (in.description.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Een toezegging heeft een omschrijving nodig."));
    if (in.due.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
            tr("Een toezegging heeft een datum nodig waarop ze nagekomen moet zijn (JJJJ-MM-DD): "
               "zonder datum kan de familie niet zien of ze is nagekomen."));
    auto due = parseDate(in.due);
    if (!due)
        return due.status();
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    auto person = resolve(in.with, PersonRole::Informant);
    if (!person)
        return person.status();
    Appointment a;
    a.kind = AppointmentKind::Toezegging;
    a.description = in.description.trimmed();
    a.plannedAt = *due;
    a.personId = *person;
    auto id = CaseFile(m_vault, m_actor).addAppointment(a);
    if (!id)
        return id.status();
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status CaseCommands::kept(Id promise)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    auto a = open(promise, AppointmentKind::Toezegging);
    if (!a)
        return a.status();
    return CaseFile(m_vault, m_actor).setAppointmentStatus(promise, AppointmentStatus::Nagekomen, {});
}

Status CaseCommands::broken(Id promise, const QString& reason)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
            tr("Zeg waarom de toezegging niet is nagekomen; de familie ziet de reden."));
    auto a = open(promise, AppointmentKind::Toezegging);
    if (!a)
        return a.status();
    return CaseFile(m_vault, m_actor).setAppointmentStatus(promise, AppointmentStatus::NietNagekomen, reason.trimmed());
}

} // namespace inzage
