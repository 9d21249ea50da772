#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace inzage {

// The envelope of answer files (parent → professional) and update files (professional → parent):
//
//   INZAGE-ANTWOORDEN 1\n           or INZAGE-UPDATE 1\n
//   dossier <dossier uid>\n
//   uitwisseling <exchange id>\n
//   \n
//   <24-byte nonce><XChaCha20-Poly1305 ciphertext of the JSON payload>
//
// The plaintext header says which dossier and which parent copy the file belongs to, so the
// receiver can name a wrong file before trying a key; it is authenticated as additional data, so
// changing any byte of header or payload makes the file refuse to open.
class SealedFile {
    Q_DECLARE_TR_FUNCTIONS(inzage::SealedFile)

public:
    enum class Kind { Answers, Update };
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxSize = qint64 {64} * 1024 * 1024;

    Kind kind = Kind::Answers;
    int format = kFormat;
    QString dossierUid;
    QString exchangeId;
    QByteArray sealed; // nonce + ciphertext

    static QByteArray seal(Kind kind, const QString& dossierUid, const QString& exchangeId, const QByteArray& key,
        const QByteArray& payload);
    // Reads the header only; refuses what is not such a file, or a newer format.
    static Result<SealedFile> parse(const QByteArray& bytes, Kind expected);
    // Decrypts with the exchange key: Damaged when anything was changed.
    Result<QByteArray> open(const QByteArray& key) const;

    // "antwoordbestand" / "updatebestand": the Dutch word, also in what the exchange records.
    static QString describe(Kind kind);

private:
    QByteArray header() const;
};

// Writes a new file with mode 0600 (never overwrites) and syncs it; removes it again on failure.
Status writeNewFile(const QString& path, const QByteArray& bytes);
Result<QByteArray> readSmallFile(const QString& path, qint64 maxSize);

} // namespace inzage
