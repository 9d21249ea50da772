#include "LocalFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace inzage::app {

QString localPath(const QString& pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

QString refuseNewFile(bool open, const QString& path)
{
    if (!open)
        return QCoreApplication::translate("AppController", "Het dossier is niet open.");
    if (path.isEmpty())
        return QCoreApplication::translate("AppController", "Kies eerst waar het bestand moet komen.");
    if (QFileInfo::exists(path))
        return QCoreApplication::translate("AppController",
                                           "Er staat al een bestand met de naam %1. Kies een andere naam; het oude "
                                           "bestand blijft zoals het is.").arg(QFileInfo(path).fileName());
    return {};
}

} // namespace inzage::app
