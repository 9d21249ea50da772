// The one door for outside files (vault/InputFile), the KDF caps and option reading (vault/Kdf),
// and the chain head as typed (audit/AuditChain::parseHead).
#include "TestSupport.h"

#include "audit/AuditChain.h"
#include "vault/InputFile.h"
#include "vault/Kdf.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace inzage;

TEST_CASE("InputFile reads a regular file whole, up to its limit", "[inputfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5000, 'x'));
    f.close();
    auto all = InputFile::read(path, 5000);
    REQUIRE(all.isOk());
    CHECK(all->size() == 5000);
    auto over = InputFile::read(path, 4999);
    CHECK(over.code() == ErrorCode::InvalidInput);
    CHECK(over.message().contains(QStringLiteral("ten hoogste 5 KB")));
    CHECK(InputFile::read(dir.filePath(QStringLiteral("weg.txt")), 10).code() == ErrorCode::NotFound);
}

TEST_CASE("InputFile refuses a FIFO, a device and a folder at once", "[inputfile][bad-input]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pijp"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString& path : {fifo, QStringLiteral("/dev/zero"), QStringLiteral("/dev/null"), dir.path()}) {
        INFO(path.toStdString());
        auto r = InputFile::read(path, 1024);
        CHECK(r.code() == ErrorCode::InvalidInput);
        CHECK(r.message().contains(QStringLiteral("geen gewoon bestand")));
    }
}

TEST_CASE("KDF options are read only within the caps, with no overflow on huge values", "[kdf][bad-input]")
{
    auto fast = KdfParams::fromText(QStringLiteral("1"), QStringLiteral("0.0078125"));
    REQUIRE(fast.isOk());
    CHECK(fast->memLog2KiB == 3);
    auto gib = KdfParams::fromText(QStringLiteral("10"), QStringLiteral("1024"));
    REQUIRE(gib.isOk());
    CHECK(gib->memLog2KiB == 20);
    CHECK(gib->opsLimit == 10);
    for (const char* mem : {"1e12", "2048", "1e308", "3", "0", "-256", "nan", "inf", ""})
        CHECK(KdfParams::fromText(QStringLiteral("3"), QString::fromLatin1(mem)).code() == ErrorCode::Usage);
    for (const char* ops : {"0", "11", "16", "-1", "99999999999", "3.5", ""})
        CHECK(KdfParams::fromText(QString::fromLatin1(ops), QStringLiteral("256")).code() == ErrorCode::Usage);
    CHECK_FALSE((KdfParams {16, 21}).isValid());
    CHECK((KdfParams {16, 21}).exceedsCaps());
    CHECK(KdfParams::moderate().isValid());
}

TEST_CASE("a chain head is 64 hex digits: anything else is refused, never ignored", "[audit][bad-input]")
{
    const QString good = QString(64, QLatin1Char('a'));
    auto h = AuditChain::parseHead(good);
    REQUIRE(h.isOk());
    CHECK(h->size() == 32);
    CHECK(AuditChain::parseHead(good.toUpper()).isOk());
    for (const QString& bad : {QStringLiteral("zzzz"), QStringLiteral(""), QString(63, QLatin1Char('a')),
                               QString(65, QLatin1Char('a')), QString(62, QLatin1Char('a')) + QStringLiteral("zz"),
                               // digits of other scripts (Arabic-Indic, fullwidth): found by the fuzzer
                               QString(63, QLatin1Char('a')) + QChar(0x06F8), QString(63, QLatin1Char('a')) + QChar(0xFF11)})
        CHECK(AuditChain::parseHead(bad).code() == ErrorCode::Usage);
}
