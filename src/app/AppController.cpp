#include "AppController.h"

#include "ConceptBanner.h"
#include "LocalFiles.h"
#include "PlacesStore.h"
#include "Wording.h"

#include "dossier/Access.h"
#include "dossier/Workspace.h"
#include "dossier/AnswerChoices.h"
#include "dossier/PlainWords.h"
#include "dossier/Entries.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Emergency.h"
#include "dossier/Persons.h"
#include "dossier/Stages.h"
#include "report/ReportMaker.h"
#include "report/pdf/ReportPdf.h"
#include "exchange/AnswerTravel.h"
#include "exchange/NewSinceVisit.h"
#include "vault/OpenMemory.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

#include <sodium.h>

namespace inzage::app {


AppController::AppController(QObject* parent) : QObject(parent)
{
    connect(&m_entries, &EntryListModel::errorOccurred, this, &AppController::setMessage);
    // A form or an answer changed the case file: the case header, the appointments and the
    // labelling view show it at once; the labelling view keeps its place.
    connect(&m_workspace, &WorkspaceController::dossierChanged, this, [this] {
        loadCase();
        m_appointments.setVault(m_vault.get());
        const int position = m_labelling.position();
        m_labelling.setVault(m_vault.get(), qEnvironmentVariable("USER", QStringLiteral("app")));
        m_labelling.goTo(position);
    });
    // Answers read in from a parent: the inbox, the check and the labelling view show them.
    connect(&m_copies, &ParentCopyController::answersRead, &m_workspace, &WorkspaceController::refresh);
    connect(&m_copies, &ParentCopyController::answersRead, &m_workspace, &WorkspaceController::dossierChanged);
    installTranslation();
    // Idle is no key or mouse input anywhere in the application, whichever window has it.
    m_idleMinutes = PlacesStore::idleMinutes();
    m_idle.setInterval(std::chrono::minutes(m_idleMinutes));
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(&m_idle);
    connect(&m_idle, &IdleLock::expired, this, &AppController::lockBecauseIdle);
    m_textScale = PlacesStore::textScale();
}

// Closing the window is leaving too: what was seen is remembered, so the next visit marks what is new.
AppController::~AppController() { rememberSeen(); }

void AppController::setTextScale(double scale)
{
    const double bounded = PlacesStore::boundedTextScale(scale);
    PlacesStore::setTextScale(bounded);
    if (qFuzzyCompare(bounded, m_textScale))
        return;
    m_textScale = bounded;
    Q_EMIT textScaleChanged();
}

void AppController::changeTextSize(int steps)
{
    // Steps of about 15%: from 80% to 200% in eight steps.
    static constexpr double kSteps[] = {0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0};
    constexpr int kCount = int(sizeof(kSteps) / sizeof(kSteps[0]));
    if (steps == 0) {
        setTextScale(1.0);
        return;
    }
    int at = 0;
    for (int i = 0; i < kCount; ++i) {
        if (kSteps[i] <= m_textScale + 0.001)
            at = i;
    }
    setTextScale(kSteps[qBound(0, at + steps, kCount - 1)]);
}

void AppController::setIdleMinutes(int minutes)
{
    const int bounded = PlacesStore::boundedIdleMinutes(minutes);
    PlacesStore::setIdleMinutes(bounded);
    if (bounded == m_idleMinutes)
        return;
    m_idleMinutes = bounded;
    m_idle.setInterval(std::chrono::minutes(m_idleMinutes));
    Q_EMIT idleMinutesChanged();
}

void AppController::lockBecauseIdle()
{
    if (!m_vault)
        return;
    lock();
    setMessage(QCoreApplication::translate("AppController", "Inzage is vergrendeld omdat u een tijd niets deed."));
}

void AppController::hideNow()
{
    if (m_vault)
        lock();
    setMessage({});
}

void AppController::setVaultPath(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    Q_EMIT vaultPathChanged();
}

int AppController::waitSeconds() const { return m_throttle.secondsToWait(QDateTime::currentDateTimeUtc()); }

void AppController::setMessage(const QString& m)
{
    if (m == m_message)
        return;
    m_message = m;
    Q_EMIT messageChanged();
}

bool AppController::unlock(const QString& passphrase)
{
    // The QString itself belongs to the QML engine (the field is emptied at once, and the process
    // is not dumpable); the copies made here are wiped.
    QByteArray utf8 = passphrase.toUtf8();
    const SecureBytes secret(utf8.constData(), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return unlockWith(secret);
}

bool AppController::unlockWith(const SecureBytes& secret)
{
    const int wait = waitSeconds();
    if (wait > 0) {
        setMessage(QCoreApplication::translate("AppController", "Wacht nog %n seconde(n) en probeer het dan opnieuw.",
                                               nullptr, wait));
        return false;
    }
    // A reviewer opens read-only, exactly as `inzage-cli audit` does (immutable when no program is
    // writing): the core then reads the file as a reviewer's and cannot write to it.
    auto vault = Vault::open(m_path, secret, m_openAsReviewer ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (vault && m_openAsReviewer && !opensReviewerView(**vault)) {
        // A parent copy is always read as the parent it was made for; there is nothing to audit in it.
        setMessage(QCoreApplication::translate("AppController",
            "Dit is een ouderexemplaar. Dat opent altijd als de ouder voor wie het is gemaakt, niet als toetser. "
            "Een toetser opent het dossier van de hulpverlener. Zet het vinkje uit om het als ouder te openen."));
        Q_EMIT waitChanged();
        return false;
    }
    if (!vault) {
        switch (vault.code()) {
        case ErrorCode::WrongPassphrase:
            m_throttle.recordFailure(QDateTime::currentDateTimeUtc());
            setMessage(QCoreApplication::translate("AppController",
                                                   "Dit wachtwoord klopt niet. Kijk of u het goed heeft getypt en probeer "
                                                   "het opnieuw."));
            break;
        case ErrorCode::NotAVault:
            setMessage(QCoreApplication::translate("AppController",
                                                   "Dit bestand is geen Inzage-dossier. Kies het bestand dat u van uw "
                                                   "hulpverlener heeft gekregen."));
            break;
        case ErrorCode::NotFound:
            setMessage(QCoreApplication::translate("AppController", "Het dossierbestand is niet gevonden."));
            break;
        case ErrorCode::NewerFormat:
            setMessage(QCoreApplication::translate("AppController",
                                                   "Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk "
                                                   "Inzage bij om het te openen."));
            break;
        default:
            setMessage(QCoreApplication::translate("AppController",
                                                   "Het dossier kan niet worden geopend. Het bestand is misschien "
                                                   "beschadigd. Vraag uw hulpverlener om een nieuw exemplaar."));
        }
        Q_EMIT waitChanged();
        return false;
    }
    m_throttle.recordSuccess();
    m_vault = std::move(*vault);
    setMessage({});
    // Older than last time on this computer? The core compares; the window says it before the dossier.
    auto remembered = OpenMemory::check(*m_vault, OpenMemory::defaultDirectory());
    m_fileWarning = remembered ? remembered->warning : QString();
    Q_EMIT fileWarningChanged();
    PlacesStore::addRecent(m_path);
    Q_EMIT recentFilesChanged();
    m_lastPlace = PlacesStore::place(m_path);
    // New is what came in after the last visit; on the first visit, what comes in from now on.
    m_seenUpTo = PlacesStore::seenUpTo(m_path);
    if (m_seenUpTo == 0) {
        if (auto seq = AnswerTravel::lastSeq(*m_vault))
            m_seenUpTo = *seq;
    }
    // Entries the same way (NewSinceVisit): on a first visit nothing is new.
    m_revisionsSeen = PlacesStore::revisionsSeen(m_path);
    if (m_revisionsSeen == 0) {
        if (auto mark = NewSinceVisit::mark(*m_vault))
            m_revisionsSeen = *mark;
    }
    loadCase();
    reloadModels();
    // A parent copy must not open with the professional's own passphrase: the page compares.
    m_copies.setVault(m_vault.get(), qEnvironmentVariable("USER", QStringLiteral("app")),
                      SecureBytes(secret.chars(), secret.size()));
    Q_EMIT waitChanged();
    Q_EMIT unlockedChanged();
    m_idle.arm();
    return true;
}

void AppController::dismissFileWarning()
{
    if (m_fileWarning.isEmpty())
        return;
    m_fileWarning.clear();
    Q_EMIT fileWarningChanged();
}

void AppController::lock()
{
    m_idle.disarm();
    rememberSeen();
    dismissFileWarning();
    m_lastPlace = 0;
    m_entries.setVault(nullptr);
    m_answers.setVault(nullptr);
    m_people.setVault(nullptr);
    m_appointments.setVault(nullptr);
    m_changes.setVault(nullptr);
    m_paper.setVault(nullptr, {}, {});
    m_labelling.setVault(nullptr, {});
    m_workspace.setVault(nullptr, {});
    m_copies.setVault(nullptr, {}, {});
    m_review.setVault(nullptr, {});
    m_vault.reset();
    m_info = {};
    m_concept.clear();
    m_conceptEntries.clear();
    Q_EMIT caseChanged();
    Q_EMIT unlockedChanged();
}

void AppController::reloadModels()
{
    m_entries.setSeenUpTo(m_seenUpTo);
    m_entries.setRevisionsSeen(m_revisionsSeen);
    m_answers.setSeenUpTo(m_seenUpTo);
    // What the models show is what the vault's reader may see: the core decides from the file.
    m_entries.setVault(m_vault.get());
    m_answers.setVault(m_vault.get());
    m_people.setVault(m_vault.get());
    m_appointments.setVault(m_vault.get());
    m_changes.setVault(m_vault.get());
    m_paper.setVault(m_vault.get(), m_path, m_info.caseNumber);
    // The audit log names who labelled: the app knows no more of them than the account they use.
    m_labelling.setVault(m_vault.get(), qEnvironmentVariable("USER", QStringLiteral("app")));
    m_workspace.setVault(m_vault.get(), qEnvironmentVariable("USER", QStringLiteral("app")));
    m_review.setVault(m_vault.get(), qEnvironmentVariable("USER", QStringLiteral("toetser")));
}

void AppController::setOpenAsReviewer(bool on)
{
    if (on == m_openAsReviewer)
        return;
    m_openAsReviewer = on;
    Q_EMIT openAsReviewerChanged();
}

void AppController::loadCase()
{
    const Actor reader = actorFor(*m_vault, QStringLiteral("app"));
    if (auto info = CaseFile(*m_vault, reader).info())
        m_info = *info;
    Persons persons(*m_vault, reader);
    auto describe = [&](const std::optional<Id>& id, QString& name, QString& role) {
        name.clear();
        role.clear();
        if (!id)
            return;
        if (auto p = persons.get(*id)) {
            name = p->shielded ? QCoreApplication::translate("Wording", "Afgeschermde bron") : p->name;
            role = p->relation;
        }
    };
    describe(m_info.contactPersonId, m_contactName, m_contactRole);
    describe(m_info.backupPersonId, m_backupName, m_backupRole);
    m_concept = conceptBanner(*m_vault, reader, m_conceptEntries);
    Q_EMIT caseChanged();
    Q_EMIT clockChanged();
}

bool AppController::canAnswer() const { return m_vault && mayWrite(*m_vault, Write::ParentAnswer); }

Result<AnswerKind> AppController::answerKindIfAllowed(const QString& kind) const
{
    if (!m_vault)
        return Status(ErrorCode::Usage, QCoreApplication::translate("AppController", "Het dossier is niet open."));
    if (Status s = checkWrite(*m_vault, actorFor(*m_vault, QStringLiteral("ouder")), Write::ParentAnswer); !s)
        return s;
    const auto k = parse<AnswerKind>(kind);
    if (!k)
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("AppController", "Kies eerst wat voor reactie het is."));
    return *k;
}

QVariantList AppController::answerChoices(const QString& label) const
{
    QVariantList out;
    const auto l = parse<Label>(label);
    if (!l)
        return out;
    for (const AnswerChoice& c : AnswerChoices::forLabel(*l))
        out.append(QVariantMap {{QStringLiteral("kind"), toString(c.kind)},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("whatHappens"), c.whatHappens}});
    return out;
}

void AppController::afterAnswerSaved(Id entryId)
{
    // One card changes; the list keeps its place.
    m_entries.refreshEntry(entryId);
    m_answers.reload();
    m_changes.reload();
    Q_EMIT answerSaved(int(entryId));
    Q_EMIT answersTravelled();
}

QString AppController::submitAnswer(int entryId, const QString& kind, const QString& text)
{
    const auto k = answerKindIfAllowed(kind);
    if (!k)
        return k.message();
    // The core refuses a choice that does not fit the entry's label (AnswerChoices).
    auto a = Answers(*m_vault, actorFor(*m_vault, QStringLiteral("ouder"))).add(entryId, *k, text);
    if (!a)
        return a.message();
    afterAnswerSaved(entryId);
    return {};
}

QString AppController::makeReport(const QString& path, bool asConcept)
{
    if (!m_vault)
        return tr("Open eerst een dossier.");
    auto made = ReportMaker::make(*m_vault, actorFor(*m_vault, qEnvironmentVariable("USER", QStringLiteral("onbekend"))), path,
        asConcept ? ReportKind::Concept : ReportKind::Definitief, &ReportPdf::render);
    return made ? QString() : made.message();
}

QString AppController::reviseAnswer(int answerId, const QString& kind, const QString& text)
{
    const auto k = answerKindIfAllowed(kind);
    if (!k)
        return k.message();
    Answers answers(*m_vault, actorFor(*m_vault, QStringLiteral("ouder")));
    auto before = answers.get(answerId);
    if (!before)
        return before.message();
    // A change is a new version; the earlier one stays readable in the history.
    if (Status s = answers.revise(answerId, *k, text); !s)
        return s.message();
    afterAnswerSaved(before->entryId);
    return {};
}

void AppController::setLanguage(const QString& code)
{
    if (code == m_language)
        return;
    m_language = code;
    installTranslation();
    m_speech.setLanguage(m_language);
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QLocale::English : QLocale::Dutch));
    if (m_engine)
        m_engine->retranslate();
    if (m_vault)
        reloadModels();
    Q_EMIT languageChanged();
    Q_EMIT caseChanged();
}

