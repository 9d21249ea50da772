// What travels between the parent's app and the professional: the parent's answers written out as
// an encrypted file, the appointments as a calendar file, and the update files read in (replies,
// new entries, the concept report). The rules are the core's (AnswerTravel, AnswerExchange,
// CalendarExport); here the models are told and the messages said.

#include "AppController.h"

#include "LocalFiles.h"

#include "dossier/Access.h"
#include "dossier/CalendarExport.h"
#include "exchange/AnswerExchange.h"
#include "exchange/AnswerTravel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace inzage::app {

int AppController::unsentCount() const
{
    if (!m_vault)
        return 0;
    auto states = AnswerTravel::states(*m_vault, 0);
    if (!states)
        return 0;
    int n = 0;
    for (const AnswerTravelState& s : *states)
        n += s.sent ? 0 : 1;
    return n;
}

QString AppController::suggestedAnswerFile() const
{
    const QFileInfo copy(m_path);
    const QString folder = copy.absolutePath().isEmpty() ? QDir::homePath() : copy.absolutePath();
    QString number = m_info.caseNumber;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("-"));
    const QString name = QCoreApplication::translate("AppController", "mijn-reacties") + QLatin1Char('-')
        + (number.isEmpty() ? QString() : number + QLatin1Char('-'))
        + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".inzage-reacties");
    return QDir(folder).filePath(name);
}

QString AppController::sendAnswers(const QString& pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (const QString refused = refuseNewFile(m_vault != nullptr, path); !refused.isEmpty())
        return refused;
    if (Status s = AnswerTravel::exportAnswers(*m_vault, actorFor(*m_vault, QStringLiteral("ouder")), path); !s)
        return s.message();
    m_entries.refreshAnswers();
    m_answers.reload();
    m_changes.reload();
    Q_EMIT answersTravelled();
    return {};
}

QString AppController::suggestedCalendarFile() const
{
    const QFileInfo file(m_path);
    const QString folder = file.absolutePath().isEmpty() ? QDir::homePath() : file.absolutePath();
    QString number = m_info.caseNumber;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("-"));
    const QString base = QCoreApplication::translate("AppController", "afspraken")
        + (number.isEmpty() ? QString() : QLatin1Char('-') + number);
    // A file is never replaced: the second time, the first free name (afspraken-…-2.ics).
    QString path = QDir(folder).filePath(base + QStringLiteral(".ics"));
    for (int n = 2; QFileInfo::exists(path) && n < 100; ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.ics").arg(base).arg(n));
    return path;
}

QString AppController::saveCalendar(const QString& pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (const QString refused = refuseNewFile(m_vault != nullptr, path); !refused.isEmpty())
        return refused;
    auto written = CalendarExport::write(*m_vault, path);
    return written ? QString() : written.message();
}

QVariantMap AppController::fetchUpdates(const QString& pathOrUrl)
{
    auto fail = [](const QString& m) {
        return QVariantMap {{QStringLiteral("ok"), false}, {QStringLiteral("message"), m}};
    };
    if (!m_vault)
        return fail(QCoreApplication::translate("AppController", "Open eerst uw dossier; daarna kunt u het antwoord ophalen."));
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(QCoreApplication::translate("AppController",
                                                "Het bestand %1 is niet gevonden. Kies het bestand dat u van uw "
                                                "hulpverlener heeft gekregen.").arg(QFileInfo(path).fileName()));
    auto report = AnswerExchange::importUpdates(*m_vault, actorFor(*m_vault, QStringLiteral("ouder")), path);
    if (!report)
        return fail(report.message());
    if (report->content.total() > 0) {
        // New or changed entries, persons, appointments: every page reads the copy again (the
        // dossier page keeps its place); what came is marked new (NewSinceVisit).
        loadCase();
        m_entries.reload();
        m_people.setVault(m_vault.get());
        m_appointments.setVault(m_vault.get());
    } else {
        m_entries.refreshAnswers();
    }
    m_answers.reload();
    m_changes.reload();
    Q_EMIT answersTravelled();
    QString message = report->changedNothing()
        ? QCoreApplication::translate("AppController", "Dit antwoord had u al opgehaald. Er is niets veranderd.")
        : report->newHandling == 1
        ? QCoreApplication::translate("AppController", "Het antwoord is opgehaald: 1 reactie kreeg een nieuwe status of "
                                                       "een antwoord. Die is gemarkeerd als nieuw.")
        : QCoreApplication::translate("AppController", "Het antwoord is opgehaald: %1 reacties kregen een nieuwe status "
                                                       "of een antwoord. Ze zijn gemarkeerd als nieuw.")
              .arg(report->newHandling);
    if (report->content.concepts > 0) {
        loadCase();
        message += QLatin1Char(' ')
            + QCoreApplication::translate("AppController",
                "Het concept-rapport is gekomen: u kunt erop reageren tot en met %1. De notities die erin staan, "
                "zijn gemarkeerd met \"In het concept\".").arg(m_concept.value(QStringLiteral("reactUntil")).toString());
    }
    if (report->newExtensions > 0)
        message += QLatin1Char(' ')
            + QCoreApplication::translate("AppController",
                "Bij %n reactie(s) is de termijn verlengd; u ziet tot wanneer en waarom bij de reactie.", nullptr,
                report->newExtensions);
    return QVariantMap {{QStringLiteral("ok"), true}, {QStringLiteral("message"), message}};
}

} // namespace inzage::app
