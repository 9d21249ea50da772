#include "vault/FileLock.h"
#include "vault/InputFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace inzage {

namespace {

QString busyMessage()
{
    return QCoreApplication::translate("inzage::FileLock",
        "Het dossier is nu in gebruik bij een ander programma dat het wachtwoord "
        "wijzigt. Wacht even en probeer het opnieuw.");
}

QString ioMessage(const QString& path, int error)
{
    return QCoreApplication::translate("inzage::FileLock", "Het dossier %1 kon niet worden geopend: %2")
        .arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

QString lockMessage(int error)
{
    return QCoreApplication::translate("inzage::FileLock", "Het dossier kon niet worden vergrendeld: %1")
        .arg(QString::fromLocal8Bit(std::strerror(error)));
}

bool sameFile(int fd, const QByteArray& native)
{
    struct stat byFd { };
    struct stat byName { };
    if (::fstat(fd, &byFd) != 0 || ::stat(native.constData(), &byName) != 0)
        return false;
    return byFd.st_dev == byName.st_dev && byFd.st_ino == byName.st_ino;
}

// flock with LOCK_NB, retried until it succeeds or timeoutMs has passed. Polling instead of a
// blocking flock keeps the wait bounded without signals or threads.
int lockWithin(int fd, int operation, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int pauseMs = 2;
    for (;;) {
        if (::flock(fd, operation | LOCK_NB) == 0)
            return 0;
        if (errno == EINTR)
            continue;
        if (errno != EWOULDBLOCK)
            return errno;
        if (timer.elapsed() >= timeoutMs)
            return EWOULDBLOCK;
        QThread::msleep(unsigned(pauseMs));
        pauseMs = std::min(pauseMs * 2, 50);
    }
}

} // namespace

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

void FileLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the last descriptor of the open file releases its flock
    m_fd = -1;
}

Result<FileLock> FileLock::shared(const QString& path, int timeoutMs)
{
    const QByteArray native = QFile::encodeName(path);
    QElapsedTimer timer;
    timer.start();
    int renamedOver = 0;
    for (;;) {
        // A regular file only: a FIFO given as the vault must not hang the open.
        auto opened = InputFile::openRegular(path);
        if (!opened)
            return opened.status();
        const int fd = *opened;
        FileLock lock(fd);
        const int left = std::max(0, timeoutMs - int(timer.elapsed()));
        if (const int error = lockWithin(fd, LOCK_SH, left); error != 0) {
            if (error == EWOULDBLOCK)
                return Status(ErrorCode::Busy, busyMessage());
            return Status(ErrorCode::Io, ioMessage(path, error));
        }
        if (sameFile(fd, native))
            return lock;
        // Renamed over while we waited (a passphrase change): the name now holds a new file.
        // A few rounds are always allowed, also with no time to wait, since a rename needs no wait.
        if (++renamedOver > 3 && timer.elapsed() >= timeoutMs)
            return Status(ErrorCode::Busy, busyMessage());
    }
}

Status FileLock::tryExclusive(int timeoutMs)
{
    if (m_fd < 0)
        return Status(ErrorCode::Failed, QStringLiteral("FileLock::tryExclusive without a lock"));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return Status::ok();
    const int error = errno;
    // The conversion removed the shared lock before it failed: take it back.
    if (lockWithin(m_fd, LOCK_SH, timeoutMs) != 0)
        release();
    if (error == EWOULDBLOCK)
        return Status(ErrorCode::Busy,
            QCoreApplication::translate("inzage::FileLock",
                "Het dossier is nog geopend in een ander "
                "programma. Sluit dat eerst en probeer het "
                "opnieuw."));
    return Status(ErrorCode::Io, lockMessage(error));
}

Status FileLock::toShared(int timeoutMs)
{
    if (m_fd < 0)
        return Status(ErrorCode::Failed, QStringLiteral("FileLock::toShared without a lock"));
    if (const int error = lockWithin(m_fd, LOCK_SH, timeoutMs); error != 0)
        return Status(error == EWOULDBLOCK ? ErrorCode::Busy : ErrorCode::Io,
            error == EWOULDBLOCK ? busyMessage() : lockMessage(error));
    return Status::ok();
}

bool FileLock::stillNamedBy(const QString& path) const
{
    return m_fd >= 0 && sameFile(m_fd, QFile::encodeName(path));
}

} // namespace inzage
