#include "vault/NewFile.h"

#include "vault/Vault.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inzage {

Status NewFile::exists(const QString& destination)
{
    return Status(ErrorCode::Exists,
        tr("Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.")
            .arg(destination));
}

Result<QString> NewFile::createBeside(const QString& destination)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(destination).constData(), &st) == 0 || errno != ENOENT)
        return exists(destination);
    const QFileInfo info(destination);
    for (int attempt = 0; attempt < 8; ++attempt) {
        unsigned char random[8];
        randombytes_buf(random, sizeof random);
        char hex[2 * sizeof random + 1];
        sodium_bin2hex(hex, sizeof hex, random, sizeof random);
        const QString temp = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.tmp").arg(info.fileName(), QString::fromLatin1(hex)));
        Status s = createPrivateFile(temp);
        if (s)
            return temp;
        if (s.code() != ErrorCode::Exists)
            return Status(ErrorCode::Io, tr("In de map van %1 kan geen bestand worden gemaakt: %2")
                                             .arg(destination, s.message()));
    }
    return Status(ErrorCode::Io, tr("In de map van %1 kan geen tijdelijk bestand worden gemaakt.").arg(destination));
}

void NewFile::discard(const QString& temp)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(temp + QLatin1String(suffix));
}

bool NewFile::sync(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status NewFile::publish(const QString& temp, const QString& destination)
{
    if (::renameat2(AT_FDCWD, QFile::encodeName(temp).constData(), AT_FDCWD,
            QFile::encodeName(destination).constData(), RENAME_NOREPLACE)
        != 0) {
        const int e = errno;
        discard(temp);
        if (e == EEXIST)
            return exists(destination);
        return Status(ErrorCode::Io, tr("Het bestand %1 kon niet op zijn plaats worden gezet: %2")
                                         .arg(destination, QString::fromLocal8Bit(std::strerror(e))));
    }
    QFile::remove(temp + QStringLiteral("-journal"));
    // The rename itself is durable once the folder is synced.
    const int dir = ::open(QFile::encodeName(QFileInfo(destination).absolutePath()).constData(),
        O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        (void)::fsync(dir);
        ::close(dir);
    }
    return Status::ok();
}

} // namespace inzage
