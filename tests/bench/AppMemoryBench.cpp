#include "AppMemoryBench.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace inzage::bench {

Result<AppRun> measureAppMemory(const QString& app, const QString& copy, const QByteArray& passphrase,
                                const QString& folder)
{
    if (!QFileInfo(app).isExecutable())
        return Status(ErrorCode::NotFound, QStringLiteral("het programma %1 is er niet").arg(app));
    const QString home = folder + QStringLiteral("/app-home");
    QDir().mkpath(home);
    const QString passFile = home + QStringLiteral("/wachtwoord.txt");
    {
        QFile f(passFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(passphrase + '\n') != passphrase.size() + 1)
            return Status(ErrorCode::Io, QStringLiteral("kan %1 niet schrijven").arg(passFile));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString shot = home + QStringLiteral("/eerste-pagina.png");
    QFile::remove(shot);

    std::vector<QByteArray> args = {app.toLocal8Bit(), copy.toLocal8Bit(), "--page", "0", "--passphrase-file",
                                    passFile.toLocal8Bit(), "--size", "1366x768", "--screenshot", shot.toLocal8Bit()};
    std::vector<QByteArray> env;
    for (char** e = environ; *e; ++e) {
        const QByteArray kv(*e);
        if (!kv.startsWith("QT_QPA_PLATFORM=") && !kv.startsWith("XDG_CONFIG_HOME=") && !kv.startsWith("INZAGE_SPEECH_ENGINE="))
            env.push_back(kv);
    }
    env.push_back("QT_QPA_PLATFORM=offscreen");
    env.push_back("INZAGE_SPEECH_ENGINE=none");
    env.push_back("XDG_CONFIG_HOME=" + home.toLocal8Bit());
    std::vector<char*> argv, envp;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0)
        return Status(ErrorCode::Io, QStringLiteral("kan %1 niet starten").arg(app));
    // The child's high-water mark (VmHWM of its own memory, fresh at exec), read every 10 ms until it
    // ends. wait4's ru_maxrss would not do: it keeps the size of this benchmark at the spawn.
    int status = 0;
    std::int64_t peakKiB = -1;
    const QString statusFile = QStringLiteral("/proc/%1/status").arg(pid);
    for (;;) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0)
            return Status(ErrorCode::Io, QStringLiteral("wachten op %1 mislukte").arg(app));
        QFile f(statusFile);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    peakKiB = std::max<std::int64_t>(peakKiB, line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
        usleep(10'000);
    }
    AppRun run;
    run.wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    QFile::remove(passFile);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !QFileInfo::exists(shot))
        return Status(ErrorCode::Failed, QStringLiteral("%1 stopte met code %2 zonder schermafdruk").arg(app).arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
    if (peakKiB < 0)
        return Status(ErrorCode::Failed, QStringLiteral("het geheugen van %1 kon niet worden gelezen").arg(app));
    run.peakMiB = double(peakKiB) / 1024.0;
    return run;
}

} // namespace inzage::bench
