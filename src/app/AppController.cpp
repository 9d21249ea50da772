#include "AppController.h"

#include "Wording.h"

#include "dossier/Access.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"
#include "dossier/Emergency.h"
#include "dossier/Persons.h"
#include "dossier/Stages.h"
#include "report/ReportMaker.h"
#include "report/pdf/ReportPdf.h"

#include <QCoreApplication>
#include <QDateTime>
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
    installTranslation();
}

AppController::~AppController() = default;

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
    const int wait = waitSeconds();
    if (wait > 0) {
        setMessage(QCoreApplication::translate("AppController", "Wacht nog %n seconde(n) en probeer het dan opnieuw.",
                                               nullptr, wait));
        return false;
    }
    QByteArray utf8 = passphrase.toUtf8();
    const SecureBytes secret(utf8.constData(), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    auto vault = Vault::open(m_path, secret);
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
    loadCase();
    reloadModels();
    Q_EMIT waitChanged();
    Q_EMIT unlockedChanged();
    return true;
}

void AppController::lock()
{
    m_entries.setVault(nullptr);
    m_answers.setVault(nullptr);
    m_people.setVault(nullptr);
    m_appointments.setVault(nullptr);
    m_labelling.setVault(nullptr, {});
    m_workspace.setVault(nullptr, {});
    m_vault.reset();
    m_info = {};
    Q_EMIT caseChanged();
    Q_EMIT unlockedChanged();
}

void AppController::reloadModels()
{
    // What the models show is what the vault's reader may see: the core decides from the file.
    m_entries.setVault(m_vault.get());
    m_answers.setVault(m_vault.get());
    m_people.setVault(m_vault.get());
    m_appointments.setVault(m_vault.get());
    // The audit log names who labelled: the app knows no more of them than the account they use.
    m_labelling.setVault(m_vault.get(), qEnvironmentVariable("USER", QStringLiteral("app")));
    m_workspace.setVault(m_vault.get(), qEnvironmentVariable("USER", QStringLiteral("app")));
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

void AppController::afterAnswerSaved(Id entryId)
{
    m_entries.reload();
    m_answers.reload();
    Q_EMIT answerSaved(int(entryId));
}

QString AppController::submitAnswer(int entryId, const QString& kind, const QString& text)
{
    const auto k = answerKindIfAllowed(kind);
    if (!k)
        return k.message();
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
