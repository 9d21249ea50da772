#include "PaperController.h"

#include "report/DossierPaper.h"
#include "report/pdf/PaperPdf.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace inzage::app {

PaperController::PaperController(QObject* parent) : QObject(parent) {}

void PaperController::setVault(Vault* vault, const QString& vaultPath, const QString& caseNumber)
{
    m_vault = vault;
    m_vaultPath = vaultPath;
    m_caseNumber = caseNumber;
}

QString PaperController::suggestedFile(bool answersOnly) const
{
    const QFileInfo file(m_vaultPath);
    const QDir folder(file.absolutePath().isEmpty() ? QDir::homePath() : file.absolutePath());
    QString number = m_caseNumber;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("-"));
    const QString stem = (answersOnly ? QCoreApplication::translate("PaperController", "mijn-reacties")
                                      : QCoreApplication::translate("PaperController", "mijn-dossier"))
        + QLatin1Char('-') + (number.isEmpty() ? QString() : number + QLatin1Char('-'))
        + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QString name = stem + QStringLiteral(".pdf");
    for (int n = 2; QFileInfo::exists(folder.filePath(name)) && n < 100; ++n)
        name = QStringLiteral("%1-%2.pdf").arg(stem).arg(n);
    return folder.filePath(name);
}

QString PaperController::make(const QString& pathOrUrl, bool answersOnly)
{
    if (!m_vault)
        return QCoreApplication::translate("PaperController", "Open eerst uw dossier.");
    const QString path = pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
    auto pages = DossierPaper::write(*m_vault, path, answersOnly, &PaperPdf::render);
    return pages ? QString() : pages.message();
}

} // namespace inzage::app
