#include "exchange/JsonExport.h"

#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "exchange/DossierExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>

namespace inzage {

namespace {

QJsonValue optionalId(const std::optional<Id>& id) { return id ? QJsonValue(qint64(*id)) : QJsonValue(); }

} // namespace

QJsonObject toJson(const SpokenTo& s)
{
    QJsonObject o {{QStringLiteral("person_id"), qint64(s.personId)},
                   {QStringLiteral("name"), s.name},
                   {QStringLiteral("relation"), s.relation},
                   {QStringLiteral("organisation"), s.organisation},
                   {QStringLiteral("role"), toString(s.role)},
                   {QStringLiteral("date"), s.spokenOn},
                   {QStringLiteral("method"), toString(s.method)},
                   {QStringLiteral("shielded"), s.shielded}};
    if (s.shielded)
        o.insert(QStringLiteral("shield_reason"), s.shieldReason);
    return o;
}

QJsonObject toJson(const SourceApproval& a)
{
    QJsonObject o {{QStringLiteral("person_id"), qint64(a.personId)},
                   {QStringLiteral("name"), a.name},
                   {QStringLiteral("relation"), a.relation},
                   {QStringLiteral("role"), toString(a.role)},
                   {QStringLiteral("date"), a.approvedOn},
                   {QStringLiteral("method"), toString(a.method)},
                   {QStringLiteral("rev"), a.rev},
                   {QStringLiteral("text_unchanged"), a.textUnchanged},
                   {QStringLiteral("recorded_at"), a.recordedAt},
                   {QStringLiteral("recorded_by"), a.recordedBy},
                   {QStringLiteral("shielded"), a.shielded}};
    if (a.shielded)
        o.insert(QStringLiteral("shield_reason"), a.shieldReason);
    return o;
}

QJsonObject toJson(const Entry& e)
{
    const EntryContent& c = e.content;
    QJsonArray spoken;
    for (const SpokenTo& s : c.spokenTo)
        spoken.append(toJson(s));
    QJsonArray restsOn;
    for (Id id : c.restsOn)
        restsOn.append(qint64(id));
    QJsonObject o {{QStringLiteral("id"), qint64(e.id)},
                   {QStringLiteral("rev"), e.rev},
                   {QStringLiteral("position"), qint64(e.position)},
                   {QStringLiteral("label"), toString(c.label)},
                   {QStringLiteral("label_display"), displayName(c.label)},
                   {QStringLiteral("section"), c.section},
                   {QStringLiteral("text"), c.text},
                   {QStringLiteral("event_date"), c.eventDate},
                   {QStringLiteral("recorded_at"), e.recordedAt},
                   {QStringLiteral("changed_by"), e.changedBy},
                   {QStringLiteral("change_note"), e.changeNote},
                   {QStringLiteral("author"), e.authorName},
                   {QStringLiteral("visible_to_parent"), c.visibleToParent},
                   {QStringLiteral("spoken_to"), spoken},
                   {QStringLiteral("answers"), e.answerCount}};
    if (e.removed())
        o.insert(QStringLiteral("removed_at"), e.removedAt);
    if (c.label == Label::Feit || c.basisKind != BasisKind::Geen)
        o.insert(QStringLiteral("basis"), QJsonObject {{QStringLiteral("kind"), toString(c.basisKind)},
                                                       {QStringLiteral("detail"), c.basisDetail}});
    if (c.label == Label::Bron || !e.approvals.empty()) {
        QJsonArray approvals;
        for (const SourceApproval& a : e.approvals)
            approvals.append(toJson(a));
        o.insert(QStringLiteral("approvals"), approvals);
    }
    if (c.label == Label::Mening) {
        // Whose opinion it is, as every view says it: a shielded holder has no name for a parent,
        // and is never replaced by the author's name (that would give the opinion to someone else).
        const OpinionHolder holder = opinionHolder(e);
        o.insert(QStringLiteral("holder"), holder.name);
        if (holder.shielded)
            o.insert(QStringLiteral("holder_shielded"), true);
        o.insert(QStringLiteral("rests_on"), restsOn);
    }
    return o;
}

QJsonObject toJson(const Answer& a)
{
    QJsonObject o {{QStringLiteral("id"), qint64(a.id)},
            {QStringLiteral("uid"), a.uid},
            {QStringLiteral("entry_id"), qint64(a.entryId)},
            {QStringLiteral("entry_rev"), a.entryRev},
            {QStringLiteral("entry_changed_since"), a.entryChangedSince},
            {QStringLiteral("rev"), a.rev},
            {QStringLiteral("kind"), toString(a.kind)},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("status"), toString(a.status)},
            {QStringLiteral("reply"), a.reply},
            {QStringLiteral("handled_by"), a.handledBy},
            {QStringLiteral("handled_at"), a.handledAt},
            {QStringLiteral("changed_by"), a.changedBy},
            {QStringLiteral("changed_at"), a.changedAt},
            {QStringLiteral("created_at"), a.createdAt}};
    if (a.extension)
        o.insert(QStringLiteral("extension"),
            QJsonObject {{QStringLiteral("until"), a.extension->until}, {QStringLiteral("reason"), a.extension->reason},
                {QStringLiteral("extended_at"), a.extension->extendedAt},
                {QStringLiteral("extended_by"), a.extension->extendedBy}});
    return o;
}

