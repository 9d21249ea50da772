#pragma once

#include "common/Status.h"
#include "dossier/Vocabulary.h"
#include "vault/FileLock.h"
#include "vault/Kdf.h"
#include "vault/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <sqlcipher/sqlite3.h>

#include <memory>
#include <optional>

namespace inzage {

// The decrypted-page cache every vault connection keeps (32 MiB); set again after work that
// needed a larger one for a moment (the parent copy).
inline constexpr const char* kVaultCacheSizePragma = "PRAGMA main.cache_size = -32768";

// What a vault file is: the professional's full dossier, or a parent copy (ouderexemplaar)
// that holds only what the parent may see. Stored inside the encrypted file.
enum class VaultKind { Professional, Ouderexemplaar };
QString toString(VaultKind kind);

// How a file is opened decides who reads it (Vault::role()): a parent copy is always read as the
// parent it was made for; the professional's vault opened for writing as the professional; a
// professional's vault opened read-only as a reviewer, who cannot write by construction.
enum class OpenMode { ReadWrite, ReadOnly };

// The encrypted SQLCipher file. Owns the connection; everything else borrows it.
class Vault {
    Q_DECLARE_TR_FUNCTIONS(inzage::Vault)

public:
    static constexpr std::int32_t kApplicationId = 0x494E5A47; // "INZG"
    // How long a connection waits for a lock (SQLite's busy timeout and Inzage's own file lock).
    static constexpr int kBusyTimeoutMs = 5000;

    struct CreateOptions {
        KdfParams kdf = KdfParams::moderate();
        VaultKind kind = VaultKind::Professional;
    };

    // Never overwrites: refuses when the file exists, even when it is empty.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const SecureBytes& passphrase,
                                                 const CreateOptions& options);
    static Result<std::unique_ptr<Vault>> create(const QString& path, const SecureBytes& passphrase)
    {
        return create(path, passphrase, CreateOptions {});
    }
    // Opens an existing vault; never creates. Migrates an older schema, refuses a newer one.
    static Result<std::unique_ptr<Vault>> open(const QString& path, const SecureBytes& passphrase,
                                               OpenMode mode = OpenMode::ReadWrite);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Re-encrypts under a new passphrase (fresh salt, optionally a new KDF cost): the new file
    // is written beside the old one and renamed over it, so a crash leaves one or the other.
    // Refused with Busy (changing nothing) while any other Vault, in this process or another,
    // has the file open: their writes would go to the old, replaced file and be lost.
    Status changePassphrase(const SecureBytes& newPassphrase, const KdfParams& params);
    Status changePassphrase(const SecureBytes& newPassphrase)
    {
        return changePassphrase(newPassphrase, m_kdf);
    }
    // Writes an encrypted copy with sqlcipher_export (never sqlite3_backup, which writes plaintext
    // with this SQLCipher). Refuses an existing destination.
    Status copyTo(const QString& destination, const SecureBytes& passphrase, const KdfParams& params) const;

    // Attaches another vault file to this connection as `schema` (a fixed identifier such as
    // "parent_copy"), unlocked with its own passphrase, so rows can be copied between the two
    // encrypted files with INSERT … SELECT and never pass through a plaintext file.
    Status attach(const QString& path, const SecureBytes& passphrase, const char* schema);
    Status detach(const char* schema);

    sqlite3* db() const { return m_db; }
    const QString& path() const { return m_path; }
    VaultKind kind() const { return m_kind; }
    OpenMode mode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    // Who reads this file, from its kind and how it was opened; never from what a caller claims.
    Role role() const;
    // In a parent copy: the person (ouder, or a child from 12) it was made for, with the name the
    // history uses for them. Empty for copies made before schema 2, and in a professional's vault.
    std::optional<std::int64_t> parentPersonId() const { return m_parentPersonId; }
    const QString& parentName() const { return m_parentName; }
    const KdfParams& kdf() const { return m_kdf; }
    int schemaVersion() const;

    // PRAGMA integrity_check; ok or the first problem in words.
    Status checkIntegrity() const;

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>> connect(const QString& path, const SecureBytes& key,
                                                  const Salt& salt, bool fresh, VaultKind kind,
                                                  OpenMode mode = OpenMode::ReadWrite);
    Status readKind();
    void closeDb();
    Status rewriteUnderNewPassphrase(const SecureBytes& newPassphrase, const KdfParams& params);

    sqlite3* m_db = nullptr;
    FileLock m_lock; // shared for the Vault's lifetime; exclusive while the passphrase changes
    QString m_path;
    VaultKind m_kind = VaultKind::Professional;
    OpenMode m_mode = OpenMode::ReadWrite;
    std::optional<std::int64_t> m_parentPersonId;
    QString m_parentName;
    KdfParams m_kdf;
};

// "x'<64 hex key><32 hex salt>'" in wiped memory, as SQLCipher takes a raw key.
SecureBytes rawKeySpec(const SecureBytes& key, const Salt& salt);

// Creates an empty file with mode 0600; fails when it exists.
Status createPrivateFile(const QString& path);

} // namespace inzage
