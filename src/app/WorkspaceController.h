#pragma once

#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>

namespace inzage::app {

// The professional's workspace beyond labelling: the inbox of parents' answers, the case
// information forms and the report check. Every rule is the core's (AnswerInbox, CaseCommands,
// ReportCheck); each action returns "" when done, else the core's message, and changes nothing then.
class WorkspaceController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceController)
    // [{answerId, entryId, kind, kindName, text, status, statusName, reply, entryLabel, entryLabelName,
    //   entryText, ageDays, deadline, overdue, open, extended, extensionReason, mayExtend, conceptUntil}], overdue
    // first. deadline is the extended one when extended.
    Q_PROPERTY(QVariantList inbox READ inbox NOTIFY inboxChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY inboxChanged)
    // [{entryId (0: the whole case), rule, message}]
    Q_PROPERTY(QVariantList blockers READ blockers NOTIFY checkChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY checkChanged)
    Q_PROPERTY(QString checkMessage READ checkMessage NOTIFY checkChanged)
    Q_PROPERTY(QString officeHours READ officeHours NOTIFY caseChanged)
    Q_PROPERTY(QString contactName READ contactName NOTIFY caseChanged)
    Q_PROPERTY(QString backupName READ backupName NOTIFY caseChanged)
    // The last concept sent to the parents: "" when none, else when and until when, in words.
    Q_PROPERTY(QString conceptSent READ conceptSent NOTIFY checkChanged)

public:
    explicit WorkspaceController(QObject* parent = nullptr);

    void setVault(Vault* vault, const QString& actorName);

    Q_INVOKABLE void refresh();
    // status: "in-behandeling", "verwerkt", "afgewezen".
    Q_INVOKABLE QString handleAnswer(int answerId, const QString& status, const QString& reply);
    Q_INVOKABLE QString acceptCorrection(int answerId, const QString& correctedText, const QString& reason);
    Q_INVOKABLE QString addOwnView(int answerId, const QString& ownView, const QString& reply);
    // The AVG's one extension by two months, with the reason the parent sees (AnswerExtensions).
    Q_INVOKABLE QString extendDeadline(int answerId, const QString& reason);

    Q_INVOKABLE QString setOfficeHours(const QString& hours);
    Q_INVOKABLE QString setContact(const QString& name);
    Q_INVOKABLE QString setBackup(const QString& name);
    Q_INVOKABLE QString addAppointment(const QString& description, const QString& at, const QString& with);
    Q_INVOKABLE QString cancelAppointment(int appointmentId, const QString& reason);
    Q_INVOKABLE QString makeUpAppointment(int appointmentId, const QString& at);
    Q_INVOKABLE QString addPromise(const QString& description, const QString& due, const QString& with);
    // What a file dialog chose, as a path for App.makeReport ("" for anything but a local file).
    Q_INVOKABLE QString localPath(const QUrl& url) const { return url.isLocalFile() ? url.toLocalFile() : QString(); }
    // Until when parents may react to a concept sent today (AnswerInbox: 5 working days), in words.
    Q_INVOKABLE QString conceptDeadline() const;
    // "Concept naar de ouders": records that the concept goes to the parents now, with the earliest
    // reaction deadline (ConceptReleases); the next update files take it to each copy.
    Q_INVOKABLE QString sendConcept();

    QVariantList inbox() const { return m_inbox; }
    int overdueCount() const { return m_overdue; }
    QVariantList blockers() const { return m_blockers; }
    bool ready() const { return m_ready; }
    QString checkMessage() const { return m_checkMessage; }
    QString officeHours() const { return m_officeHours; }
    QString contactName() const { return m_contactName; }
    QString backupName() const { return m_backupName; }
    QString conceptSent() const { return m_conceptSent; }

Q_SIGNALS:
    void inboxChanged();
    void checkChanged();
    void caseChanged();
    // The case file changed (an entry revised or added, an appointment): other views reload.
    void dossierChanged();

private:
    QString afterWrite(const Status& s);
    QString notOpen() const;
    void loadInbox();
    void loadCheck();
    void loadCase();

    Vault* m_vault = nullptr;
    Actor m_actor;
    QVariantList m_inbox, m_blockers;
    int m_overdue = 0;
    bool m_ready = false;
    QString m_checkMessage, m_officeHours, m_contactName, m_backupName, m_conceptSent;
};

} // namespace inzage::app
