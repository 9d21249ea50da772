#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Kdf.h"
#include "vault/SecureBytes.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace inzage {

// One flag a reviewer put on an entry: opened with a note, closed only with a note. It names the
// dossier chain position it was opened (and closed) at, so a later reader knows what the reviewer saw.
struct ReviewerFlag {
    int number = 0; // 1, 2, … in the order they were opened
    Id entry = 0;
    QString openedAt; // UTC, ISO 8601
    QString openedBy;
    QString note;
    std::int64_t dossierRows = 0; // the dossier's audit chain when the flag was opened
    QString dossierHead; // hex
    bool open = true;
    QString closedAt;
    QString closedBy;
    QString closeNote;
    std::int64_t closedAtRows = 0;
    QString closedAtHead;
};

// The reviewer's own small file beside the dossier (VAULT.vlaggen), so the reviewer never writes
// the dossier. It holds every opening and closing of a flag as an event in its own hash chain
// (BLAKE2b-256 over the previous hash and the length-prefixed event, as the audit chain), and the
// whole is encrypted under the reviewer's own passphrase (Argon2id, XChaCha20-Poly1305):
//
//   INZAGE-VLAGGEN 1\n
//   dossier <uid>\n
//   kdf <passes> <log2 KiB>\n
//   zout <32 hex>\n
//   sleutelcontrole <32 hex>\n
//   \n
//   <24-byte nonce><ciphertext of the JSON events>
//
// The header is authenticated with the ciphertext, so a changed byte anywhere is Damaged; the
// key check tells a wrong passphrase (WrongPassphrase) from a changed file. Replaced as a whole on
// each change (written beside, renamed over it, the folder locked meanwhile), never half written.
class ReviewerFlags {
    Q_DECLARE_TR_FUNCTIONS(inzage::ReviewerFlags)

public:
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxFileSize = qint64 { 16 } * 1024 * 1024;
    static constexpr int kMaxNoteLength = 20'000;

    // VAULT → VAULT.vlaggen
    static QString defaultPath(const QString& vaultPath);
    static bool exists(const QString& path);

    // Reads the flag file at path, for the dossier open in vault (another dossier's file is refused).
    static Result<ReviewerFlags> open(Vault& vault, const QString& path, const SecureBytes& passphrase);
    // A new, empty flag file (written with the first flag); refused when path exists.
    static Result<ReviewerFlags> create(
        Vault& vault, const QString& path, const SecureBytes& passphrase, const KdfParams& kdf);

    const std::vector<ReviewerFlag>& all() const { return m_flags; }
    std::vector<ReviewerFlag> openFlags() const;
    // The hash of the last event (hex; 64 zeros without events): write it down to catch a later
    // rollback of this file.
    QString head() const;
    int events() const { return int(m_events.size()); }

    // Opens a flag on entry (which must exist in the dossier) with a note; writes the file.
    Result<ReviewerFlag> flag(
        Id entry, const QString& note, const QString& by, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Closes open flag number with a note; writes the file.
    Result<ReviewerFlag> close(
        int number, const QString& note, const QString& by, const QDateTime& now = QDateTime::currentDateTimeUtc());

    struct Event {
        std::int64_t seq = 0;
        QString ts;
        QString by;
        QString action; // "open" or "close"
        int flag = 0;
        Id entry = 0; // open only
        QString note;
        std::int64_t dossierRows = 0;
        QString dossierHead;
        QByteArray prev;
        QByteArray hash;
        QByteArray canonical() const;
    };

private:
    ReviewerFlags(Vault& vault, QString path)
        : m_vault(&vault)
        , m_path(std::move(path))
    {
    }
    Status apply(const Event& e);
    Status append(Event e);
    QByteArray header() const;
    QByteArray seal() const;
    Status save();
    static Status checkNote(const QString& note);

    Vault* m_vault;
    QString m_path;
    QString m_dossierUid;
    KdfParams m_kdf;
    Salt m_salt {};
    SecureBytes m_key;
    QByteArray m_onDisk; // the file's bytes as read (empty: not written yet)
    std::vector<Event> m_events;
    std::vector<ReviewerFlag> m_flags;
};

} // namespace inzage