void AppController::installTranslation()
{
    QCoreApplication::removeTranslator(&m_translator);
    // Dutch is the source language, but its plural forms ("%n feit(en)" -> "5 feiten") come from
    // inzage_nl.qm: without it the parent reads "5 feit(en)".
    const QString file = QStringLiteral(":/i18n/inzage_%1.qm").arg(m_language == QLatin1String("en") ? m_language : QStringLiteral("nl"));
    if (m_translator.load(file))
        QCoreApplication::installTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_qtTranslator.load(QStringLiteral("qt_%1").arg(m_language == QLatin1String("en") ? m_language : QStringLiteral("nl")),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

QVariantMap AppController::plainWords() const
{
    const auto toList = [](const std::vector<PlainWord>& words) {
        QVariantList out;
        for (const PlainWord& w : words)
            out << QVariantMap {{QStringLiteral("key"), w.key}, {QStringLiteral("word"), w.word},
                                {QStringLiteral("meaning"), w.meaning}, {QStringLiteral("forYou"), w.forYou}};
        return out;
    };
    return {{QStringLiteral("labels"), toList(PlainWords::labels())},
            {QStringLiteral("glossary"), toList(PlainWords::glossary())},
            {QStringLiteral("numberGaps"), PlainWords::numberGaps()}};
}

QStringList AppController::chainStages() const { return chainStageNames(); }

int AppController::currentStage() const { return chainStageIndex(m_info.stage); }

QString AppController::nextStepText() const { return inzage::nextStepText(m_info.stage); }

QString AppController::officeHours() const
{
    return emergencyAdvice(m_info, QDateTime::currentDateTime()).officeHours;
}

QString AppController::afterHoursNumber() const
{
    return emergencyAdvice(m_info, QDateTime::currentDateTime()).afterHoursNumber;
}

bool AppController::officeHoursNow() const
{
    return emergencyAdvice(m_info, QDateTime::currentDateTime()).officeHoursNow;
}

QString AppController::numberNow() const
{
    return emergencyAdvice(m_info, QDateTime::currentDateTime()).organisationNumber;
}

} // namespace inzage::app

namespace inzage::app {

void AppController::chooseFile(const QString& pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (m_vault)
        lock();
    setMessage({});
    m_path = path;
    Q_EMIT vaultPathChanged(); // always: the same file chosen again is checked again
}

QString AppController::fileProblem() const
{
    if (m_path.isEmpty())
        return QCoreApplication::translate("AppController", "Kies eerst het dossierbestand dat u van uw hulpverlener heeft gekregen.");
    if (QFileInfo(m_path).isDir())
        return QCoreApplication::translate("AppController", "Dit is een map, geen dossierbestand. Kies het bestand zelf (het eindigt op .inzage).");
    auto header = VaultHeader::read(m_path);
    if (header)
        return {};
    switch (header.code()) {
    case ErrorCode::NotFound:
        return QCoreApplication::translate("AppController",
                                           "Het bestand %1 bestaat niet (meer). Kies het dossierbestand opnieuw; "
                                           "misschien is het verplaatst.").arg(QFileInfo(m_path).fileName());
    case ErrorCode::NotAVault:
        return QCoreApplication::translate("AppController",
                                           "Het bestand %1 is geen Inzage-dossier. Kies het bestand dat u van uw "
                                           "hulpverlener heeft gekregen.").arg(QFileInfo(m_path).fileName());
    case ErrorCode::NewerFormat:
        return QCoreApplication::translate("AppController",
                                           "Dit dossier is gemaakt met een nieuwere versie van Inzage. Werk Inzage bij "
                                           "om het te openen.");
    default:
        return QCoreApplication::translate("AppController",
                                           "Het bestand %1 kan niet worden gelezen. Het is misschien beschadigd. Vraag "
                                           "uw hulpverlener om een nieuw exemplaar.").arg(QFileInfo(m_path).fileName());
    }
}

QStringList AppController::recentFiles() const { return PlacesStore::recentFiles(); }

void AppController::rememberPlace(int entryId)
{
    if (m_vault)
        PlacesStore::setPlace(m_path, entryId);
}

void AppController::rememberSeen()
{
    if (!m_vault)
        return;
    if (auto seq = AnswerTravel::lastSeq(*m_vault))
        PlacesStore::setSeenUpTo(m_path, *seq);
    if (auto mark = NewSinceVisit::mark(*m_vault))
        PlacesStore::setRevisionsSeen(m_path, *mark);
}

} // namespace inzage::app
