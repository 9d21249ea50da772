#include "TestSupport.h"

#include "vault/Migrations.h"
#include "vault/Sql.h"
#include "vault/VaultHeader.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace inzage;
using namespace inzage::test;

namespace {

void writeMarker(Vault& v, const QString& value)
{
    REQUIRE(execSql(v.db(), "CREATE TABLE IF NOT EXISTS scratch(key TEXT, value TEXT)", QStringLiteral("scratch")).isOk());
    Statement st(v.db(), "INSERT INTO scratch(key, value) VALUES ('marker', ?1)");
    st.bind(1, value);
    REQUIRE(st.exec(QStringLiteral("marker")).isOk());
}

QString readMarker(Vault& v)
{
    Statement st(v.db(), "SELECT value FROM scratch WHERE key = 'marker'");
    return st.step() == SQLITE_ROW ? st.text(0) : QString();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("a new vault is private, carries our header and reopens with the same passphrase", "[vault]")
{
    TempVault t;
    writeMarker(*t.vault, QStringLiteral("hallo"));
    CHECK(t.vault->schemaVersion() == latestSchemaVersion());
    t.vault.reset();

    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(t.path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const QByteArray bytes = readAll(t.path);
    REQUIRE(bytes.size() > 16);
    CHECK(std::uint8_t(bytes[0]) == VaultHeader::kMagic);
    CHECK(std::uint8_t(bytes[1]) == VaultHeader::kFormat);
    CHECK(!bytes.contains("SQLite format"));

    auto reopened = Vault::open(t.path, pass("correct paard batterij"));
    REQUIRE(reopened.isOk());
    CHECK(readMarker(**reopened) == QStringLiteral("hallo"));
    CHECK((*reopened)->kind() == VaultKind::Professional);
}

TEST_CASE("the default key derivation is at least MODERATE", "[vault]")
{
    const Vault::CreateOptions defaults;
    CHECK(defaults.kdf.memBytes() >= 256ull * 1024 * 1024);
    CHECK(defaults.kdf.opsLimit >= 3);
}

TEST_CASE("wrong passphrase is refused and leaves the file byte-identical", "[vault][bad-input]")
{
    TempVault t;
    writeMarker(*t.vault, QStringLiteral("blijft"));
    t.vault.reset();
    const QByteArray before = readAll(t.path);

    auto r = Vault::open(t.path, pass("verkeerd"));
    REQUIRE(!r.isOk());
    CHECK(r.code() == ErrorCode::WrongPassphrase);
    CHECK(r.message().contains(QStringLiteral("wachtwoord")));
    CHECK(readAll(t.path) == before);
    CHECK(!QFile::exists(t.path + QStringLiteral("-wal")));
}

TEST_CASE("create never overwrites an existing file, even an empty one", "[vault][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leeg.inzage"));
    writeFile(path, {});
    auto r = Vault::create(path, pass("x"), fastOptions());
    CHECK(r.code() == ErrorCode::Exists);
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("a zero-length file is not silently turned into a new vault", "[vault][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leeg.inzage"));
    writeFile(path, {});
    auto r = Vault::open(path, pass("x"));
    CHECK(r.code() == ErrorCode::NotAVault);
    CHECK(r.message().contains(QStringLiteral("leeg")));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("a file that is not a vault is named as such", "[vault][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.txt"));
    writeFile(path, QByteArray("Beste ouder, dit is een gewone brief.\n").repeated(40));
    auto r = Vault::open(path, pass("x"));
    CHECK(r.code() == ErrorCode::NotAVault);

    const QString missing = dir.filePath(QStringLiteral("bestaat-niet.inzage"));
    CHECK(Vault::open(missing, pass("x")).code() == ErrorCode::NotFound);
    CHECK(!QFile::exists(missing));
}

TEST_CASE("a plain SQLite database is not a vault", "[vault][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    CHECK(Vault::open(path, pass("x")).code() == ErrorCode::NotAVault);
}

TEST_CASE("a header from a newer format version is refused with an update message", "[vault][bad-input]")
{
    TempVault t;
    t.vault.reset();
    QByteArray bytes = readAll(t.path);
    bytes[1] = char(VaultHeader::kFormat + 1);
    writeFile(t.path, bytes);
    auto r = Vault::open(t.path, pass("correct paard batterij"));
    CHECK(r.code() == ErrorCode::NewerFormat);
    CHECK(r.message().contains(QStringLiteral("nieuwere versie")));
}

TEST_CASE("a vault from a newer schema version is refused and left unchanged", "[vault][bad-input]")
{
    TempVault t;
    const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(latestSchemaVersion() + 1);
    REQUIRE(execSql(t.vault->db(), bump.constData(), QStringLiteral("bump")).isOk());
    t.vault.reset();
    const QByteArray before = readAll(t.path);
    auto r = Vault::open(t.path, pass("correct paard batterij"));
    CHECK(r.code() == ErrorCode::NewerFormat);
    CHECK(readAll(t.path) == before);
}

TEST_CASE("absurd key-derivation settings in the header are refused before any memory is spent", "[vault][bad-input]")
{
    TempVault t;
    t.vault.reset();
    QByteArray bytes = readAll(t.path);
    bytes[3] = char(40); // 2^40 KiB
    writeFile(t.path, bytes);
    CHECK(Vault::open(t.path, pass("correct paard batterij")).code() == ErrorCode::Damaged);
}

