#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QString>

namespace inzage {

// A new file (a copy, an answer or update file) that appears under its name only when it is
// complete, and only when nothing is there. It is written under a random name in the same folder,
// created with O_EXCL and mode 0600 (so a symlink planted at that name is never followed), and put
// in place with renameat2(RENAME_NOREPLACE): a file or symlink swapped in at the destination
// meanwhile is never followed and never overwritten.
class NewFile {
    Q_DECLARE_TR_FUNCTIONS(inzage::NewFile)

public:
    // Refuses (Exists) when DESTINATION is already there, also as a dangling symlink; else creates
    // the empty temporary file beside it and returns its path.
    static Result<QString> createBeside(const QString& destination);
    // Moves TEMP to DESTINATION without replacing anything and syncs the folder; removes TEMP
    // (and its -journal) when that fails.
    static Status publish(const QString& temp, const QString& destination);
    // Removes TEMP and what SQLite keeps beside it (-wal, -shm, -journal) after a failed write.
    static void discard(const QString& temp);
    // fsync of a file or a folder (by path); false when it cannot be opened or synced.
    static bool sync(const QString& path);

    static Status exists(const QString& destination);
};

} // namespace inzage
