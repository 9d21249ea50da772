#include "Passphrase.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace inzage::cli {

namespace {

constexpr std::size_t kMax = 4096;

SecureBytes trimmed(const SecureBytes& buf, std::size_t len)
{
    if (len > 0 && buf.data()[len - 1] == '\n')
        --len;
    if (len > 0 && buf.data()[len - 1] == '\r')
        --len;
    return SecureBytes(buf.chars(), len);
}

} // namespace

Result<SecureBytes> readPassphraseFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Status(ErrorCode::Usage, QStringLiteral("Het wachtwoordbestand %1 kan niet worden gelezen: %2")
                                            .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    SecureBytes buf(kMax + 1);
    std::size_t len = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buf.data() + len, kMax + 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += std::size_t(n);
        if (len > kMax)
            break;
    }
    ::close(fd);
    if (len > kMax)
        return Status(ErrorCode::Usage, QStringLiteral("Het wachtwoordbestand is te groot (meer dan 4096 bytes)."));
    // Exactly one trailing line end (LF, or CRLF from a Windows editor) is not part of the passphrase.
    return trimmed(buf, len);
}

Result<SecureBytes> readPassphraseLine(int fd)
{
    SecureBytes buf(kMax + 1);
    std::size_t len = 0;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        buf.data()[len++] = std::uint8_t(c);
        if (c == '\n' || len > kMax)
            break;
    }
    if (len > kMax)
        return Status(ErrorCode::Usage, QStringLiteral("Het wachtwoord is te lang (meer dan 4096 bytes)."));
    if (len == 0)
        return Status(ErrorCode::Usage, QStringLiteral("Geen wachtwoord ontvangen (standaardinvoer was leeg). "
                                                       "Gebruik --passphrase-file of typ het wachtwoord."));
    return trimmed(buf, len);
}

Result<SecureBytes> PassphraseSource::read(const QString& prompt, bool confirm)
{
    if (!m_file.isEmpty())
        return readPassphraseFile(m_file);
    if (!::isatty(STDIN_FILENO))
        return readPassphraseLine(STDIN_FILENO);

    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    const int fd = tty >= 0 ? tty : STDIN_FILENO;
    termios old {};
    const bool haveTerm = ::tcgetattr(fd, &old) == 0;
    auto ask = [&](const QString& text) -> Result<SecureBytes> {
        const QByteArray p = text.toLocal8Bit() + ": ";
        (void)!::write(fd == STDIN_FILENO ? STDERR_FILENO : fd, p.constData(), size_t(p.size()));
        if (haveTerm) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(fd, TCSAFLUSH, &quiet);
        }
        auto r = readPassphraseLine(fd);
        if (haveTerm)
            ::tcsetattr(fd, TCSAFLUSH, &old);
        (void)!::write(fd == STDIN_FILENO ? STDERR_FILENO : fd, "\n", 1);
        return r;
    };
    auto first = ask(prompt);
    if (first && confirm) {
        auto second = ask(QStringLiteral("Nog een keer"));
        if (!second) {
            first = second.status();
        } else if (second->size() != first->size()
                   || std::memcmp(second->data(), first->data(), first->size()) != 0) {
            first = Status(ErrorCode::Usage, QStringLiteral("De twee wachtwoorden zijn niet gelijk. Er is niets veranderd."));
        }
    }
    if (tty >= 0)
        ::close(tty);
    return first;
}

} // namespace inzage::cli
