#pragma once

#include "common/Status.h"
#include "vault/Kdf.h"
#include "vault/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace inzage {

// The public half of an organisation's Ed25519 key: what an inspector holds to check a checkpoint.
// As a file (OUT.pub):
//
//   INZAGE-ORGANISATIESLEUTEL-PUBLIEK 1
//   publiek <64 hex: the 32-byte Ed25519 public key>
//   vingerafdruk <the fingerprint, as printed>
//
// A file holding only the 64 hex digits (and a newline) reads too.
struct OrgPublicKey {
    QByteArray key; // 32 bytes

    QString hex() const { return QString::fromLatin1(key.toHex()); }
    // BLAKE2b-256 of the key, its first 16 bytes as 8 groups of 4 hex digits: short enough to read
    // aloud on the phone, long enough that no other key has it.
    QString fingerprint() const;
    QByteArray toText() const;
    bool operator==(const OrgPublicKey& other) const { return key == other.key; }

    static Result<OrgPublicKey> parse(const QByteArray& text);
    static Result<OrgPublicKey> read(const QString& path);
    // The public key on its own line, as KeyedLines reads it.
    static Result<OrgPublicKey> fromHex(const QByteArray& hex);
};

// An organisation's Ed25519 key pair (libsodium crypto_sign). The secret half stays in wiped memory
// and is stored only encrypted under a passphrase (OUT.key):
//
//   INZAGE-ORGANISATIESLEUTEL 1
//   publiek <64 hex>
//   kdf <Argon2id passes> <log2 of the memory in KiB>
//   zout <32 hex: the Argon2id salt>
//   geheim <hex: 24-byte nonce, then crypto_secretbox of the 32-byte seed>
//
// A wrong passphrase (or a changed kdf, zout or geheim) fails to open the box: WrongPassphrase. A
// changed publiek line no longer matches the seed: Damaged.
class OrgKey {
    Q_DECLARE_TR_FUNCTIONS(inzage::OrgKey)

public:
    static constexpr qint64 kMaxFileSize = 4096;
    static constexpr int kSignatureBytes = 64;

    static Result<OrgKey> generate();
    static Result<OrgKey> read(const QString& path, const SecureBytes& passphrase);

    // KEY's public key file: OUT.key → OUT.pub, any other name → NAME.pub.
    static QString publicPathFor(const QString& keyPath);
    // Writes KEY (the secret half, encrypted, 0600) and its public file beside it; refuses when
    // either exists and leaves neither behind when a write fails.
    Status write(const QString& keyPath, const SecureBytes& passphrase, const KdfParams& kdf) const;

    const OrgPublicKey& publicKey() const { return m_public; }
    // The detached Ed25519 signature (64 bytes) of message.
    QByteArray sign(const QByteArray& message) const;
    static bool verify(const OrgPublicKey& key, const QByteArray& message, const QByteArray& signature);

private:
    OrgKey() = default;
    SecureBytes m_secret; // crypto_sign secret key: seed ‖ public key
    OrgPublicKey m_public;
};

} // namespace inzage
