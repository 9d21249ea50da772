#include "vault/InputFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inzage {

QString InputFile::sizeText(std::int64_t bytes)
{
    constexpr std::int64_t kMiB = std::int64_t {1024} * 1024;
    if (bytes >= kMiB)
        return tr("%1 MB").arg(bytes / kMiB);
    return tr("%1 KB").arg((bytes + 1023) / 1024);
}

Result<int> InputFile::openRegular(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait for ever.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return Status(ErrorCode::NotFound, tr("Het bestand %1 bestaat niet.").arg(path));
        return Status(ErrorCode::Io, tr("Het bestand %1 kan niet worden gelezen: %2")
                                         .arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Status(ErrorCode::InvalidInput,
            tr("%1 is geen gewoon bestand (maar bijvoorbeeld een map, een apparaat of een pijp). "
               "Inzage leest alleen gewone bestanden; geef het pad van een bestand. Er is niets veranderd.")
                .arg(path));
    }
    // Regular files never block; clear the flag so reads behave normally.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

Result<QByteArray> InputFile::read(const QString& path, std::int64_t maxBytes)
{
    auto fd = openRegular(path);
    if (!fd)
        return fd.status();
    const Status tooLarge(ErrorCode::InvalidInput,
        tr("Het bestand %1 is groter dan Inzage zo'n bestand leest (ten hoogste %2). "
           "Controleer of u het goede bestand hebt gekozen. Er is niets veranderd.")
            .arg(path, sizeText(maxBytes)));
    struct stat st {};
    if (::fstat(*fd, &st) != 0 || st.st_size > maxBytes) {
        ::close(*fd);
        return tooLarge;
    }
    QByteArray data;
    data.resize(qsizetype(st.st_size) + 1);
    qsizetype len = 0;
    for (;;) {
        if (len == data.size()) {
            if (len > maxBytes)
                break;
            data.resize(qMin<qsizetype>(qsizetype(maxBytes) + 1, len * 2 + 4096));
        }
        const ssize_t n = ::read(*fd, data.data() + len, std::size_t(data.size() - len));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(*fd);
            return Status(ErrorCode::Io, tr("Het bestand %1 kan niet worden gelezen: %2")
                                             .arg(path, QString::fromLocal8Bit(std::strerror(err))));
        }
        if (n == 0)
            break;
        len += n;
    }
    ::close(*fd);
    if (len > maxBytes) // the file grew while it was read
        return tooLarge;
    data.resize(len);
    return data;
}

} // namespace inzage
