// Hostile inputs (issue 12, point 6): every refusal has a clear message and leaves the vault
// byte-identical. Files that are not regular files (a FIFO, a device) are refused at once, never
// read until memory runs out or waited on for ever.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>

#include <sys/stat.h>
#include <unistd.h>

namespace {



QString makeFifo(const QTemporaryDir& dir)
{
    const QString fifo = dir.filePath(QStringLiteral("pijp"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    return fifo;
}

// A vault whose header is patched: Argon2 ops and log2(memory KiB) at bytes 2 and 3.
void patchHeader(const QString& path, std::uint8_t ops, std::uint8_t memLog2)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(2));
    const char bytes[2] = {char(ops), char(memLog2)};
    REQUIRE(f.write(bytes, 2) == 2);
}

} // namespace

TEST_CASE("a FIFO or /dev/zero as an answer file is refused at once and changes nothing", "[cli][hostile]")
{
    CliVault v;
    const QByteArray before = fileHash(v.vault);
    const QString fifo = makeFifo(v.dir);
    for (const QString& input : {fifo, s("/dev/zero")}) {
        INFO(input.toStdString());
        const CliResult r = v.run({s("answers-import"), v.vault, input});
        CHECK(r.exitCode == 10);
        CHECK(r.errText().contains(s("geen gewoon bestand")));
    }
    CHECK(fileHash(v.vault) == before);
}

TEST_CASE("a FIFO or /dev/zero as a document or TSV to import is refused and changes nothing", "[cli][hostile]")
{
    CliVault v;
    const QByteArray before = fileHash(v.vault);
    const QString fifo = makeFifo(v.dir);
    for (const QString& input : {fifo, s("/dev/zero")}) {
        INFO(input.toStdString());
        const CliResult r = v.run({s("import"), v.vault, input});
        CHECK(r.exitCode == 10);
        CHECK(r.errText().contains(s("geen gewoon bestand")));
        const CliResult text = v.run({s("add"), v.vault, s("--text-file"), input});
        CHECK(text.exitCode == 10);
    }
    CHECK(fileHash(v.vault) == before);
}

TEST_CASE("a FIFO or a device given as the vault is refused without hanging", "[cli][hostile]")
{
    CliVault v(false);
    const QString fifo = makeFifo(v.dir);
    for (const QString& input : {fifo, s("/dev/zero")}) {
        INFO(input.toStdString());
        const CliResult r = v.run({s("list"), input});
        CHECK(r.exitCode == 10);
        CHECK(r.errText().contains(s("geen gewoon bestand")));
    }
}

TEST_CASE("an answer file above the size limit is refused naming the limit", "[cli][hostile]")
{
    CliVault v;
    const QByteArray before = fileHash(v.vault);
    const QString big = v.dir.filePath(QStringLiteral("groot.antwoorden"));
    QFile f(big);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(qint64(200) * 1024 * 1024)); // sparse: no disk spent
    f.close();
    const CliResult r = v.run({s("answers-import"), v.vault, big});
    CHECK(r.exitCode == 10);
    CHECK(r.errText().contains(s("ten hoogste")));
    CHECK(fileHash(v.vault) == before);
}

TEST_CASE("a header asking for more key cost than Inzage allows is refused before any derivation", "[cli][hostile]")
{
    CliVault v;
    patchHeader(v.vault, 16, 21); // 16 passes over 2 GiB
    const QByteArray before = fileHash(v.vault);
    QElapsedTimer t;
    t.start();
    const CliResult r = v.run({s("list"), v.vault});
    CHECK(t.elapsed() < 5000);
    CHECK(r.exitCode == 5);
    CHECK(r.errText().contains(s("meer rekenwerk of geheugen dan Inzage toestaat")));
    CHECK(fileHash(v.vault) == before);
    patchHeader(v.vault, 11, 3); // only the passes above the cap
    CHECK(v.run({s("list"), v.vault}).exitCode == 5);
}

TEST_CASE("out-of-range --kdf-mem-mib or --kdf-ops is refused with the allowed range", "[cli][hostile]")
{
    CliVault v(false);
    for (const char* mem : {"1e12", "2048", "3", "-1", "abc", "nan", "inf"}) {
        INFO(mem);
        const CliResult r = runCli({s("init"), v.vault, s("--passphrase-file"), v.pw, s("--kdf-ops"), s("1"),
                                    s("--kdf-mem-mib"), s(mem)});
        CHECK(r.exitCode == 2);
        CHECK(r.errText().contains(s("--kdf-mem-mib")));
        CHECK_FALSE(QFile::exists(v.vault));
    }
    for (const char* ops : {"0", "11", "1e3", "x"}) {
        INFO(ops);
        const CliResult r = runCli({s("init"), v.vault, s("--passphrase-file"), v.pw, s("--kdf-ops"), s(ops),
                                    s("--kdf-mem-mib"), s("0.0078125")});
        CHECK(r.exitCode == 2);
        CHECK(r.errText().contains(s("--kdf-ops")));
        CHECK_FALSE(QFile::exists(v.vault));
    }
}

TEST_CASE("verify --head that is not a head is refused, not skipped", "[cli][hostile]")
{
    CliVault v;
    const QByteArray before = fileHash(v.vault);
    for (const char* head : {"zzzz", "abcd", ""}) {
        INFO(head);
        const CliResult r = v.run({s("verify"), v.vault, s("--head"), s(head)});
        CHECK(r.exitCode == 2);
        CHECK(r.errText().contains(s("geen logboekkop")));
    }
    CHECK(fileHash(v.vault) == before);
    const CliResult ok = v.run({s("verify"), v.vault, s("--json")});
    REQUIRE(ok.exitCode == 0);
    const QString head = ok.json().object().value(s("head")).toString();
    CHECK(v.run({s("verify"), v.vault, s("--head"), head}).exitCode == 0);
}

TEST_CASE("a passphrase file ending in CRLF opens the vault made with LF", "[cli][hostile]")
{
    CliVault v; // made with "geheim wachtwoord\n"
    const QString crlf = v.dir.filePath(QStringLiteral("pw-windows.txt"));
    QFile f(crlf);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("geheim wachtwoord\r\n");
    f.close();
    const CliResult r = runCli({s("list"), v.vault, s("--passphrase-file"), crlf});
    INFO(r.errText().toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("copy to a planted symlink is refused and writes nothing through it", "[cli][hostile]")
{
    CliVault v;
    const QByteArray before = fileHash(v.vault);
    const QString dest = v.dir.filePath(QStringLiteral("kopie.inzage"));
    const QString target = v.dir.filePath(QStringLiteral("elders.inzage"));
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(dest).constData()) == 0);
    const CliResult r = v.run({s("copy"), v.vault, dest, s("--new-passphrase-file"), v.pw, s("--kdf-ops"), s("1"),
                               s("--kdf-mem-mib"), s("0.0078125")});
    CHECK(r.exitCode == 12);
    CHECK_FALSE(QFile::exists(target));
    CHECK(fileHash(v.vault) == before);
}
