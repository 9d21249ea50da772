#pragma once

#include "audit/OrgKey.h"
#include "common/Status.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace inzage {

// A signed checkpoint: "on <tijd>, dossier <uid> had an audit chain of <regels> rows ending in
// <head>", signed with the organisation's Ed25519 key. Kept outside the dossier (beside a final
// report, in the inspector's file), it lets anyone with the public key check offline that a later
// copy of the dossier still holds that position with that head: a rollback of the whole file to an
// older copy, or a cut-off tail, shows. As a file (text, every line LF-terminated):
//
//   INZAGE-CONTROLEPUNT 1
//   dossier <uid>
//   regels <chain length: the seq of its last row, 0 for an empty chain>
//   head <64 hex: the hash of that row>
//   tijd <UTC, ISO 8601>
//   rapport <64 hex: SHA-256 of the final report's PDF>      (only beside a report)
//   sleutel <64 hex: the organisation's public key>
//   vingerafdruk <its fingerprint>
//   handtekening <128 hex: Ed25519 over every byte before this line>
struct Checkpoint {
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxFileSize = 4096;

    QString dossierUid;
    std::int64_t length = 0;
    QByteArray head; // 32 bytes
    QString time;
    QString reportFileHash; // hex, or empty
    OrgPublicKey key;
    QByteArray signature; // 64 bytes

    // Every byte the signature covers.
    QByteArray signedText() const;
    QByteArray toText() const;
    static Result<Checkpoint> parse(const QByteArray& bytes);
    static Result<Checkpoint> read(const QString& path);
};

struct CheckpointVerdict {
    bool holds = false;
    QString problem; // why not, in words; empty when it holds
    std::int64_t chainLength = 0; // the file's chain now
};

class Checkpoints {
    Q_DECLARE_TR_FUNCTIONS(inzage::Checkpoints)

public:
    // The checkpoint of the professional's dossier as it is now (any open mode: reading only),
    // signed with key. reportFileHash: the PDF it goes with, or empty. A parent copy is refused.
    static Result<Checkpoint> make(const Vault& vault, const OrgKey& key, const QString& reportFileHash = {},
        const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Writes a new file (never overwrites; no half file on failure).
    static Status write(const QString& path, const Checkpoint& checkpoint);
    // Whether the dossier still holds the checkpoint: signed by `expected`, of this dossier, and the
    // chain has row `length` with hash `head`. A refusal is a verdict, not an error; an error is a
    // file that cannot be read.
    static Result<CheckpointVerdict> check(
        const Vault& vault, const Checkpoint& checkpoint, const OrgPublicKey& expected);
    // The dossier's identity (dossier.uid).
    static Result<QString> dossierUid(const Vault& vault);
    // "OUT.pdf" → "OUT.checkpoint": where a report's checkpoint is written.
    static QString besideReport(const QString& pdfPath);
};

} // namespace inzage
