#include "PlacesStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <cmath>

namespace inzage::app {

namespace {

const QString kRecent = QStringLiteral("recent/files");
const QString kIdleMinutes = QStringLiteral("safety/idleMinutes");
const QString kTextScale = QStringLiteral("view/textScale");

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

// A settings key may not hold '/' as data; the path's hash names the file's group instead.
QString fileKey(const QString& path, const char* what)
{
    const QByteArray h = QCryptographicHash::hash(canonical(path).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("files/%1/%2").arg(QString::fromLatin1(h), QLatin1String(what));
}

QString placeKey(const QString& path) { return fileKey(path, "entry"); }

} // namespace

QStringList PlacesStore::recentFiles()
{
    QStringList out;
    const QStringList stored = QSettings().value(kRecent).toStringList();
    for (const QString& p : stored) {
        if (QFileInfo(p).isFile() && !out.contains(p))
            out << p;
    }
    return out;
}

void PlacesStore::addRecent(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString c = canonical(path);
    QStringList list = QSettings().value(kRecent).toStringList();
    list.removeAll(c);
    list.prepend(c);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

int PlacesStore::place(const QString& path)
{
    return path.isEmpty() ? 0 : QSettings().value(placeKey(path), 0).toInt();
}

void PlacesStore::setPlace(const QString& path, int entryId)
{
    if (path.isEmpty() || entryId <= 0)
        return;
    QSettings().setValue(placeKey(path), entryId);
}

qint64 PlacesStore::seenUpTo(const QString& path)
{
    return path.isEmpty() ? 0 : QSettings().value(fileKey(path, "seenUpTo"), 0).toLongLong();
}

void PlacesStore::setSeenUpTo(const QString& path, qint64 seq)
{
    if (!path.isEmpty() && seq > 0)
        QSettings().setValue(fileKey(path, "seenUpTo"), seq);
}

qint64 PlacesStore::revisionsSeen(const QString& path)
{
    return path.isEmpty() ? 0 : QSettings().value(fileKey(path, "revisionsSeen"), 0).toLongLong();
}

void PlacesStore::setRevisionsSeen(const QString& path, qint64 mark)
{
    if (!path.isEmpty() && mark > 0)
        QSettings().setValue(fileKey(path, "revisionsSeen"), mark);
}

double PlacesStore::textScale()
{
    bool ok = false;
    const double stored = QSettings().value(kTextScale, 1.0).toDouble(&ok);
    // A value that is not understood (or not a number at all) gives the normal size.
    return ok && !std::isnan(stored) ? boundedTextScale(stored) : 1.0;
}

void PlacesStore::setTextScale(double scale) { QSettings().setValue(kTextScale, boundedTextScale(scale)); }

int PlacesStore::idleMinutes()
{
    bool ok = false;
    const int stored = QSettings().value(kIdleMinutes, kDefaultIdleMinutes).toInt(&ok);
    // A value that is not understood gives the default, never "no lock".
    return ok ? boundedIdleMinutes(stored) : kDefaultIdleMinutes;
}

void PlacesStore::setIdleMinutes(int minutes) { QSettings().setValue(kIdleMinutes, boundedIdleMinutes(minutes)); }

} // namespace inzage::app
