// org-key and checkpoint: the organisation's Ed25519 key, and a signed checkpoint of a dossier's
// audit chain that an inspector checks offline (verify --checkpoint FILE --org-public PUB).
#include "Cli.h"

#include "Passphrase.h"
#include "audit/Checkpoint.h"
#include "audit/OrgKey.h"

#include <QFileInfo>
#include <QJsonObject>

namespace inzage::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("inzage::OrgKeyCommands", text);
}

} // namespace

void addOrgKeyOptions(QCommandLineParser& parser, const QString& keyOption)
{
    parser.addOption(
        { keyOption, QStringLiteral("The organisation's key file (made by org-key)."), QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("key-passphrase-file"),
        QStringLiteral("Read the passphrase of the key from FILE. Without it, it is asked on the terminal, or read "
                       "as a line from standard input (before the dossier's)."),
        QStringLiteral("FILE") });
}

Result<OrgKey> readOrgKey(const QCommandLineParser& parser, const QString& keyOption)
{
    const QString path = parser.value(keyOption);
    PassphraseSource source(parser.value(QStringLiteral("key-passphrase-file")));
    auto pass = source.read(tr("Wachtwoord van de sleutel %1").arg(path));
    if (!pass)
        return pass.status();
    return OrgKey::read(path, *pass);
}

int cmdOrgKey(const QStringList& args)
{
    Invocation inv(QStringLiteral("org-key"),
        QStringLiteral("Make the organisation's signing key (Ed25519): OUT.key holds the secret half, encrypted "
                       "with a passphrase (Argon2id); OUT.pub the public half with its fingerprint, for the "
                       "inspector. Neither is ever overwritten (exit 12)."),
        QStringLiteral("OUT.key"), true);
    addKdfOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    auto kdf = kdfFrom(inv.parser);
    if (!kdf)
        return fail(kdf.status());
    const QString keyPath = inv.arg(0);
    const QString pubPath = OrgKey::publicPathFor(keyPath);
    // Before a passphrase is asked: an existing file is refused at once.
    for (const QString& p : { keyPath, pubPath })
        if (QFileInfo(p).exists() || QFileInfo(p).isSymLink())
            return fail(Status(ErrorCode::Exists,
                tr("Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.").arg(p)));
    auto pass = newPassphrase(inv.parser, QStringLiteral("passphrase-file"), tr("Nieuw wachtwoord voor de sleutel"));
    if (!pass)
        return fail(pass.status());
    auto key = OrgKey::generate();
    if (!key)
        return fail(key.status());
    if (Status s = key->write(keyPath, *pass, *kdf); !s)
        return fail(s);
    if (inv.json()) {
        printJson(QJsonObject { { QStringLiteral("key"), keyPath }, { QStringLiteral("public"), pubPath },
            { QStringLiteral("public_key"), key->publicKey().hex() },
            { QStringLiteral("fingerprint"), key->publicKey().fingerprint() } });
        return 0;
    }
    out(tr("Sleutel gemaakt: %1 (geheim, met wachtwoord) en %2 (publiek, voor de inspecteur).").arg(keyPath, pubPath));
    out(tr("Vingerafdruk: %1").arg(key->publicKey().fingerprint()));
    return 0;
}

int cmdCheckpoint(const QStringList& args)
{
    Invocation inv(QStringLiteral("checkpoint"),
        QStringLiteral("Write a checkpoint of the dossier signed with the organisation's key: the dossier's "
                       "identity, the audit chain's length and head, the time and the key. Opens the dossier "
                       "read-only (it is not changed). OUT is never overwritten (exit 12). Check it later with "
                       "verify VAULT --checkpoint OUT --org-public PUB."),
        QStringLiteral("VAULT OUT.checkpoint"), true);
    addOrgKeyOptions(inv.parser, QStringLiteral("org-key"));
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    if (!inv.parser.isSet(QStringLiteral("org-key")))
        return usage(tr("Geef de sleutel van de organisatie met --org-key KEY (gemaakt met inzage-cli org-key)."));
    const QString outPath = inv.arg(1);
    if (QFileInfo(outPath).exists() || QFileInfo(outPath).isSymLink())
        return fail(Status(ErrorCode::Exists,
            tr("Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.")
                .arg(outPath)));
    auto key = readOrgKey(inv.parser, QStringLiteral("org-key"));
    if (!key)
        return fail(key.status());
    auto vault = inv.openVault(OpenMode::ReadOnly);
    if (!vault)
        return fail(vault.status());
    auto checkpoint = Checkpoints::make(**vault, *key);
    if (!checkpoint)
        return fail(checkpoint.status());
    if (Status s = Checkpoints::write(outPath, *checkpoint); !s)
        return fail(s);
    if (inv.json()) {
        printJson(
            QJsonObject { { QStringLiteral("file"), outPath }, { QStringLiteral("dossier"), checkpoint->dossierUid },
                { QStringLiteral("rows"), qint64(checkpoint->length) },
                { QStringLiteral("head"), QString::fromLatin1(checkpoint->head.toHex()) },
                { QStringLiteral("time"), checkpoint->time },
                { QStringLiteral("fingerprint"), checkpoint->key.fingerprint() } });
        return 0;
    }
    out(tr("Controlepunt geschreven: %1").arg(outPath));
    out(tr("Logboek: %1 regels, head %2; ondertekend met sleutel %3.")
            .arg(checkpoint->length)
            .arg(QString::fromLatin1(checkpoint->head.toHex()), checkpoint->key.fingerprint()));
    return 0;
}

} // namespace inzage::cli
