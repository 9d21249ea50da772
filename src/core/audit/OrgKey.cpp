#include "audit/OrgKey.h"

#include "audit/KeyedLines.h"
#include "exchange/SealedFile.h"
#include "vault/InputFile.h"
#include "vault/NewFile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace inzage {

namespace {

constexpr const char* kKeyMagic = "INZAGE-ORGANISATIESLEUTEL";
constexpr const char* kPublicMagic = "INZAGE-ORGANISATIESLEUTEL-PUBLIEK";
constexpr int kFormat = 1;

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

QString keyFileWords()
{
    return OrgKey::tr("sleutelbestand van de organisatie");
}

} // namespace

QString OrgPublicKey::fingerprint() const
{
    unsigned char h[32];
    crypto_generichash(h, sizeof h, u(key), std::size_t(key.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(h), 16).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QByteArray OrgPublicKey::toText() const
{
    return KeyedLines::header(kPublicMagic, kFormat) + KeyedLines::line("publiek", key.toHex())
        + KeyedLines::line("vingerafdruk", fingerprint().toLatin1());
}

Result<OrgPublicKey> OrgPublicKey::fromHex(const QByteArray& hex)
{
    const QByteArray key = KeyedLines::fromHex(hex, crypto_sign_PUBLICKEYBYTES);
    if (key.isEmpty())
        return Status(ErrorCode::InvalidInput,
            OrgKey::tr("'%1' is geen publieke sleutel: die bestaat uit %2 hexadecimale tekens.")
                .arg(QString::fromLatin1(hex.left(80)))
                .arg(2 * crypto_sign_PUBLICKEYBYTES));
    return OrgPublicKey { key };
}

Result<OrgPublicKey> OrgPublicKey::parse(const QByteArray& text)
{
    const QByteArray bare = text.endsWith('\n') ? text.left(text.size() - 1) : text;
    if (bare.size() == 2 * qsizetype(crypto_sign_PUBLICKEYBYTES) && !bare.contains(' '))
        return fromHex(bare);
    auto lines = KeyedLines::parse(
        text, kPublicMagic, kFormat, { { "publiek" }, { "vingerafdruk" } }, OrgKey::tr("publiek sleutelbestand"));
    if (!lines)
        return lines.status();
    auto key = fromHex(lines->value("publiek"));
    if (!key)
        return key;
    // The fingerprint is there for people; one that does not belong to the key is a changed file.
    if (lines->value("vingerafdruk") != key->fingerprint().toLatin1())
        return Status(ErrorCode::Damaged,
            OrgKey::tr("De vingerafdruk in het publieke sleutelbestand hoort niet bij de sleutel erin: het bestand "
                       "is veranderd."));
    return key;
}

Result<OrgPublicKey> OrgPublicKey::read(const QString& path)
{
    auto bytes = InputFile::read(path, OrgKey::kMaxFileSize);
    if (!bytes)
        return bytes.status();
    return parse(*bytes);
}

Result<OrgKey> OrgKey::generate()
{
    OrgKey k;
    k.m_secret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    if (crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()), k.m_secret.data()) != 0)
        return Status(ErrorCode::Failed, tr("Er kon geen sleutel worden gemaakt."));
    k.m_public.key = pk;
    return k;
}

QString OrgKey::publicPathFor(const QString& keyPath)
{
    if (keyPath.endsWith(QLatin1String(".key")))
        return keyPath.left(keyPath.size() - 4) + QStringLiteral(".pub");
    return keyPath + QStringLiteral(".pub");
}

