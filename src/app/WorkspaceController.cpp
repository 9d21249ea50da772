#include "WorkspaceController.h"

#include "Wording.h"

#include "dossier/Access.h"
#include "dossier/Workspace.h"
#include "dossier/AnswerExtensions.h"
#include "dossier/AnswerInbox.h"
#include "dossier/Answers.h"
#include "dossier/CaseCommands.h"
#include "dossier/CaseFile.h"
#include "dossier/Persons.h"
#include "report/ConceptRelease.h"
#include "report/ReportCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

namespace inzage::app {

namespace {

std::optional<PersonRef> refOrNone(const QString& name)
{
    if (name.trimmed().isEmpty())
        return std::nullopt;
    PersonRef ref;
    ref.nameOrId = name.trimmed();
    return ref;
}

QString personName(Vault& vault, const Actor& actor, const std::optional<Id>& id)
{
    if (!id)
        return {};
    auto p = Persons(vault, actor).get(*id);
    return p ? p->name : QString();
}

} // namespace

WorkspaceController::WorkspaceController(QObject* parent) : QObject(parent) {}

void WorkspaceController::setVault(Vault* vault, const QString& actorName)
{
    // Only the professional's own vault has a workspace; who that is follows from the file.
    m_vault = vault && opensProfessionalWorkspace(*vault) ? vault : nullptr;
    if (m_vault)
        m_actor = actorFor(*m_vault, actorName);
    refresh();
}

void WorkspaceController::refresh()
{
    loadInbox();
    loadCheck();
    loadCase();
}

void WorkspaceController::loadInbox()
{
    m_inbox.clear();
    m_overdue = 0;
    if (m_vault) {
        auto items = AnswerInbox(*m_vault, m_actor).list(QDateTime::currentDateTimeUtc());
        for (const InboxItem& i : items ? *items : std::vector<InboxItem> {}) {
            QVariantMap row;
            row.insert(QStringLiteral("answerId"), int(i.answer.id));
            row.insert(QStringLiteral("entryId"), int(i.answer.entryId));
            row.insert(QStringLiteral("kind"), toString(i.answer.kind));
            row.insert(QStringLiteral("kindName"), answerKindName(i.answer.kind));
            row.insert(QStringLiteral("text"), i.answer.text);
            row.insert(QStringLiteral("status"), toString(i.answer.status));
            row.insert(QStringLiteral("statusName"), answerStatusName(i.answer.status));
            row.insert(QStringLiteral("reply"), i.answer.reply);
            row.insert(QStringLiteral("entryLabel"), toString(i.entryLabel));
            row.insert(QStringLiteral("entryLabelName"), labelName(i.entryLabel));
            row.insert(QStringLiteral("entryText"), i.entryText);
            row.insert(QStringLiteral("ageDays"), i.ageDays);
            row.insert(QStringLiteral("deadline"), dateInWords(i.deadline.date().toString(Qt::ISODate)));
            row.insert(QStringLiteral("overdue"), i.overdue);
            row.insert(QStringLiteral("open"), i.open);
            row.insert(QStringLiteral("extended"), i.extended);
            row.insert(QStringLiteral("extensionReason"), i.answer.extension ? i.answer.extension->reason : QString());
            row.insert(QStringLiteral("mayExtend"), i.mayExtend);
            row.insert(QStringLiteral("conceptUntil"),
                       i.conceptUntil.isValid() ? dateInWords(i.conceptUntil.toString(Qt::ISODate)) : QString());
            m_overdue += i.overdue ? 1 : 0;
            m_inbox.push_back(row);
        }
    }
    Q_EMIT inboxChanged();
}

void WorkspaceController::loadCheck()
{
    m_blockers.clear();
    m_ready = false;
    m_checkMessage.clear();
    m_conceptSent.clear();
    if (m_vault) {
        if (auto latest = ConceptReleases(*m_vault, m_actor).latest(); latest && *latest)
            m_conceptSent = tr("Het concept is op %1 naar de ouders gestuurd (%n notitie(s)); zij kunnen reageren tot "
                               "en met %2.", nullptr, (*latest)->entries)
                                .arg(dateInWords((*latest)->releasedAt.toLocalTime().date().toString(Qt::ISODate)),
                                     dateInWords((*latest)->reactUntil.toString(Qt::ISODate)));
        auto r = ReportCheck(*m_vault, m_actor).run();
        if (!r) {
            m_checkMessage = r.message();
        } else {
            m_ready = r->ready();
            for (const Blocker& b : r->blockers) {
                QVariantMap row;
                row.insert(QStringLiteral("entryId"), b.entry ? int(*b.entry) : 0);
                row.insert(QStringLiteral("rule"), b.rule);
                row.insert(QStringLiteral("message"), b.message);
                m_blockers.push_back(row);
            }
        }
    }
    Q_EMIT checkChanged();
}

void WorkspaceController::loadCase()
{
    m_officeHours.clear();
    m_contactName.clear();
    m_backupName.clear();
    if (m_vault) {
        if (auto info = CaseFile(*m_vault, m_actor).info()) {
            m_officeHours = QStringLiteral("%1-%2").arg(info->officeHoursStart, info->officeHoursEnd);
            m_contactName = personName(*m_vault, m_actor, info->contactPersonId);
            m_backupName = personName(*m_vault, m_actor, info->backupPersonId);
        }
    }
    Q_EMIT caseChanged();
}

QString WorkspaceController::conceptDeadline() const
{
    return dateInWords(AnswerInbox::conceptReactionDeadline(QDate::currentDate()).toString(Qt::ISODate));
}

QString WorkspaceController::sendConcept()
{
    if (!m_vault)
        return notOpen();
    auto r = ConceptReleases(*m_vault, m_actor).release(QDate::currentDate());
    return afterWrite(r ? Status() : r.status());
}

QString WorkspaceController::notOpen() const
{
    return tr("Open eerst het eigen dossier van de professional.");
}

QString WorkspaceController::afterWrite(const Status& s)
{
    if (!s)
        return s.message();
    refresh();
    Q_EMIT dossierChanged();
    return {};
}

QString WorkspaceController::handleAnswer(int answerId, const QString& status, const QString& reply)
{
    if (!m_vault)
        return notOpen();
    const auto parsed = Vocabulary<AnswerStatus>::parse(status);
    if (!parsed || *parsed == AnswerStatus::Verstuurd)
        return tr("Kies een status voor de reactie: in behandeling, verwerkt of afgewezen.");
    return afterWrite(Answers(*m_vault, m_actor).handle(answerId, *parsed, reply));
}

QString WorkspaceController::acceptCorrection(int answerId, const QString& correctedText, const QString& reason)
{
    if (!m_vault)
        return notOpen();
    return afterWrite(AnswerInbox(*m_vault, m_actor).acceptCorrection(answerId, correctedText, reason));
}

QString WorkspaceController::addOwnView(int answerId, const QString& ownView, const QString& reply)
{
    if (!m_vault)
        return notOpen();
    auto r = AnswerInbox(*m_vault, m_actor).addOwnView(answerId, ownView, reply);
    return afterWrite(r ? Status() : r.status());
}

QString WorkspaceController::extendDeadline(int answerId, const QString& reason)
{
    if (!m_vault)
        return notOpen();
    auto r = AnswerExtensions(*m_vault, m_actor).extend(answerId, reason);
    return afterWrite(r ? Status() : r.status());
}

QString WorkspaceController::setOfficeHours(const QString& hours)
{
    if (!m_vault)
        return notOpen();
    CaseInput in;
    in.officeHours = hours;
    return afterWrite(CaseCommands(*m_vault, m_actor).setCase(in));
}

QString WorkspaceController::setContact(const QString& name)
{
    if (!m_vault)
        return notOpen();
    CaseInput in;
    PersonRef ref;
    ref.nameOrId = name.trimmed();
    in.contact = ref;
    return afterWrite(CaseCommands(*m_vault, m_actor).setCase(in));
}

QString WorkspaceController::setBackup(const QString& name)
{
    if (!m_vault)
        return notOpen();
    CaseInput in;
    PersonRef ref;
    ref.nameOrId = name.trimmed();
    in.backup = ref;
    return afterWrite(CaseCommands(*m_vault, m_actor).setCase(in));
}

QString WorkspaceController::addAppointment(const QString& description, const QString& at, const QString& with)
{
    if (!m_vault)
        return notOpen();
    auto r = CaseCommands(*m_vault, m_actor).addAppointment({description, at, refOrNone(with)});
    return afterWrite(r ? Status() : r.status());
}

QString WorkspaceController::cancelAppointment(int appointmentId, const QString& reason)
{
    if (!m_vault)
        return notOpen();
    return afterWrite(CaseCommands(*m_vault, m_actor).cancel(appointmentId, reason));
}

QString WorkspaceController::makeUpAppointment(int appointmentId, const QString& at)
{
    if (!m_vault)
        return notOpen();
    auto r = CaseCommands(*m_vault, m_actor).makeUp(appointmentId, at);
    return afterWrite(r ? Status() : r.status());
}

QString WorkspaceController::addPromise(const QString& description, const QString& due, const QString& with)
{
    if (!m_vault)
        return notOpen();
    auto r = CaseCommands(*m_vault, m_actor).addPromise({description, due, refOrNone(with)});
    return afterWrite(r ? Status() : r.status());
}

} // namespace inzage::app
