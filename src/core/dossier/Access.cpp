#include "dossier/Access.h"

#include <QDateTime>

#include <sodium.h>

namespace inzage {

Status checkWrite(const Vault& vault, const Actor& actor, Write what)
{
    if (actor.name.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, QStringLiteral("Wie doet deze wijziging? Er is geen naam opgegeven."));
    if (actor.role == Role::Reviewer)
        return Status(ErrorCode::Forbidden,
                      QStringLiteral("Een reviewer kan alleen lezen en controleren, niet wijzigen."));
    const bool parentCopy = vault.kind() == VaultKind::Ouderexemplaar;
    switch (what) {
    case Write::CaseFile:
    case Write::AnswerHandling:
        if (actor.role != Role::Professional)
            return Status(ErrorCode::Forbidden,
                          QStringLiteral("Alleen een professional kan het dossier of de afhandeling wijzigen."));
        if (parentCopy)
            return Status(ErrorCode::Forbidden,
                          QStringLiteral("Dit is een ouderexemplaar: daarin kunt u alleen lezen en reageren."));
        return Status::ok();
    case Write::AnswerRevision:
        if (actor.role != Role::Ouder)
            return Status(ErrorCode::Forbidden,
                          QStringLiteral("Alleen de ouder zelf kan de tekst van een reactie veranderen."));
        return Status::ok();
    case Write::Answer:
        if (parentCopy && actor.role != Role::Ouder)
            return Status(ErrorCode::Forbidden,
                          QStringLiteral("In een ouderexemplaar reageert alleen de ouder."));
        return Status::ok();
    }
    return Status(ErrorCode::Forbidden, QStringLiteral("Niet toegestaan."));
}

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString textFingerprint(const QString& text)
{
    const QByteArray u = text.toUtf8();
    unsigned char out[8];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(u.constData()), u.size(),
                       nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

} // namespace inzage