TEST_CASE("a header asking for more key cost than the caps is refused, saying so, before any derivation", "[vault][bad-input]")
{
    TempVault t;
    t.vault.reset();
    QByteArray bytes = readAll(t.path);
    bytes[2] = char(16); // 16 passes
    bytes[3] = char(21); // 2 GiB
    writeFile(t.path, bytes);
    auto opened = Vault::open(t.path, pass("correct paard batterij"));
    CHECK(opened.code() == ErrorCode::Damaged);
    CHECK(opened.message().contains(QStringLiteral("meer rekenwerk of geheugen dan Inzage toestaat")));
    CHECK(readAll(t.path) == bytes);
}

TEST_CASE("a truncated vault gives a clear error, no crash", "[vault][bad-input]")
{
    TempVault t;
    for (int i = 0; i < 200; ++i)
        writeMarker(*t.vault, QString(500, QLatin1Char('a' + i % 26)) + QString::number(i));
    t.vault.reset();
    QByteArray bytes = readAll(t.path);
    REQUIRE(bytes.size() > 8192);
    for (const qsizetype cut : {qsizetype(100), qsizetype(1000), bytes.size() / 2, bytes.size() - 1000}) {
        writeFile(t.path, bytes.left(cut));
        auto r = Vault::open(t.path, pass("correct paard batterij"));
        if (r.isOk()) {
            // The first pages survived; the damage must show up when the file is checked.
            CHECK((*r)->checkIntegrity().code() == ErrorCode::Damaged);
        } else {
            CHECK(r.code() != ErrorCode::Ok);
            CHECK(!r.message().isEmpty());
        }
    }
}

TEST_CASE("flipped bytes never show wrong data", "[vault][bad-input]")
{
    TempVault t;
    for (int i = 0; i < 100; ++i)
        writeMarker(*t.vault, QStringLiteral("regel-%1-").arg(i) + QString(300, QLatin1Char('x')));
    t.vault.reset();
    const QByteArray original = readAll(t.path);
    for (qsizetype offset : {qsizetype(40), qsizetype(1500), original.size() / 2, original.size() - 20}) {
        QByteArray bytes = original;
        bytes[offset] = char(bytes[offset] ^ 0x5a);
        writeFile(t.path, bytes);
        auto r = Vault::open(t.path, pass("correct paard batterij"));
        if (!r.isOk()) {
            INFO(r.message().toStdString());
            CHECK((r.code() == ErrorCode::WrongPassphrase || r.code() == ErrorCode::Damaged));
            continue;
        }
        // SQLCipher's per-page HMAC means a damaged page is an error, never altered text.
        Statement st((*r)->db(), "SELECT value FROM scratch WHERE key = 'marker'");
        int rc = SQLITE_ROW;
        while ((rc = st.step()) == SQLITE_ROW)
            CHECK(st.text(0).endsWith(QString(300, QLatin1Char('x'))));
        const bool integrityOk = (*r)->checkIntegrity().isOk();
        CHECK((rc != SQLITE_DONE || !integrityOk));
    }
}

TEST_CASE("an encrypted copy opens with its own passphrase and never holds plaintext", "[vault]")
{
    TempVault t;
    writeMarker(*t.vault, QStringLiteral("GEHEIM-MARKER-7f3a"));
    const QString copy = t.dir.filePath(QStringLiteral("kopie.inzage"));
    REQUIRE(t.vault->copyTo(copy, pass("ander wachtwoord"), KdfParams::fastForTests()).isOk());

    CHECK(!readAll(copy).contains("GEHEIM-MARKER-7f3a"));
    CHECK(!readAll(copy).contains("SQLite format"));
    CHECK(Vault::open(copy, pass("correct paard batterij")).code() == ErrorCode::WrongPassphrase);
    auto c = Vault::open(copy, pass("ander wachtwoord"));
    REQUIRE(c.isOk());
    CHECK(readMarker(**c) == QStringLiteral("GEHEIM-MARKER-7f3a"));
    CHECK((*c)->schemaVersion() == latestSchemaVersion());

    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(copy).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    CHECK(t.vault->copyTo(copy, pass("x"), KdfParams::fastForTests()).code() == ErrorCode::Exists);
}

TEST_CASE("changing the passphrase keeps the data and retires the old passphrase", "[vault]")
{
    TempVault t;
    writeMarker(*t.vault, QStringLiteral("na-wijziging"));
    REQUIRE(t.vault->changePassphrase(pass("nieuw wachtwoord")).isOk());
    CHECK(readMarker(*t.vault) == QStringLiteral("na-wijziging"));
    writeMarker(*t.vault, QStringLiteral("nog-een"));
    t.vault.reset();

    CHECK(Vault::open(t.path, pass("correct paard batterij")).code() == ErrorCode::WrongPassphrase);
    auto r = Vault::open(t.path, pass("nieuw wachtwoord"));
    REQUIRE(r.isOk());
    Statement st((*r)->db(), "SELECT count(*) FROM scratch WHERE key = 'marker'");
    REQUIRE(st.step() == SQLITE_ROW);
    CHECK(st.integer(0) == 2);
    CHECK(!QFile::exists(t.path + QStringLiteral(".nieuw")));
}

TEST_CASE("no plaintext of the data reaches the vault or its WAL", "[vault][security]")
{
    TempVault t;
    for (int i = 0; i < 50; ++i)
        writeMarker(*t.vault, QStringLiteral("PLAINTEXT-CANARY-%1").arg(i));
    // While open, the WAL holds the recent pages: they must be encrypted too.
    const QByteArray wal = readAll(t.path + QStringLiteral("-wal"));
    CHECK(!wal.contains("PLAINTEXT-CANARY"));
    CHECK(!readAll(t.path).contains("PLAINTEXT-CANARY"));
    t.vault.reset();
    CHECK(!readAll(t.path).contains("PLAINTEXT-CANARY"));
}
