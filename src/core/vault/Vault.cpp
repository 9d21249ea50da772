#include "vault/Vault.h"
#include "vault/NewFile.h"

#include "vault/Migrations.h"
#include "vault/OpenMemory.h"
#include "vault/PageCheck.h"
#include "vault/Sql.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QDateTime>
#include <QUuid>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace inzage {

QString toString(VaultKind kind)
{
    return kind == VaultKind::Ouderexemplaar ? QStringLiteral("ouderexemplaar")
                                             : QStringLiteral("professional");
}

SecureBytes rawKeySpec(const SecureBytes& key, const Salt& salt)
{
    // x' + 64 + 32 hex + ' ; sodium_bin2hex writes a trailing NUL, so leave room for it.
    const std::size_t hexLen = (key.size() + salt.size()) * 2;
    SecureBytes spec(hexLen + 3 + 1);
    char* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    sodium_bin2hex(out + 2 + key.size() * 2, salt.size() * 2 + 1, salt.data(), salt.size());
    out[2 + hexLen] = '\'';
    out[3 + hexLen] = '\0';
    return spec;
}

Status createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return Status(ErrorCode::Exists,
                Vault::tr("Het bestand %1 bestaat al. Kies een andere naam; "
                          "Inzage overschrijft nooit een bestand.")
                    .arg(path));
        return Status(ErrorCode::Io,
            Vault::tr("Het bestand %1 kan niet worden gemaakt: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::close(fd);
    return Status::ok();
}

namespace {

int keyLength(const SecureBytes& spec) { return int(std::strlen(spec.chars())); }

Status pragmaInt(sqlite3* db, const char* sql, std::int64_t& out)
{
    Statement st(db, sql);
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return sqlError(db, rc == SQLITE_DONE ? SQLITE_CORRUPT : (st.isValid() ? rc : st.prepareCode()),
            Vault::tr("Het dossier kon niet worden gelezen."));
    out = st.integer(0);
    return Status::ok();
}

} // namespace

Result<std::unique_ptr<Vault>> Vault::connect(const QString& path, const SecureBytes& key,
                                              const Salt& salt, bool fresh, VaultKind kind, OpenMode mode)
{
    std::unique_ptr<Vault> v(new Vault());
    v->m_path = path;
    v->m_mode = mode;
    QByteArray native = QFile::encodeName(path);
    int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_FULLMUTEX;
    // Read-only with no write-ahead log beside it (no writer has the file open, everything is in
    // the file itself): opened as immutable, so SQLite creates no -wal or -shm file and takes no
    // lock. That is what lets a reviewer read a file, in a folder, that they cannot write; with
    // SQLite 3.15 a plain read-only open of a WAL file must create the -wal. With a -wal present
    // (a writer is at work) the normal read-only open reads it.
    if (mode == OpenMode::ReadOnly && !fresh && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        native = "file:" + QFile::encodeName(QFileInfo(path).absoluteFilePath()).toPercentEncoding("/")
            + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    int rc = sqlite3_open_v2(native.constData(), &v->m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return sqlError(v->m_db, rc, tr("Het dossier kon niet worden geopend."));
    sqlite3_extended_result_codes(v->m_db, 1);
    {
        const SecureBytes spec = rawKeySpec(key, salt);
        rc = sqlite3_key_v2(v->m_db, "main", spec.data(), keyLength(spec));
    }
    if (rc != SQLITE_OK)
        return sqlError(v->m_db, rc, tr("De sleutel kon niet worden gezet."));
    // Before the first read: SQLCipher does not store the page size, the header's format says it.
    {
        const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(VaultHeader::pageSize(salt));
        rc = sqlite3_exec(v->m_db, pageSize.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return sqlError(v->m_db, rc, tr("De sleutel kon niet worden gezet."));
    }
    sqlite3_busy_timeout(v->m_db, kBusyTimeoutMs);

    // The first read tells a wrong key (SQLITE_NOTADB) from a readable file.
    std::int64_t appId = 0;
    if (Status s = pragmaInt(v->m_db, "PRAGMA application_id", appId); !s) {
        if (s.code() == ErrorCode::WrongPassphrase)
            return Status(ErrorCode::WrongPassphrase,
                tr("Het wachtwoord klopt niet. Probeer het opnieuw. (Klopt het "
                   "wachtwoord zeker? Dan is het bestand misschien beschadigd.)"));
        return s;
    }
    std::int64_t version = 0;
    if (Status s = pragmaInt(v->m_db, "PRAGMA user_version", version); !s)
        return s;

    if (fresh) {
        const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
        if (Status s = execSql(v->m_db, setId.constData(), tr("Het nieuwe dossier kon niet worden gemaakt.")); !s)
            return s;
    } else if (appId != kApplicationId) {
        return Status(ErrorCode::NotAVault, tr("Het bestand %1 is geen Inzage-dossier.").arg(path));
    }
    if (version > latestSchemaVersion())
        return Status(ErrorCode::NewerFormat,
            tr("Dit dossier is gemaakt met een nieuwere versie van Inzage (schema %1, "
               "deze versie kent tot %2). Werk Inzage bij om het te openen.")
                .arg(version)
                .arg(latestSchemaVersion()));

    if (mode == OpenMode::ReadOnly && version < latestSchemaVersion())
        return Status(ErrorCode::Forbidden,
                      QCoreApplication::translate("inzage::Vault",
                                                  "Dit dossier is gemaakt met een oudere versie van Inzage en moet eerst "
                                                  "eenmaal gewoon (niet alleen-lezen) worden geopend om het bij te werken."));
    std::int64_t unused = 0;
    if (mode == OpenMode::ReadWrite) {
        if (Status s = pragmaInt(v->m_db, "PRAGMA journal_mode = WAL", unused); !s)
            return s;
    }
    // temp_store: this SQLCipher writes temporary files (sort spills, temp tables) unencrypted,
    // so they must stay in memory whatever the build default is. cache_size: decrypted pages
    // are costly to re-read; 32 MiB keeps a large dossier's hot pages.
    for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                               kVaultCacheSizePragma}) {
        if (Status s = execSql(v->m_db, pragma, tr("Het dossier kon niet worden ingesteld.")); !s)
            return s;
    }
    if (version < latestSchemaVersion() && mode == OpenMode::ReadWrite) {
        if (Status s = migrate(v->m_db, int(version), fresh ? MigrationAudit::NewFile : MigrationAudit::Record); !s)
            return s;
        // A new file is made by running every step, and a step that rebuilds a table leaves its old
        // pages free; an empty file is compacted at once so it starts with none.
        if (fresh) {
            if (Status s = execSql(v->m_db, "VACUUM", tr("Het nieuwe dossier kon niet worden gemaakt.")); !s)
                return s;
        }
    }
    if (fresh) {
        // memory_secret: what OpenMemory derives its file name and key from (never leaves the file).
        Statement st(v->m_db, "INSERT INTO meta(key, value) VALUES ('kind', ?1), ('created_at', ?2), "
                              "('memory_secret', ?3)");
        st.bind(1, toString(kind)).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        st.bind(3, OpenMemory::newSecret());
        if (Status s = st.exec(tr("Het nieuwe dossier kon niet worden gemaakt.")); !s)
            return s;
    }
    if (Status s = v->readKind(); !s)
        return s;
    return v;
}

// The kind decides who reads the file, so a kind this version does not know is refused: read as
// "professional" it would show a parent copy's reader, or anyone, everything.
Status Vault::readKind()
{
    Statement st(m_db, "SELECT key, value FROM meta WHERE key IN ('kind', 'parent_person_id', 'parent_name')");
    QString kind;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QString key = st.text(0);
        if (key == QLatin1String("kind"))
            kind = st.text(1);
        else if (key == QLatin1String("parent_person_id"))
            m_parentPersonId = st.text(1).toLongLong();
        else
            m_parentName = st.text(1);
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_db, rc, QCoreApplication::translate("inzage::Vault", "Het dossier kon niet worden gelezen."));
    if (kind.isEmpty())
        return Status(ErrorCode::Damaged,
                      QCoreApplication::translate("inzage::Vault", "Het dossier mist zijn soort; het is beschadigd."));
    if (kind == toString(VaultKind::Ouderexemplaar))
        m_kind = VaultKind::Ouderexemplaar;
    else if (kind == toString(VaultKind::Professional))
        m_kind = VaultKind::Professional;
    else
        return Status(ErrorCode::NewerFormat,
                      QCoreApplication::translate("inzage::Vault",
                                                  "Dit bestand is een soort dossier die deze versie van Inzage niet kent "
                                                  "('%1'). Werk Inzage bij om het te openen; het bestand is niet "
                                                  "veranderd.")
                          .arg(kind));
    if (m_kind == VaultKind::Professional)
        m_parentPersonId.reset();
    return Status::ok();
}

Role Vault::role() const
{
    if (m_kind == VaultKind::Ouderexemplaar)
        return Role::Ouder;
    return m_mode == OpenMode::ReadOnly ? Role::Reviewer : Role::Professional;
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const SecureBytes& passphrase,
                                             const CreateOptions& options)
{
    if (!options.kdf.isValid())
        return Status(ErrorCode::InvalidInput, tr("Ongeldige sleutelinstellingen."));
    if (Status s = createPrivateFile(path); !s)
        return s;
    auto lock = FileLock::shared(path, kBusyTimeoutMs);
    if (!lock) {
        QFile::remove(path);
        return lock.status();
    }
    const VaultHeader header = VaultHeader::fresh(options.kdf);
    auto key = deriveKey(passphrase, header.salt, options.kdf);
    if (!key) {
        QFile::remove(path);
        return key.status();
    }
    auto v = connect(path, *key, header.salt, true, options.kind);
    if (!v) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return v.status();
    }
    (*v)->m_kdf = options.kdf;
    (*v)->m_lock = std::move(*lock);
    return v;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const SecureBytes& passphrase, OpenMode mode)
{
    // The lock comes first: the header read after it belongs to the file the lock holds, also
    // when a passphrase change renamed a new file over this name while we waited.
    auto lock = FileLock::shared(path, kBusyTimeoutMs);
    auto header = VaultHeader::read(path);
    if (!header)
        return header.status();
    if (!lock)
        return lock.status();
    auto key = deriveKey(passphrase, header->salt, header->kdf);
    if (!key)
        return key.status();
    auto v = connect(path, *key, header->salt, false, VaultKind::Professional, mode);
    // SQLCipher says "wrong key" for a changed first page too; a later page the key authenticates
    // proves the passphrase right, so the file says what it is: damaged (exit 5, not 3).
    if (!v && v.code() == ErrorCode::WrongPassphrase && PageCheck::keyFitsLaterPage(path, *key, header->salt))
        return Status(ErrorCode::Damaged,
            tr("Het wachtwoord klopt, maar het begin van het dossierbestand is beschadigd, zodat het niet "
               "geopend kan worden. Gebruik een reservekopie; er is niets veranderd."));
    if (!v)
        return v.status();
    (*v)->m_kdf = header->kdf;
    (*v)->m_lock = std::move(*lock);
    return v;
}

