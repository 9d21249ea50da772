#include "dossier/Access.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sodium.h>

namespace inzage {

namespace {

Status refusal(const Vault& vault, Write what)
{
    if (vault.role() == Role::Reviewer)
        return Status(ErrorCode::Forbidden,
                      QCoreApplication::translate("inzage::Access", "Dit dossier is alleen-lezen geopend (als reviewer): u kunt lezen en controleren, niet "
                         "wijzigen."));
    if (vault.isReadOnly())
        return Status(ErrorCode::Forbidden, QCoreApplication::translate("inzage::Access", "Dit bestand is alleen-lezen geopend; er kan niets worden gewijzigd."));
    const bool parentCopy = vault.kind() == VaultKind::Ouderexemplaar;
    switch (what) {
    case Write::CaseFile:
    case Write::AnswerHandling:
        if (parentCopy)
            return Status(ErrorCode::Forbidden,
                          QCoreApplication::translate("inzage::Access", "Dit is een ouderexemplaar: daarin kunt u alleen lezen en reageren."));
        return Status::ok();
    case Write::AnswerRevision:
        if (!parentCopy)
            return Status(ErrorCode::Forbidden, QCoreApplication::translate("inzage::Access", "Alleen de ouder zelf kan de tekst van een reactie veranderen."));
        return Status::ok();
    case Write::Answer:
        return Status::ok();
    case Write::ParentAnswer:
        if (!parentCopy)
            return Status(ErrorCode::Forbidden,
                          QCoreApplication::translate("inzage::Access",
                                                      "Reageren kan alleen in het ouderexemplaar van het dossier."));
        return Status::ok();
    }
    return Status(ErrorCode::Forbidden, QCoreApplication::translate("inzage::Access", "Niet toegestaan."));
}

} // namespace

bool mayWrite(const Vault& vault, Write what) { return refusal(vault, what).isOk(); }

Status checkWrite(const Vault& vault, const Actor& actor, Write what)
{
    if (actor.name.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, QCoreApplication::translate("inzage::Access", "Wie doet deze wijziging? Er is geen naam opgegeven."));
    return refusal(vault, what);
}

Actor actorFor(const Vault& vault, const QString& name)
{
    Actor a {name, vault.role()};
    if (vault.kind() == VaultKind::Ouderexemplaar && !vault.parentName().isEmpty())
        a.name = vault.parentName();
    return a;
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
