#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Runs the real inzage-cli binary, as a script would.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QJsonDocument json() const
    {
        QJsonParseError e {};
        QJsonDocument d = QJsonDocument::fromJson(out, &e);
        INFO("stdout: " << out.toStdString());
        REQUIRE(e.error == QJsonParseError::NoError);
        return d;
    }
};

// A literal as a QString, for the argument lists of the tests.
inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// SHA-256 of a file: "byte-identical" before and after a refused command.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline CliResult runCli(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(INZAGE_CLI), args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A folder with a passphrase file and a fresh vault made with the cheapest KDF.
struct CliVault {
    QTemporaryDir dir;
    QString vault = dir.filePath(QStringLiteral("d.inzage"));
    QString pw = dir.filePath(QStringLiteral("pw.txt"));

    explicit CliVault(bool create = true, const QByteArray& passphrase = "geheim wachtwoord\n")
    {
        QFile f(pw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(passphrase);
        f.close();
        if (create) {
            const CliResult r = run({QStringLiteral("init"), vault});
            INFO(r.errText().toStdString());
            REQUIRE(r.exitCode == 0);
        }
    }

    // Every command gets the vault first and the passphrase file; init also the fast KDF.
    CliResult run(QStringList args, const QByteArray& stdinData = {}) const
    {
        args << QStringLiteral("--passphrase-file") << pw;
        if (args.first() == QLatin1String("init") || args.first() == QLatin1String("demo"))
            args << QStringLiteral("--kdf-ops") << QStringLiteral("1") << QStringLiteral("--kdf-mem-mib")
                 << QStringLiteral("0.0078125");
        return runCli(args, stdinData);
    }
};
