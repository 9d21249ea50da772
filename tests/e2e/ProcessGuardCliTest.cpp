// Secrets (issue 12, point 7): a running inzage-cli is not dumpable and has no core limit, so
// another program of the same user cannot read the passphrase from /proc/PID/mem.
#include "CliRunner.h"

#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The value of a "Name:" line of /proc/PID/status or a row of /proc/PID/limits.
QString procLine(qint64 pid, const char* file, const QString& start)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QString::fromLatin1(file)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QByteArray& line : f.readAll().split('\n'))
        if (QString::fromUtf8(line).startsWith(start))
            return QString::fromUtf8(line).mid(start.size()).simplified();
    return {};
}

} // namespace

TEST_CASE("a running inzage-cli cannot be read by another program of its user and dumps no core", "[cli][secrets]")
{
    QTemporaryDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
    // As root every process may read every other: run the CLI as nobody then, so the check means
    // what it means for a normal user.
    const bool asRoot = ::geteuid() == 0;
    QProcess p;
    const QStringList cli {QStringLiteral("init"), dir.filePath(QStringLiteral("d.inzage"))};
    if (asRoot)
        p.start(QStringLiteral("setpriv"),
                QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                             QStringLiteral("--clear-groups"), QStringLiteral(INZAGE_CLI)}
                    + cli);
    else
        p.start(QStringLiteral(INZAGE_CLI), cli);
    REQUIRE(p.waitForStarted());
    const qint64 pid = p.processId();
    // It now waits for the passphrase on standard input; wait until setpriv has become the CLI.
    for (int i = 0; i < 100 && procLine(pid, "status", QStringLiteral("Name:")) != QLatin1String("inzage-cli"); ++i)
        QThread::msleep(20);
    REQUIRE(procLine(pid, "status", QStringLiteral("Name:")) == QLatin1String("inzage-cli"));
    // main() guards itself first thing; give it the moment it needs to get there.
    const QByteArray mem = QFile::encodeName(QStringLiteral("/proc/%1/mem").arg(pid));
    struct stat st {};
    for (int i = 0; i < 100; ++i) {
        REQUIRE(::stat(mem.constData(), &st) == 0);
        if (st.st_uid == 0
            && procLine(pid, "limits", QStringLiteral("Max core file size")).startsWith(QLatin1String("0 0")))
            break;
        QThread::msleep(20);
    }
    const QString uid = procLine(pid, "status", QStringLiteral("Uid:")).section(QLatin1Char(' '), 0, 0);
    CHECK(uid == QString::number(asRoot ? 65534 : ::getuid()));

    CHECK(procLine(pid, "limits", QStringLiteral("Max core file size")).startsWith(QLatin1String("0 0")));
    // A process that is not dumpable has its /proc files owned by root, not by its user.
    CHECK(st.st_uid == 0);
    if (!asRoot) {
        const int fd = ::open(mem.constData(), O_RDONLY);
        CHECK(fd < 0);
        if (fd >= 0)
            ::close(fd);
    }
    p.closeWriteChannel(); // no passphrase: it stops with a usage error and makes nothing
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitCode() == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("d.inzage"))));
}