Vault::~Vault() { closeDb(); }

void Vault::closeDb()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

int Vault::schemaVersion() const
{
    std::int64_t v = 0;
    if (!pragmaInt(m_db, "PRAGMA user_version", v))
        return -1;
    return int(v);
}

Status Vault::checkIntegrity() const
{
    Statement st(m_db, "PRAGMA integrity_check");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return sqlError(m_db, rc, tr("De controle van het bestand lukte niet."));
    const QString first = st.text(0);
    if (first != QLatin1String("ok"))
        return Status(ErrorCode::Damaged, tr("Het dossierbestand is beschadigd: %1").arg(first));
    return Status::ok();
}

namespace {

// ATTACH … KEY takes SQLCipher's process-wide default page size, and the attach reads the file at
// once, so the default is set to the file's page size for the attach only, one attach at a time.
Status attachKeyed(sqlite3* db, const QByteArray& sql, const QString& path, const SecureBytes& keySpec, int pageSize,
                   const QString& what)
{
    static std::mutex defaultPageSize;
    const std::lock_guard<std::mutex> hold(defaultPageSize);
    const QByteArray setDefault = "PRAGMA cipher_default_page_size = " + QByteArray::number(pageSize);
    if (Status s = execSql(db, setDefault.constData(), what); !s)
        return s;
    Status result = [&]() -> Status {
        Statement st(db, sql.constData());
        if (!st.isValid())
            return sqlError(db, st.prepareCode(), what);
        st.bind(1, path);
        st.bindSecret(2, keySpec.chars(), int(std::strlen(keySpec.chars())));
        return st.exec(what);
    }();
    const QByteArray resetDefault
        = "PRAGMA cipher_default_page_size = " + QByteArray::number(VaultHeader::kFormat1PageSize);
    sqlite3_exec(db, resetDefault.constData(), nullptr, nullptr, nullptr);
    return result;
}

// ATTACH … KEY + sqlcipher_export: the only way this SQLCipher writes an encrypted copy.
Status exportEncrypted(sqlite3* db, const QString& destination, const SecureBytes& keySpec, int pageSize,
                       int userVersion)
{
    const QString what = Vault::tr("Het versleutelde kopiëren lukte niet.");
    if (Status s = attachKeyed(db, "ATTACH DATABASE ?1 AS inzage_copy KEY ?2", destination, keySpec, pageSize, what);
        !s)
        return s;
    // One transaction over both files: the copy is a consistent snapshot and no writer slips in.
    Status result = execSql(db, "BEGIN IMMEDIATE", what);
    if (result)
        result = execSql(db, "SELECT sqlcipher_export('inzage_copy')", what);
    if (result) {
        const QByteArray pragmas = QByteArray("PRAGMA inzage_copy.application_id = ")
            + QByteArray::number(Vault::kApplicationId) + "; PRAGMA inzage_copy.user_version = "
            + QByteArray::number(userVersion) + ";";
        result = execSql(db, pragmas.constData(), what);
    }
    if (result)
        result = execSql(db, "COMMIT", what);
    else
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    const Status detached = execSql(db, "DETACH DATABASE inzage_copy", what);
    return result ? detached : result;
}

} // namespace

