#include "exchange/SealedFile.h"
#include "vault/InputFile.h"
#include "vault/NewFile.h"

#include "vault/Vault.h"

#include <QFile>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace inzage {

namespace {

QByteArray magic(SealedFile::Kind kind)
{
    return kind == SealedFile::Kind::Answers ? QByteArrayLiteral("INZAGE-ANTWOORDEN")
                                             : QByteArrayLiteral("INZAGE-UPDATE");
}

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

QString SealedFile::describe(Kind kind)
{
    return kind == Kind::Answers ? QStringLiteral("antwoordbestand") : QStringLiteral("updatebestand");
}

QByteArray SealedFile::header() const
{
    return magic(kind) + ' ' + QByteArray::number(format) + "\ndossier " + dossierUid.toUtf8() + "\nuitwisseling "
        + exchangeId.toUtf8() + "\n\n";
}

QByteArray SealedFile::seal(
    Kind kind, const QString& dossierUid, const QString& exchangeId, const QByteArray& key, const QByteArray& payload)
{
    SealedFile f;
    f.kind = kind;
    f.dossierUid = dossierUid;
    f.exchangeId = exchangeId;
    const QByteArray ad = f.header();
    QByteArray out(
        int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + payload.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
        '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        bytes(payload), std::size_t(payload.size()), bytes(ad), std::size_t(ad.size()), nullptr, nonce, bytes(key));
    return ad + out;
}

Result<SealedFile> SealedFile::parse(const QByteArray& data, Kind expected)
{
    // Whole sentences per kind rather than describe() inside one: a translation needs the noun
    // and its article together, and describe() stays the Dutch word the exchange records.
    const Status notOurs(ErrorCode::InvalidInput,
        expected == Kind::Answers ? tr("Dit is geen antwoordbestand van Inzage. Er is niets ingelezen.")
                                  : tr("Dit is geen updatebestand van Inzage. Er is niets ingelezen."));
    const qsizetype end = data.indexOf("\n\n");
    if (!data.startsWith("INZAGE-") || end < 0 || end > 512)
        return notOurs;
    const QList<QByteArray> lines = data.left(end).split('\n');
    if (lines.size() != 3)
        return notOurs;
    const QList<QByteArray> first = lines[0].split(' ');
    if (first.size() != 2)
        return notOurs;
    SealedFile f;
    if (first[0] == magic(Kind::Answers))
        f.kind = Kind::Answers;
    else if (first[0] == magic(Kind::Update))
        f.kind = Kind::Update;
    else
        return notOurs;
    if (f.kind != expected)
        return Status(ErrorCode::InvalidInput,
            f.kind == Kind::Update
                ? tr("Dit is een updatebestand voor het ouderexemplaar, geen antwoordbestand. "
                     "Lees het in met updates-import in het ouderexemplaar. Er is niets ingelezen.")
                : tr("Dit is een antwoordbestand van de ouder, geen updatebestand. Lees het in "
                     "met answers-import in het dossier van de professional. Er is niets ingelezen."));
    bool ok = false;
    f.format = first[1].toInt(&ok);
    if (!ok || f.format < 1)
        return notOurs;
    if (f.format > kFormat)
        return Status(ErrorCode::NewerFormat,
            (expected == Kind::Answers ? tr("Dit antwoordbestand is gemaakt met een nieuwere versie van Inzage "
                                            "(versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets "
                                            "ingelezen.")
                                       : tr("Dit updatebestand is gemaakt met een nieuwere versie van Inzage "
                                            "(versie %1, deze versie kent tot %2). Werk Inzage bij. Er is niets "
                                            "ingelezen."))
                .arg(f.format)
                .arg(kFormat));
    if (!lines[1].startsWith("dossier ") || !lines[2].startsWith("uitwisseling "))
        return notOurs;
    f.dossierUid = QString::fromUtf8(lines[1].mid(8));
    f.exchangeId = QString::fromUtf8(lines[2].mid(13));
    f.sealed = data.mid(end + 2);
    return f;
}

Result<QByteArray> SealedFile::open(const QByteArray& key) const
{
    const Status damaged(ErrorCode::Damaged,
        kind == Kind::Answers ? tr("Het antwoordbestand is beschadigd of veranderd; er is niets ingelezen.")
                              : tr("Het updatebestand is beschadigd of veranderd; er is niets ingelezen."));
    constexpr auto nonceSize = qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    constexpr auto tagSize = qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (sealed.size() < nonceSize + tagSize || key.size() != 32)
        return damaged;
    const QByteArray ad = header();
    QByteArray plain(sealed.size() - nonceSize - tagSize, '\0');
    unsigned long long plainLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &plainLen, nullptr,
            bytes(sealed) + nonceSize, std::size_t(sealed.size() - nonceSize), bytes(ad), std::size_t(ad.size()),
            bytes(sealed), bytes(key))
        != 0)
        return damaged;
    plain.resize(qsizetype(plainLen));
    return plain;
}

Status writeNewFile(const QString& path, const QByteArray& data)
{
    // Under a random name beside PATH, renamed into place without replacing (vault/NewFile).
    auto temp = NewFile::createBeside(path);
    if (!temp)
        return temp.status();
    const int fd = ::open(QFile::encodeName(*temp).constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    bool ok = fd >= 0;
    qsizetype done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, std::size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += n;
    }
    const int savedErrno = errno;
    if (ok)
        ok = ::fsync(fd) == 0;
    if (fd >= 0 && ::close(fd) != 0)
        ok = false;
    if (!ok) {
        NewFile::discard(*temp);
        return Status(ErrorCode::Io,
            SealedFile::tr("Het bestand %1 kon niet worden geschreven: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno))));
    }
    return NewFile::publish(*temp, path);
}

Result<QByteArray> readSmallFile(const QString& path, qint64 maxSize)
{
    return InputFile::read(path, maxSize);
}

} // namespace inzage