Status OrgKey::write(const QString& keyPath, const SecureBytes& passphrase, const KdfParams& kdf) const
{
    const QString pubPath = publicPathFor(keyPath);
    if (QFile::exists(keyPath) || QFileInfo(keyPath).isSymLink())
        return NewFile::exists(keyPath);
    if (QFile::exists(pubPath) || QFileInfo(pubPath).isSymLink())
        return NewFile::exists(pubPath);
    if (passphrase.isEmpty())
        return Status(ErrorCode::Usage, tr("Een leeg wachtwoord is niet toegestaan."));
    Salt salt {};
    randombytes_buf(salt.data(), salt.size());
    auto boxKey = deriveKey(passphrase, salt, kdf);
    if (!boxKey)
        return boxKey.status();
    // The box holds the seed (the first half of libsodium's secret key); the rest follows from it.
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + crypto_sign_SEEDBYTES, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(
        nonce + crypto_secretbox_NONCEBYTES, m_secret.data(), crypto_sign_SEEDBYTES, nonce, boxKey->data());
    const QByteArray text = KeyedLines::header(kKeyMagic, kFormat) + KeyedLines::line("publiek", m_public.key.toHex())
        + KeyedLines::line("kdf", QByteArray::number(kdf.opsLimit) + ' ' + QByteArray::number(kdf.memLog2KiB))
        + KeyedLines::line("zout", QByteArray(reinterpret_cast<const char*>(salt.data()), int(salt.size())).toHex())
        + KeyedLines::line("geheim", sealed.toHex());
    if (Status s = writeNewFile(pubPath, m_public.toText()); !s)
        return s;
    // Public: anyone may read it (the inspector gets a copy).
    QFile::setPermissions(pubPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (Status s = writeNewFile(keyPath, text); !s) {
        QFile::remove(pubPath);
        return s;
    }
    return Status::ok();
}

Result<OrgKey> OrgKey::read(const QString& path, const SecureBytes& passphrase)
{
    auto bytes = InputFile::read(path, kMaxFileSize);
    if (!bytes)
        return bytes.status();
    auto lines = KeyedLines::parse(
        *bytes, kKeyMagic, kFormat, { { "publiek" }, { "kdf" }, { "zout" }, { "geheim" } }, keyFileWords());
    if (!lines)
        return lines.status();
    auto pub = OrgPublicKey::fromHex(lines->value("publiek"));
    if (!pub)
        return pub.status();
    const QList<QByteArray> cost = lines->value("kdf").split(' ');
    bool okOps = false, okMem = false;
    const int ops = cost.size() == 2 ? cost[0].toInt(&okOps) : 0;
    const int mem = cost.size() == 2 ? cost[1].toInt(&okMem) : 0;
    KdfParams kdf;
    kdf.opsLimit = std::uint8_t(std::clamp(ops, 0, 255));
    kdf.memLog2KiB = std::uint8_t(std::clamp(mem, 0, 255));
    if (!okOps || !okMem || ops != kdf.opsLimit || mem != kdf.memLog2KiB || !kdf.isValid())
        return Status(ErrorCode::Damaged,
            tr("De sleutelinstellingen (kdf) in %1 kloppen niet; Inzage gebruikt ze niet.").arg(path));
    const QByteArray saltBytes = KeyedLines::fromHex(lines->value("zout"), kSaltBytes);
    const QByteArray sealed = KeyedLines::fromHex(
        lines->value("geheim"), crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + crypto_sign_SEEDBYTES);
    if (saltBytes.isEmpty() || sealed.isEmpty())
        return Status(ErrorCode::Damaged, tr("Het geheime deel van %1 is beschadigd.").arg(path));
    Salt salt {};
    std::memcpy(salt.data(), saltBytes.constData(), salt.size());
    auto boxKey = deriveKey(passphrase, salt, kdf);
    if (!boxKey)
        return boxKey.status();
    SecureBytes seed(crypto_sign_SEEDBYTES);
    if (crypto_secretbox_open_easy(seed.data(), u(sealed) + crypto_secretbox_NONCEBYTES,
            std::size_t(sealed.size()) - crypto_secretbox_NONCEBYTES, u(sealed), boxKey->data())
        != 0)
        return Status(ErrorCode::WrongPassphrase,
            tr("Het wachtwoord van de sleutel %1 klopt niet (of het bestand is veranderd).").arg(path));
    OrgKey k;
    k.m_secret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(pk.data()), k.m_secret.data(), seed.data());
    if (pk != pub->key)
        return Status(ErrorCode::Damaged,
            tr("De publieke sleutel in %1 hoort niet bij de geheime: het bestand is veranderd.").arg(path));
    k.m_public.key = pk;
    return k;
}

QByteArray OrgKey::sign(const QByteArray& message) const
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr, u(message), std::size_t(message.size()),
        m_secret.data());
    return sig;
}

bool OrgKey::verify(const OrgPublicKey& key, const QByteArray& message, const QByteArray& signature)
{
    if (key.key.size() != int(crypto_sign_PUBLICKEYBYTES) || signature.size() != int(crypto_sign_BYTES))
        return false;
    return crypto_sign_verify_detached(u(signature), u(message), std::size_t(message.size()), u(key.key)) == 0;
}

} // namespace inzage