Status Vault::copyTo(const QString& destination, const SecureBytes& passphrase, const KdfParams& params) const
{
    if (!params.isValid())
        return Status(ErrorCode::InvalidInput, tr("Ongeldige sleutelinstellingen."));
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status(ErrorCode::Exists, tr("Een kopie kan niet over het dossier zelf heen."));
    const VaultHeader header = VaultHeader::fresh(params);
    auto key = deriveKey(passphrase, header.salt, params);
    if (!key)
        return key.status();
    // Written under a random name beside the destination and renamed into place without
    // replacing: a symlink swapped in at the destination meanwhile cannot redirect the copy.
    auto temp = NewFile::createBeside(destination);
    if (!temp)
        return temp.status();
    const SecureBytes spec = rawKeySpec(*key, header.salt);
    Status s = exportEncrypted(m_db, *temp, spec, VaultHeader::pageSize(header.salt), schemaVersion());
    if (s && !NewFile::sync(*temp))
        s = Status(ErrorCode::Io, tr("De kopie kon niet veilig worden weggeschreven."));
    if (!s) {
        NewFile::discard(*temp);
        return s;
    }
    return NewFile::publish(*temp, destination);
}

Status Vault::attach(const QString& path, const SecureBytes& passphrase, const char* schema)
{
    for (const char* c = schema; *c; ++c) {
        if (!((*c >= 'a' && *c <= 'z') || *c == '_'))
            return Status(ErrorCode::InvalidInput, tr("Ongeldige naam voor een gekoppeld bestand."));
    }
    auto header = VaultHeader::read(path);
    if (!header)
        return header.status();
    auto key = deriveKey(passphrase, header->salt, header->kdf);
    if (!key)
        return key.status();
    const SecureBytes spec = rawKeySpec(*key, header->salt);
    const QString what = tr("Het tweede dossierbestand kon niet worden geopend.");
    if (Status s = attachKeyed(m_db, QByteArray("ATTACH DATABASE ?1 AS ") + schema + " KEY ?2", path, spec,
                               VaultHeader::pageSize(header->salt), what);
        !s)
        return s;
    std::int64_t appId = 0, version = 0;
    Status s = pragmaInt(m_db, (QByteArray("PRAGMA ") + schema + ".application_id").constData(), appId);
    if (s)
        s = pragmaInt(m_db, (QByteArray("PRAGMA ") + schema + ".user_version").constData(), version);
    if (s && appId != kApplicationId)
        s = Status(ErrorCode::NotAVault, tr("Het bestand %1 is geen Inzage-dossier.").arg(path));
    if (s && version != schemaVersion())
        s = Status(ErrorCode::NewerFormat,
            tr("Het bestand %1 heeft een andere schemaversie (%2, hier %3).")
                .arg(path)
                .arg(version)
                .arg(schemaVersion()));
    if (!s) {
        (void)detach(schema);
        if (s.code() == ErrorCode::WrongPassphrase)
            return Status(ErrorCode::WrongPassphrase, tr("Het wachtwoord voor %1 klopt niet.").arg(path));
        return s;
    }
    return Status::ok();
}

