#pragma once

#include "AnswerListModel.h"
#include "AppointmentModel.h"
#include "ChangeHistoryModel.h"
#include "EntryListModel.h"
#include "IdleLock.h"
#include "LabelController.h"
#include "PaperController.h"
#include "PeopleModel.h"
#include "ParentCopyController.h"
#include "ReviewerController.h"
#include "ReadAloud.h"
#include "WorkspaceController.h"

#include "dossier/Model.h"
#include "dossier/Workspace.h"
#include "vault/UnlockThrottle.h"
#include "vault/Vault.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace inzage::app {

// The one object QML talks to: unlocking, the models of every page, answering, the case's
// contacts and the emergency numbers. Holds no logic of its own beyond wiring the core.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath WRITE setVaultPath NOTIFY vaultPathChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Said once after unlocking, before the dossier is shown: the file is older than the last time
    // it was open on this computer (or what the computer remembered of it is not trustworthy).
    Q_PROPERTY(QString fileWarning READ fileWarning NOTIFY fileWarningChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitChanged)
    Q_PROPERTY(bool parentCopy READ parentCopy NOTIFY unlockedChanged)
    Q_PROPERTY(bool canAnswer READ canAnswer NOTIFY unlockedChanged)
    Q_PROPERTY(QString title READ title NOTIFY caseChanged)
    Q_PROPERTY(QString caseNumber READ caseNumber NOTIFY caseChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY caseChanged)
    Q_PROPERTY(QString contactName READ contactName NOTIFY caseChanged)
    Q_PROPERTY(QString contactRole READ contactRole NOTIFY caseChanged)
    Q_PROPERTY(QString backupName READ backupName NOTIFY caseChanged)
    Q_PROPERTY(QString backupRole READ backupRole NOTIFY caseChanged)
    Q_PROPERTY(QStringList chainStages READ chainStages NOTIFY languageChanged)
    // The words of the file explained (core PlainWords): {labels, glossary: [{key, word, meaning,
    // forYou}], numberGaps}, in the current language.
    Q_PROPERTY(QVariantMap plainWords READ plainWords NOTIFY languageChanged)
    Q_PROPERTY(int currentStage READ currentStage NOTIFY caseChanged)
    Q_PROPERTY(QString nextStepText READ nextStepText NOTIFY caseChanged)
    Q_PROPERTY(QString officeHours READ officeHours NOTIFY caseChanged)
    // The latest concept report sent to the parents, as this file holds it: {sent, sentOn,
    // reactUntil (in words), open (may still react), entries (in this file)}; sent false when none.
    Q_PROPERTY(QVariantMap conceptRelease READ conceptRelease NOTIFY caseChanged)
    // The entries of that concept, as a map from entry id (text) to true, for "In het concept".
    Q_PROPERTY(QVariantMap conceptEntries READ conceptEntries NOTIFY caseChanged)
    Q_PROPERTY(QString officeNumber READ officeNumber NOTIFY caseChanged)
    Q_PROPERTY(QString afterHoursNumber READ afterHoursNumber NOTIFY caseChanged)
    Q_PROPERTY(bool officeHoursNow READ officeHoursNow NOTIFY clockChanged)
    Q_PROPERTY(QString numberNow READ numberNow NOTIFY clockChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    // Before any passphrase: why the chosen file cannot be opened ("" when it looks like a dossier).
    Q_PROPERTY(QString fileProblem READ fileProblem NOTIFY vaultPathChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    // The entry the reader was at when this file was last open (0: none), read at unlock.
    Q_PROPERTY(int lastPlace READ lastPlace NOTIFY unlockedChanged)
    // How many answers are written here but not yet in an answer file.
    Q_PROPERTY(int unsentCount READ unsentCount NOTIFY answersTravelled)
    // After how many minutes without key or mouse input an open dossier locks itself (remembered).
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY idleMinutesChanged)
    // The reader's text size: a factor on the system font, 0.8 to 2 (remembered; A− / A+, Ctrl+- / Ctrl+=).
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    // "Lees voor" (ReadAloud): reads an entry or a page aloud, or says why it cannot.
    Q_PROPERTY(QObject* speech READ speech CONSTANT)
    Q_PROPERTY(QObject* entries READ entries CONSTANT)
    Q_PROPERTY(QObject* answers READ answers CONSTANT)
    Q_PROPERTY(QObject* people READ people CONSTANT)
    Q_PROPERTY(QObject* appointments READ appointments CONSTANT)
    // "Veranderingen": who changed what in this file and when (ChangeHistoryModel).
    Q_PROPERTY(QObject* changes READ changes CONSTANT)
    // "Op papier": Mijn dossier or Mijn reacties as a PDF (PaperController).
    Q_PROPERTY(QObject* paper READ paper CONSTANT)
    // The professional's own vault opens the labelling workspace instead of the parent's pages.
    Q_PROPERTY(bool professional READ professional NOTIFY unlockedChanged)
    Q_PROPERTY(QObject* labelling READ labelling CONSTANT)
    // The rest of the professional's workspace: answers inbox, case forms, report check.
    Q_PROPERTY(QObject* workspace READ workspace CONSTANT)
    // The "Ouders" page: parent copies, update files, answer files (ParentCopyController).
    Q_PROPERTY(QObject* copies READ copies CONSTANT)
    // Chosen before unlocking (the unlock page, --reviewer): open the file read-only, as a reviewer,
    // through the same core path as `inzage-cli audit`; the file stays byte-identical.
    Q_PROPERTY(bool openAsReviewer READ openAsReviewer WRITE setOpenAsReviewer NOTIFY openAsReviewerChanged)
    // The open file is read as a reviewer's (Vault::role()): the reviewer's view instead of the others.
    Q_PROPERTY(bool reviewer READ reviewer NOTIFY unlockedChanged)
    // The reviewer's figures, findings, histories and sample (ReviewerController).
    Q_PROPERTY(QObject* review READ review CONSTANT)

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    void setEngine(QQmlEngine* engine) { m_engine = engine; }

    // Takes the passphrase, turns it into wiped memory at once. False with a message on failure.
    Q_INVOKABLE bool unlock(const QString& passphrase);
    // The same from wiped memory (a passphrase file): no QString copy is made.
    bool unlockWith(const SecureBytes& passphrase);
    // The reader has read the file warning: show the dossier.
    Q_INVOKABLE void dismissFileWarning();
    Q_INVOKABLE void lock();
    // The hide key (Ctrl+Shift+H): locks at once and says nothing on the unlock page; the window
    // minimizes itself (Main.qml).
    Q_INVOKABLE void hideNow();
    // Saves an answer at once in the encrypted file. Returns "" when saved, else the message.
    Q_INVOKABLE QString submitAnswer(int entryId, const QString& kind, const QString& text);
    // Changes an answer: a new version, the old one stays in the history. "" when saved.
    Q_INVOKABLE QString reviseAnswer(int answerId, const QString& kind, const QString& text);
    // Writes the report of the open dossier as a PDF at path: a concept, or the final one (recorded in
    // the audit chain). "" when written, else the message; the core decides who may and when.
    Q_INVOKABLE QString makeReport(const QString& path, bool asConcept);
    // The choices for an entry with this label (the core's AnswerChoices): {kind, title, whatHappens}.
    Q_INVOKABLE QVariantList answerChoices(const QString& label) const;
    Q_INVOKABLE void setLanguage(const QString& code);
    // One step larger (steps > 0) or smaller (< 0) text; 0 back to normal.
    Q_INVOKABLE void changeTextSize(int steps);
    // Opens another file: a local path or a file:// URL (file dialog, a dropped file, recent files).
    Q_INVOKABLE void chooseFile(const QString& pathOrUrl);
    Q_INVOKABLE void rememberPlace(int entryId);
    // A good name for the answer file, in the folder of the parent copy.
    Q_INVOKABLE QString suggestedAnswerFile() const;
    // Writes every answer into a new encrypted answer file. Returns "" when written, else the message.
    Q_INVOKABLE QString sendAnswers(const QString& pathOrUrl);
    // Reads an update file (statuses and replies). Returns what happened, in words; sets ok.
    Q_INVOKABLE QVariantMap fetchUpdates(const QString& pathOrUrl);
    // A good name for the calendar file of the appointments, in the folder of the dossier file.
    Q_INVOKABLE QString suggestedCalendarFile() const;
    // Writes the appointments and promises as a new .ics file. "" when written, else the message.
    Q_INVOKABLE QString saveCalendar(const QString& pathOrUrl);
    Q_INVOKABLE void refreshClock()
    {
        Q_EMIT clockChanged();
        Q_EMIT waitChanged();
    }

    bool unlocked() const { return m_vault != nullptr; }
    QString fileWarning() const { return m_fileWarning; }
    QString vaultPath() const { return m_path; }
    void setVaultPath(const QString& path);
    QString message() const { return m_message; }
    int waitSeconds() const;
    bool parentCopy() const { return m_vault && m_vault->kind() == VaultKind::Ouderexemplaar; }
    // The core says whether this reader may answer here (a parent in their own copy).
    bool canAnswer() const;
    QString title() const { return m_info.title; }
    QString caseNumber() const { return m_info.caseNumber; }
    QString organisation() const { return m_info.organisation; }
    QString contactName() const { return m_contactName; }
    QString contactRole() const { return m_contactRole; }
    QString backupName() const { return m_backupName; }
    QString backupRole() const { return m_backupRole; }
    QStringList chainStages() const;
    QVariantMap plainWords() const;
    int currentStage() const;
    QString nextStepText() const;
    QString officeHours() const;
    QVariantMap conceptRelease() const { return m_concept; }
    QVariantMap conceptEntries() const { return m_conceptEntries; }
    QString officeNumber() const { return m_info.officePhone; }
    QString afterHoursNumber() const;
    bool officeHoursNow() const;
    QString numberNow() const;
    QString language() const { return m_language; }
    QString fileProblem() const;
    QStringList recentFiles() const;
    int lastPlace() const { return m_lastPlace; }
    int unsentCount() const;
    int idleMinutes() const { return m_idleMinutes; }
    void setIdleMinutes(int minutes);
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    // For tests: a short idle time, not remembered.
    void setIdleInterval(std::chrono::milliseconds interval) { m_idle.setInterval(interval); }
    bool idleLockArmed() const { return m_idle.armed(); }

    QObject* speech() { return &m_speech; }
    QObject* entries() { return &m_entries; }
    QObject* answers() { return &m_answers; }
    QObject* people() { return &m_people; }
    QObject* appointments() { return &m_appointments; }
    QObject* changes() { return &m_changes; }
    QObject* paper() { return &m_paper; }
    bool professional() const { return m_vault && opensProfessionalWorkspace(*m_vault); }
    QObject* labelling() { return &m_labelling; }
    QObject* workspace() { return &m_workspace; }
    QObject* copies() { return &m_copies; }
    bool openAsReviewer() const { return m_openAsReviewer; }
    void setOpenAsReviewer(bool on);
    bool reviewer() const { return m_vault && opensReviewerView(*m_vault); }
    QObject* review() { return &m_review; }

Q_SIGNALS:
    void unlockedChanged();
    void fileWarningChanged();
    void vaultPathChanged();
    void messageChanged();
    void waitChanged();
    void caseChanged();
    void clockChanged();
    void languageChanged();
    void answerSaved(int entryId);
    void recentFilesChanged();
    void answersTravelled();
    void idleMinutesChanged();
    void openAsReviewerChanged();
    void textScaleChanged();

private:
    // The kind, or why the parent cannot answer now (not open, not a parent copy, no kind chosen).
    Result<AnswerKind> answerKindIfAllowed(const QString& kind) const;
    void afterAnswerSaved(Id entryId);
    void setMessage(const QString& m);
    void loadCase();
    void reloadModels();
    void installTranslation();
    void rememberSeen();
    void lockBecauseIdle();

    QQmlEngine* m_engine = nullptr;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    UnlockThrottle m_throttle;
    QString m_message;
    QString m_fileWarning;
    CaseInfo m_info;
    QVariantMap m_concept, m_conceptEntries;
    QString m_contactName, m_contactRole, m_backupName, m_backupRole;
    QString m_language = QStringLiteral("nl");
    QTranslator m_translator;
    QTranslator m_qtTranslator; // Qt's own words (the file chooser's "Openen", "Annuleren")
    EntryListModel m_entries;
    AnswerListModel m_answers;
    PeopleModel m_people;
    AppointmentModel m_appointments;
    ChangeHistoryModel m_changes;
    PaperController m_paper;
    LabelController m_labelling;
    int m_lastPlace = 0;
    qint64 m_seenUpTo = 0;
    qint64 m_revisionsSeen = 0;
    double m_textScale = 1.0;
    ReadAloud m_speech;
    WorkspaceController m_workspace;
    ParentCopyController m_copies;
    ReviewerController m_review;
    bool m_openAsReviewer = false;
    IdleLock m_idle;
    int m_idleMinutes = 10;
};

} // namespace inzage::app
