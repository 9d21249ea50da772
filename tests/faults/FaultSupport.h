#pragma once

// Helpers for the fault and bad-environment tests: a throw-away vault, and a wrapper VFS over the
// default unix VFS that can (a) refuse writes once a byte budget is spent (an injected full disk)
// and (b) look at every byte SQLite hands to the file system (to catch plaintext on its way out).

#include "dossier/Entries.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>

namespace inzage::faults {

inline SecureBytes pass(const char* text) { return SecureBytes(text, std::strlen(text)); }
inline constexpr const char* kPassphrase = "correct paard batterij nietje";

std::unique_ptr<Vault> createVault(const QString& path);
std::unique_ptr<Vault> openVault(const QString& path);

inline Actor professional() { return Actor {QStringLiteral("j.devries"), Role::Professional}; }
EntryContent entryText(const QString& text);

std::int64_t countRows(sqlite3* db, const char* sql);
QByteArray readFile(const QString& path);
void writePrivateFile(const QString& path, const QByteArray& bytes);

// The wrapper VFS ("inzage-test-vfs"). Registered as the default while a VfsScope lives, so every
// sqlite3_open_v2(…, nullptr) in the process (Vault::connect does that) goes through it; the
// original default is restored when the scope ends. Only one scope at a time.
struct VfsStats {
    std::atomic<std::int64_t> bytesWritten {0};
    std::atomic<std::int64_t> writeBudget {-1}; // -1: unlimited; otherwise fail once spent
    std::atomic<int> fullErrors {0};            // writes refused with SQLITE_FULL
    std::atomic<int> tempOpens {0};             // temp files (sorter, temp db, sub-journal …)
    std::atomic<int> canaryHits {0};            // writes whose bytes contained the needle
    std::atomic<int> canaryHitFlags {0};        // open flags of the last file that got one
    // Every xRead, xWrite and xSync through the wrapper, counted from 1; the one numbered
    // fail*At (0: none) returns SQLITE_IOERR_READ / _WRITE / _FSYNC instead, once.
    std::atomic<std::int64_t> reads {0};
    std::atomic<std::int64_t> writes {0};
    std::atomic<std::int64_t> syncs {0};
    std::atomic<std::int64_t> failReadAt {0};
    std::atomic<std::int64_t> failWriteAt {0};
    std::atomic<std::int64_t> failSyncAt {0};
    std::atomic<int> injected {0}; // faults actually returned
};

enum class IoOp { Read, Write, Sync };

class VfsScope {
public:
    VfsScope();
    ~VfsScope();
    VfsScope(const VfsScope&) = delete;
    VfsScope& operator=(const VfsScope&) = delete;

    VfsStats& stats();
    // Writes beyond `bytes` more (from now) fail with SQLITE_FULL, like a disk that fills up.
    void failWritesAfter(std::int64_t bytes);
    void unlimited();
    // The nth read, write or sync from now (1: the next one) fails, once.
    void failNth(IoOp op, std::int64_t n);
    // Every buffer written to any file is searched for this (case-insensitively, ASCII).
    void watchFor(const QByteArray& needle);
};

// Opens the vault with the normal VFS and requires it whole: integrity_check, the audit chain, every
// entry against the chain, every entry with its revision and search row.
std::unique_ptr<Vault> openWhole(const QString& path, const char* passphrase);

// A random token of letters and digits, so a search can't hit it by chance.
QByteArray randomToken(int length = 24);

} // namespace inzage::faults
