#pragma once

#include "common/Status.h"

#include <QString>

namespace inzage {

// Inzage's own lock on a vault file, beside SQLite's: every Vault holds a shared flock on its file
// for as long as it lives, and changing the passphrase (which renames a new file over the old one)
// needs it exclusively. flock is independent of SQLite's fcntl locks on Linux, and two Vault
// objects in one process conflict too (each has its own open file description).
class FileLock {
public:
    FileLock() = default;
    ~FileLock();
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // Opens the file and takes a shared lock, waiting up to timeoutMs while someone holds it
    // exclusively. When the file was renamed over meanwhile (the lock is on an inode that no
    // longer has this name), it opens the new file and tries again. Busy after the timeout.
    static Result<FileLock> shared(const QString& path, int timeoutMs);

    // Converts this shared lock into an exclusive one without waiting; Busy when any other
    // connection holds the file. On Linux a failed conversion drops the shared lock, so it is
    // taken again (waiting up to timeoutMs) before this returns.
    Status tryExclusive(int timeoutMs);
    // Back from exclusive to shared (waiting up to timeoutMs).
    Status toShared(int timeoutMs);

    bool isHeld() const { return m_fd >= 0; }
    // Whether the locked inode is still the one named by path.
    bool stillNamedBy(const QString& path) const;
    void release();

private:
    explicit FileLock(int fd)
        : m_fd(fd)
    {
    }

    int m_fd = -1;
};

} // namespace inzage
