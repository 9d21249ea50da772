#include "vault/OpenMemory.h"

#include "vault/SecureBytes.h"
#include "vault/Sql.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

#include <array>
#include <cstdint>
#include <cstring>

namespace inzage {

namespace {

constexpr const char* kSecretKey = "memory_secret";
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "inzgseen";
constexpr std::uint64_t kMacKeyId = 1;
constexpr std::uint64_t kNameId = 2;
constexpr char kMagic[4] = {'I', 'N', 'Z', 'M'};
constexpr std::uint32_t kFormat = 1;
constexpr std::size_t kHashBytes = 32;
// magic, format, length (little endian), head, MAC over all that
constexpr std::size_t kBodyBytes = 4 + 4 + 8 + kHashBytes;
constexpr std::size_t kFileBytes = kBodyBytes + crypto_generichash_BYTES;
constexpr qint64 kMaxFileBytes = 4096;

// The vault's memory secret (32 random bytes in meta), made in a writable vault that has none.
Result<SecureBytes> secretOf(Vault& vault)
{
    sqlite3* db = vault.db();
    const QString what = OpenMemory::tr("Het dossier kon niet worden gelezen.");
    for (int attempt = 0; attempt < 2; ++attempt) {
        Statement st(db, "SELECT value FROM meta WHERE key = ?1");
        st.bind(1, QString::fromLatin1(kSecretKey));
        const int rc = st.step();
        if (rc == SQLITE_ROW) {
            const char* hex = reinterpret_cast<const char*>(sqlite3_column_text(st.handle(), 0));
            const int hexLen = sqlite3_column_bytes(st.handle(), 0);
            SecureBytes secret(crypto_kdf_KEYBYTES);
            std::size_t binLen = 0;
            if (!hex || hexLen != int(2 * crypto_kdf_KEYBYTES)
                || sodium_hex2bin(secret.data(), secret.size(), hex, std::size_t(hexLen), nullptr, &binLen, nullptr) != 0
                || binLen != crypto_kdf_KEYBYTES)
                return Status(ErrorCode::Damaged, what);
            return secret;
        }
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, what);
        if (vault.isReadOnly() || attempt > 0)
            return SecureBytes();
        Statement put(db, "INSERT OR IGNORE INTO meta(key, value) VALUES (?1, ?2)");
        put.bind(1, QString::fromLatin1(kSecretKey)).bind(2, OpenMemory::newSecret());
        if (Status s = put.exec(what); !s)
            return s;
    }
    return SecureBytes();
}

struct Seen {
    std::int64_t length = 0;
    QByteArray head; // kHashBytes; zeros for an empty chain
};

Result<Seen> seenNow(sqlite3* db)
{
    Statement st(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    const int rc = st.step();
    Seen seen;
    seen.head = QByteArray(int(kHashBytes), '\0');
    if (rc == SQLITE_ROW) {
        seen.length = st.integer(0);
        seen.head = st.blob(1);
    } else if (rc != SQLITE_DONE) {
        return sqlError(db, rc, OpenMemory::tr("De wijzigingen in het dossier konden niet worden gelezen."));
    }
    return seen;
}

Result<QByteArray> hashAt(sqlite3* db, std::int64_t seq)
{
    Statement st(db, "SELECT hash FROM audit WHERE seq = ?1");
    st.bind(1, seq);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return st.blob(0);
    if (rc == SQLITE_DONE)
        return QByteArray();
    return sqlError(db, rc, OpenMemory::tr("De wijzigingen in het dossier konden niet worden gelezen."));
}

struct Keys {
    SecureBytes mac {crypto_generichash_KEYBYTES};
    QString fileName;
};

Keys keysFrom(const SecureBytes& secret)
{
    Keys keys;
    crypto_kdf_derive_from_key(keys.mac.data(), keys.mac.size(), kMacKeyId, kContext, secret.data());
    std::array<unsigned char, 16> name {};
    crypto_kdf_derive_from_key(name.data(), name.size(), kNameId, kContext, secret.data());
    char hex[2 * 16 + 1];
    sodium_bin2hex(hex, sizeof hex, name.data(), name.size());
    keys.fileName = QString::fromLatin1(hex) + QStringLiteral(".gezien");
    return keys;
}

QByteArray mac(const Keys& keys, const QByteArray& body)
{
    QByteArray out(int(crypto_generichash_BYTES), '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(body.constData()), std::size_t(body.size()),
                       keys.mac.data(), keys.mac.size());
    return out;
}

QByteArray encode(const Keys& keys, const Seen& seen)
{
    QByteArray body(kMagic, 4);
    for (int i = 0; i < 4; ++i)
        body += char((kFormat >> (8 * i)) & 0xff);
    const auto length = std::uint64_t(seen.length);
    for (int i = 0; i < 8; ++i)
        body += char((length >> (8 * i)) & 0xff);
    body += seen.head.leftJustified(int(kHashBytes), '\0', true);
    return body + mac(keys, body);
}

// Empty optional-like: ok=false when the bytes are not a memory this key sealed.
bool decode(const Keys& keys, const QByteArray& bytes, Seen* out)
{
    if (std::size_t(bytes.size()) != kFileBytes || std::memcmp(bytes.constData(), kMagic, 4) != 0)
        return false;
    const QByteArray body = bytes.left(int(kBodyBytes));
    const QByteArray tag = bytes.mid(int(kBodyBytes));
    const QByteArray expected = mac(keys, body);
    if (sodium_memcmp(tag.constData(), expected.constData(), std::size_t(tag.size())) != 0)
        return false;
    std::uint32_t format = 0;
    for (int i = 0; i < 4; ++i)
        format |= std::uint32_t(std::uint8_t(body[4 + i])) << (8 * i);
    if (format != kFormat)
        return false;
    std::uint64_t length = 0;
    for (int i = 0; i < 8; ++i)
        length |= std::uint64_t(std::uint8_t(body[8 + i])) << (8 * i);
    if (length > std::uint64_t(INT64_MAX))
        return false;
    out->length = std::int64_t(length);
    out->head = body.mid(16, int(kHashBytes));
    return true;
}

Status write(const QString& dir, const Keys& keys, const Seen& seen)
{
    const QString failed = OpenMemory::tr("Inzage kon niet onthouden hoe dit dossier eruitzag.");
    if (!QDir().mkpath(dir))
        return Status(ErrorCode::Io, failed);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(QDir(dir).filePath(keys.fileName));
    if (!file.open(QIODevice::WriteOnly))
        return Status(ErrorCode::Io, failed);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = encode(keys, seen);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status(ErrorCode::Io, failed);
    return Status::ok();
}

// What the WAL hook needs: the keys and the folder. Owned by the connection: it is the user data
// of a no-op SQL function, whose destructor SQLite calls when the connection closes.
struct Watch {
    Keys keys;
    QString dir;
};

constexpr int kAutoCheckpointFrames = 1000; // SQLite's default, which setting a WAL hook replaces

int afterCommit(void* context, sqlite3* db, const char* schema, int frames)
{
    if (std::strcmp(schema, "main") == 0) {
        auto* watch = static_cast<Watch*>(context);
        if (auto seen = seenNow(db))
            (void)write(watch->dir, watch->keys, *seen);
    }
    if (frames >= kAutoCheckpointFrames)
        (void)sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void noop(sqlite3_context* context, int, sqlite3_value**) { sqlite3_result_null(context); }
void dropWatch(void* context) { delete static_cast<Watch*>(context); }

void watchCommits(sqlite3* db, Keys keys, const QString& dir)
{
    auto* watch = new Watch {std::move(keys), dir};
    sqlite3_wal_hook(db, afterCommit, watch);
    // Replaces (and so frees) an earlier watch of this connection; frees this one on close.
    if (sqlite3_create_function_v2(db, "inzage_open_memory", 0, SQLITE_UTF8, watch, noop, nullptr, nullptr,
                                   dropWatch)
        != SQLITE_OK) {
        sqlite3_wal_hook(db, nullptr, nullptr);
        delete watch;
        sqlite3_wal_autocheckpoint(db, kAutoCheckpointFrames);
    }
}

const char* kWhatToDo = QT_TRANSLATE_NOOP("inzage::OpenMemory",
    "Werk er niet in verder voordat u weet waarom. Misschien is een oude kopie teruggezet, of is er "
    "werk verloren gegaan. Zoek de nieuwste versie van het bestand. Heeft u het bestand van iemand "
    "gekregen? Vraag dan om een nieuw exemplaar.");

} // namespace

QString OpenMemory::defaultDirectory()
{
    const QString over = qEnvironmentVariable("INZAGE_MEMORY_DIR");
    if (!over.isEmpty())
        return over;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("geopend"));
}

QString OpenMemory::newSecret()
{
    unsigned char secret[crypto_kdf_KEYBYTES];
    crypto_kdf_keygen(secret);
    char hex[2 * crypto_kdf_KEYBYTES + 1];
    sodium_bin2hex(hex, sizeof hex, secret, sizeof secret);
    sodium_memzero(secret, sizeof secret);
    const QString out = QString::fromLatin1(hex);
    sodium_memzero(hex, sizeof hex);
    return out;
}

QString OpenMemory::fileFor(Vault& vault, const QString& dir)
{
    auto secret = secretOf(vault);
    if (!secret || secret->isEmpty())
        return {};
    return QDir(dir).filePath(keysFrom(*secret).fileName);
}

Status OpenMemory::remember(Vault& vault, const QString& dir)
{
    auto secret = secretOf(vault);
    if (!secret)
        return secret.status();
    if (secret->isEmpty())
        return Status::ok();
    auto seen = seenNow(vault.db());
    if (!seen)
        return seen.status();
    return write(dir, keysFrom(*secret), *seen);
}

Result<OpenMemoryCheck> OpenMemory::check(Vault& vault, const QString& dir)
{
    OpenMemoryCheck result;
    auto secret = secretOf(vault);
    if (!secret)
        return secret.status();
    if (secret->isEmpty())
        return result;
    const Keys keys = keysFrom(*secret);
    auto now = seenNow(vault.db());
    if (!now)
        return now.status();
    result.length = now->length;

    QFile file(QDir(dir).filePath(keys.fileName));
    if (!file.exists()) {
        result.verdict = OpenMemoryCheck::Verdict::FirstOpen;
    } else {
        Seen before;
        const bool opened = file.open(QIODevice::ReadOnly);
        const QByteArray bytes = opened ? file.read(kMaxFileBytes) : QByteArray();
        if (!opened || !decode(keys, bytes, &before)) {
            result.verdict = OpenMemoryCheck::Verdict::MemoryDamaged;
            result.warning = tr("Inzage kan niet nagaan of dit bestand ouder is dan de vorige keer dat u het "
                                "opende. Wat deze computer daarover onthield, is beschadigd of veranderd. Inzage "
                                "vertrouwt dat niet en onthoudt vanaf nu hoe het bestand er nu uitziet.");
        } else {
            result.rememberedLength = before.length;
            if (now->length < before.length) {
                result.verdict = OpenMemoryCheck::Verdict::Shorter;
                result.warning = tr("Dit bestand is ouder dan de vorige keer dat u het opende op deze computer. "
                                    "Toen had het %1 wijzigingen, nu %2.")
                                     .arg(before.length)
                                     .arg(now->length)
                    + QLatin1Char(' ') + tr(kWhatToDo);
            } else {
                auto then = hashAt(vault.db(), before.length);
                if (!then)
                    return then.status();
                const bool same = before.length == 0 ? true : *then == before.head;
                if (!same) {
                    result.verdict = OpenMemoryCheck::Verdict::DifferentHead;
                    result.warning = tr("Dit bestand is ouder dan de vorige keer dat u het opende op deze computer, "
                                        "of een ander exemplaar: wijziging %1 is niet meer dezelfde als toen.")
                                         .arg(before.length)
                        + QLatin1Char(' ') + tr(kWhatToDo);
                } else {
                    result.verdict = now->length == before.length ? OpenMemoryCheck::Verdict::Same
                                                                  : OpenMemoryCheck::Verdict::Longer;
                }
            }
        }
    }
    // The warning is given once: from now on this is what the computer remembers.
    (void)write(dir, keys, *now);
    if (!vault.isReadOnly())
        watchCommits(vault.db(), keysFrom(*secret), dir);
    return result;
}

} // namespace inzage