Status Vault::detach(const char* schema)
{
    const QByteArray sql = QByteArray("DETACH DATABASE ") + schema;
    return execSql(m_db, sql.constData(), tr("Het tweede dossierbestand kon niet worden losgekoppeld."));
}

Status Vault::changePassphrase(const SecureBytes& newPassphrase, const KdfParams& params)
{
    if (m_mode == OpenMode::ReadOnly)
        return Status(ErrorCode::Forbidden, QCoreApplication::translate("inzage::Vault",
                                                                        "Een alleen-lezen geopend dossier kan geen nieuw wachtwoord krijgen."));
    if (!params.isValid())
        return Status(ErrorCode::InvalidInput, tr("Ongeldige sleutelinstellingen."));
    // Exclusive first: another connection would keep writing into the old file after the rename,
    // and what it reported as saved would be lost.
    if (Status s = m_lock.tryExclusive(kBusyTimeoutMs); !s)
        return s;
    Status s = rewriteUnderNewPassphrase(newPassphrase, params);
    if (!s && m_lock.isHeld() && m_lock.stillNamedBy(m_path))
        (void)m_lock.toShared(kBusyTimeoutMs);
    return s;
}

// Runs with the exclusive lock held. On success m_lock holds a shared lock on the new file, and the
// old file's exclusive lock is released only after that.
Status Vault::rewriteUnderNewPassphrase(const SecureBytes& newPassphrase, const KdfParams& params)
{
    const QString temp = m_path + QStringLiteral(".nieuw");
    QFile::remove(temp); // a leftover from an interrupted earlier attempt; the vault itself is intact
    QFile::remove(temp + QStringLiteral("-journal"));
    const VaultHeader header = VaultHeader::fresh(params);
    auto key = deriveKey(newPassphrase, header.salt, params);
    if (!key)
        return key.status();
    if (Status s = createPrivateFile(temp); !s)
        return s;
    const SecureBytes spec = rawKeySpec(*key, header.salt);
    Status s = exportEncrypted(m_db, temp, spec, VaultHeader::pageSize(header.salt), schemaVersion());
    if (s && !NewFile::sync(temp))
        s = Status(ErrorCode::Io, tr("Het nieuwe bestand kon niet veilig worden weggeschreven."));
    if (!s) {
        QFile::remove(temp);
        return s;
    }
    if (Status c = execSql(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", tr("Afronden lukte niet.")); !c) {
        QFile::remove(temp);
        return c;
    }
    // Locked before it gets the vault's name, so no other passphrase change can take it over.
    auto newLock = FileLock::shared(temp, 0);
    if (!newLock) {
        QFile::remove(temp);
        return newLock.status();
    }
    const VaultKind kind = m_kind;
    closeDb();
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int error = errno;
        QFile::remove(temp);
        return Status(ErrorCode::Io,
            tr("Het wachtwoord kon niet worden gewijzigd: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    NewFile::sync(QFileInfo(m_path).absolutePath());
    auto reopened = connect(m_path, *key, header.salt, false, kind, m_mode);
    m_lock = std::move(*newLock); // releases the old file's exclusive lock
    if (!reopened)
        return Status(reopened.code(),
            tr("Het nieuwe wachtwoord is ingesteld, maar het dossier kon daarna niet opnieuw worden geopend (%1). "
               "Open het opnieuw met het nieuwe wachtwoord.")
                .arg(reopened.message()));
    m_db = std::exchange((*reopened)->m_db, nullptr);
    m_kdf = params;
    return Status::ok();
}

} // namespace inzage
