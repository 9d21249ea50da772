#include "ParentCopyController.h"

#include "LocalFiles.h"

#include "dossier/Access.h"
#include "dossier/Workspace.h"
#include "exchange/AnswerExchange.h"
#include "exchange/ParentCopies.h"
#include "exchange/ParentCopy.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>
#include <QVariantMap>

#include <sodium.h>

namespace inzage::app {

namespace {

QVariantMap copyRow(const MadeCopy& c)
{
    return {{QStringLiteral("exchangeId"), c.exchangeId},
            {QStringLiteral("createdAt"), QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::LongFormat)}};
}

SecureBytes secretOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8.constData(), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return out;
}

} // namespace

ParentCopyController::ParentCopyController(QObject* parent) : QObject(parent) {}

void ParentCopyController::setVault(Vault* vault, const QString& actorName, SecureBytes ownPassphrase)
{
    m_vault = vault && opensProfessionalWorkspace(*vault) ? vault : nullptr;
    m_own = m_vault ? std::move(ownPassphrase) : SecureBytes();
    if (m_vault)
        m_actor = actorFor(*m_vault, actorName);
    m_lastDone.clear();
    refresh();
}

QString ParentCopyController::notOpen() const
{
    return tr("Open eerst het eigen dossier van de professional.");
}

void ParentCopyController::refresh()
{
    m_recipients.clear();
    m_loadMessage.clear();
    if (m_vault) {
        auto overview = ParentCopies::overview(*m_vault);
        if (!overview) {
            m_loadMessage = overview.message();
        } else {
            for (const CopyRecipient& r : overview->recipients) {
                QVariantList copies;
                for (const MadeCopy& c : r.copies)
                    copies.push_back(copyRow(c));
                m_recipients.push_back(QVariantMap {{QStringLiteral("personId"), int(r.person.id)},
                    {QStringLiteral("name"), r.person.name}, {QStringLiteral("relation"), r.person.relation},
                    {QStringLiteral("role"), toString(r.person.role)}, {QStringLiteral("refusal"), r.refusal},
                    {QStringLiteral("copies"), copies}});
            }
            if (!overview->unassigned.empty()) {
                QVariantList copies;
                for (const MadeCopy& c : overview->unassigned)
                    copies.push_back(copyRow(c));
                m_recipients.push_back(QVariantMap {{QStringLiteral("personId"), 0},
                    {QStringLiteral("name"), tr("Eerder gemaakte exemplaren")}, {QStringLiteral("relation"), QString()},
                    {QStringLiteral("role"), QString()},
                    {QStringLiteral("refusal"), tr("Gemaakt met een oudere versie, zonder naam van de ouder.")},
                    {QStringLiteral("copies"), copies}});
            }
        }
    }
    Q_EMIT changed();
}

QString ParentCopyController::suggestedFile(const QString& kind, int personId) const
{
    QString name;
    for (const QVariant& v : m_recipients) {
        const QVariantMap row = v.toMap();
        if (row.value(QStringLiteral("personId")).toInt() == personId)
            name = row.value(QStringLiteral("name")).toString();
    }
    const bool update = kind == QLatin1String("update");
    const QString base = ParentCopies::suggestedFileName(update ? tr("update") : tr("ouderexemplaar"), name,
                                                         QDate::currentDate());
    const QString folder = m_vault ? QFileInfo(m_vault->path()).absolutePath() : QDir::homePath();
    return QDir(folder).filePath(base + (update ? QStringLiteral(".inzage-update") : QStringLiteral(".inzage")));
}

QString ParentCopyController::makeCopy(int personId, const QString& pathOrUrl, const QString& passphrase,
                                       const QString& repeated)
{
    if (!m_vault)
        return notOpen();
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty())
        return tr("Kies eerst waar het ouderexemplaar moet komen.");
    if (passphrase.isEmpty())
        return tr("Kies een wachtwoord voor de ouder. Geef het de ouder apart van het bestand, bijvoorbeeld "
                  "in een gesprek.");
    if (passphrase != repeated)
        return tr("De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde.");
    ParentCopyRequest request;
    request.destination = path;
    request.forPerson.nameOrId = QStringLiteral("#%1").arg(personId);
    request.ownPassphrase = m_own.isEmpty() ? nullptr : &m_own;
    const SecureBytes secret = secretOf(passphrase);
    auto report = ParentCopy::create(*m_vault, m_actor, request, secret);
    if (!report)
        return report.message();
    m_lastDone = tr("Ouderexemplaar voor %1 gemaakt: %2. Er staan %n notitie(s) in; wat de ouder niet mag zien, "
                    "staat er niet in.", nullptr, report->entries)
                     .arg(report->personName, QFileInfo(path).fileName());
    refresh();
    return {};
}

QString ParentCopyController::writeUpdate(const QString& exchangeId, const QString& pathOrUrl)
{
    if (!m_vault)
        return notOpen();
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty())
        return tr("Kies eerst waar het updatebestand moet komen.");
    if (Status s = AnswerExchange::exportUpdates(*m_vault, exchangeId, path); !s)
        return s.message();
    m_lastDone = tr("Updatebestand gemaakt: %1. Stuur het naar de ouder; die leest het in met "
                    "\"Antwoord ophalen\".").arg(QFileInfo(path).fileName());
    return {};
}

QVariantMap ParentCopyController::readAnswers(const QString& pathOrUrl)
{
    auto fail = [](const QString& m) {
        return QVariantMap {{QStringLiteral("ok"), false}, {QStringLiteral("message"), m}};
    };
    if (!m_vault)
        return fail(notOpen());
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(tr("Het bestand %1 is niet gevonden.").arg(QFileInfo(path).fileName()));
    auto report = AnswerExchange::importAnswers(*m_vault, m_actor, path);
    if (!report)
        return fail(report.message());
    QString message = report->changedNothing()
        ? tr("Dit antwoordbestand was al ingelezen. Er is niets veranderd.")
        : tr("Ingelezen: %n nieuwe reactie(s)", nullptr, report->newAnswers) + QStringLiteral(", ")
            + tr("%n nieuwe versie(s) van reacties.", nullptr, report->newRevisions);
    if (report->entryChangedSince > 0)
        message += QLatin1Char(' ')
            + tr("Let op: %n reactie(s) gaan over een notitie die sindsdien is gewijzigd; ze zijn bewaard en "
                 "gemarkeerd.", nullptr, report->entryChangedSince);
    if (!report->changedNothing())
        Q_EMIT answersRead();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), message}};
}

} // namespace inzage::app