QJsonObject toJson(const Person& p)
{
    QJsonObject o {{QStringLiteral("id"), qint64(p.id)},
                   {QStringLiteral("name"), p.name},
                   {QStringLiteral("role"), toString(p.role)},
                   {QStringLiteral("relation"), p.relation},
                   {QStringLiteral("organisation"), p.organisation},
                   {QStringLiteral("phone"), p.phone},
                   {QStringLiteral("shielded"), p.shielded}};
    if (p.shielded)
        o.insert(QStringLiteral("shield_reason"), p.shieldReason);
    return o;
}

QJsonObject toJson(const CaseInfo& i)
{
    QJsonArray children;
    for (Id c : i.childIds)
        children.append(qint64(c));
    return {{QStringLiteral("uid"), i.uid},
            {QStringLiteral("case_number"), i.caseNumber},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("organisation"), i.organisation},
            {QStringLiteral("office_hours"), QStringLiteral("%1-%2").arg(i.officeHoursStart, i.officeHoursEnd)},
            {QStringLiteral("office_phone"), i.officePhone},
            {QStringLiteral("after_hours_phone"), i.afterHoursPhone},
            {QStringLiteral("contact_person_id"), optionalId(i.contactPersonId)},
            {QStringLiteral("backup_person_id"), optionalId(i.backupPersonId)},
            {QStringLiteral("stage"), toString(i.stage)},
            {QStringLiteral("children"), children}};
}

QJsonObject toJson(const Appointment& a)
{
    return {{QStringLiteral("id"), qint64(a.id)},
            {QStringLiteral("kind"), toString(a.kind)},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("planned_at"), a.plannedAt},
            {QStringLiteral("person_id"), optionalId(a.personId)},
            {QStringLiteral("status"), toString(a.status)},
            {QStringLiteral("status_note"), a.statusNote},
            {QStringLiteral("makes_up_id"), optionalId(a.makesUpId)}};
}

QJsonObject toJson(const LabelCounts& c)
{
    return {{QStringLiteral("feit"), c.feit},
            {QStringLiteral("mening"), c.mening},
            {QStringLiteral("bron"), c.bron},
            {QStringLiteral("onbeoordeeld"), c.onbeoordeeld},
            {QStringLiteral("total"), c.total()}};
}

Result<QJsonObject> exportDossier(Vault& vault)
{
    // One way of making the document: the streamed one, read back (for small dossiers and tests).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status s = writeDossierJson(vault, buffer); !s)
        return s;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Status(
            ErrorCode::Failed, QCoreApplication::translate("inzage::JsonExport", "De export is geen geldig JSON-document: %1").arg(error.errorString()));
    return doc.object();
}

} // namespace inzage
