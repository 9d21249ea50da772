#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace inzage::app {

// What the app remembers between runs, in QSettings: the dossier files opened last (their paths)
// and, per file, the number of the entry the reader was at and how far the reader had seen it;
// the text size. Never a passphrase, never a family's
// text: a path and an entry number are all that is written.
class PlacesStore final {
public:
    static constexpr int kMaxRecent = 8;

    // Most recent first; files that no longer exist are left out.
    static QStringList recentFiles();
    static void addRecent(const QString& path);
    // The entry number last seen in this file (0: none yet).
    static int place(const QString& path);
    static void setPlace(const QString& path, int entryId);
    // The last audit seq of this file when the reader left it: what came in later is new.
    static qint64 seenUpTo(const QString& path);
    static void setSeenUpTo(const QString& path, qint64 seq);
    // The highest entry revision of this file when the reader left it (NewSinceVisit's mark): an
    // entry whose revision came later is "Nieuw" on the next visit.
    static qint64 revisionsSeen(const QString& path);
    static void setRevisionsSeen(const QString& path, qint64 mark);

    // The reader's text size, a factor on the system font (remembered for every file alike).
    static constexpr double kMinTextScale = 0.8;
    static constexpr double kMaxTextScale = 2.0;
    static double textScale();
    static void setTextScale(double scale);
    static double boundedTextScale(double scale) { return qBound(kMinTextScale, scale, kMaxTextScale); }

    // After how many minutes without key or mouse input the app locks itself (1 to 60, default 10).
    static constexpr int kDefaultIdleMinutes = 10;
    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    static int boundedIdleMinutes(int minutes) { return qBound(1, minutes, 60); }
};

} // namespace inzage::app
