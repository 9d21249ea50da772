#include "audit/Checkpoint.h"

#include "audit/KeyedLines.h"
#include "audit/ReportRecords.h"
#include "exchange/SealedFile.h"
#include "vault/InputFile.h"
#include "vault/Sql.h"

namespace inzage {

namespace {

constexpr const char* kMagic = "INZAGE-CONTROLEPUNT";

} // namespace

QByteArray Checkpoint::signedText() const
{
    QByteArray t = KeyedLines::header(kMagic, kFormat) + KeyedLines::line("dossier", dossierUid.toUtf8())
        + KeyedLines::line("regels", QByteArray::number(qint64(length))) + KeyedLines::line("head", head.toHex())
        + KeyedLines::line("tijd", time.toUtf8());
    if (!reportFileHash.isEmpty())
        t += KeyedLines::line("rapport", reportFileHash.toLatin1());
    t += KeyedLines::line("sleutel", key.key.toHex()) + KeyedLines::line("vingerafdruk", key.fingerprint().toLatin1());
    return t;
}

QByteArray Checkpoint::toText() const
{
    return signedText() + KeyedLines::line("handtekening", signature.toHex());
}

Result<Checkpoint> Checkpoint::parse(const QByteArray& bytes)
{
    const QString what = Checkpoints::tr("controlepunt");
    auto lines = KeyedLines::parse(bytes, kMagic, kFormat,
        { { "dossier" }, { "regels" }, { "head" }, { "tijd" }, { "rapport", true }, { "sleutel" }, { "vingerafdruk" },
            { "handtekening" } },
        what);
    if (!lines)
        return lines.status();
    auto refuse = [&](const QString& why) {
        return Status(ErrorCode::InvalidInput, Checkpoints::tr("Dit is geen geldig controlepunt: %1").arg(why));
    };
    Checkpoint c;
    c.dossierUid = QString::fromUtf8(lines->value("dossier"));
    bool ok = false;
    c.length = lines->value("regels").toLongLong(&ok);
    if (!ok || c.length < 0 || QByteArray::number(qint64(c.length)) != lines->value("regels"))
        return refuse(Checkpoints::tr("het aantal regels is geen heel getal."));
    c.head = KeyedLines::fromHex(lines->value("head"), 32);
    if (c.head.isEmpty())
        return refuse(Checkpoints::tr("de head is geen 64 hexadecimale tekens."));
    c.time = QString::fromUtf8(lines->value("tijd"));
    if (!QDateTime::fromString(c.time, Qt::ISODateWithMs).isValid())
        return refuse(Checkpoints::tr("de tijd is geen datum en tijd."));
    if (lines->has("rapport")) {
        if (KeyedLines::fromHex(lines->value("rapport"), 32).isEmpty())
            return refuse(Checkpoints::tr("de hash van het rapport is geen 64 hexadecimale tekens."));
        c.reportFileHash = QString::fromLatin1(lines->value("rapport"));
    }
    auto key = OrgPublicKey::fromHex(lines->value("sleutel"));
    if (!key)
        return key.status();
    c.key = *key;
    c.signature = KeyedLines::fromHex(lines->value("handtekening"), OrgKey::kSignatureBytes);
    if (c.signature.isEmpty())
        return refuse(Checkpoints::tr("de handtekening is geen 128 hexadecimale tekens."));
    // What is signed must be these very bytes: the file as read, up to the signature's line.
    if (c.signedText() != bytes.left(bytes.lastIndexOf("handtekening ")))
        return refuse(Checkpoints::tr("de regels staan er niet zoals ze ondertekend worden."));
    return c;
}

Result<Checkpoint> Checkpoint::read(const QString& path)
{
    auto bytes = InputFile::read(path, kMaxFileSize);
    if (!bytes)
        return bytes.status();
    return parse(*bytes);
}

Result<QString> Checkpoints::dossierUid(const Vault& vault)
{
    Statement st(vault.db(), "SELECT uid FROM dossier WHERE id = 1");
    const int rc = st.step();
    if (rc == SQLITE_ROW && !st.text(0).isEmpty())
        return st.text(0);
    // A dossier gets its uid with its first case information (CaseFile), which every new dossier has.
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return Status(ErrorCode::InvalidInput,
            tr("Het dossier heeft nog geen kenmerk (uid): leg eerst de dossiergegevens vast."));
    return sqlError(vault.db(), rc, tr("Het kenmerk van het dossier kon niet worden gelezen."));
}

QString Checkpoints::besideReport(const QString& pdfPath)
{
    const QString stem
        = pdfPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? pdfPath.left(pdfPath.size() - 4) : pdfPath;
    return stem + QStringLiteral(".checkpoint");
}

Result<Checkpoint> Checkpoints::make(
    const Vault& vault, const OrgKey& key, const QString& reportFileHash, const QDateTime& now)
{
    if (vault.kind() != VaultKind::Professional)
        return Status(ErrorCode::Forbidden,
            tr("Een controlepunt is van het dossier van de professional, niet van een ouderexemplaar."));
    auto uid = dossierUid(vault);
    if (!uid)
        return uid.status();
    auto head = ReportRecords::head(vault.db());
    if (!head)
        return head.status();
    Checkpoint c;
    c.dossierUid = *uid;
    c.length = head->first;
    c.head = head->second;
    c.time = now.toUTC().toString(Qt::ISODateWithMs);
    c.reportFileHash = reportFileHash;
    c.key = key.publicKey();
    c.signature = key.sign(c.signedText());
    return c;
}

Status Checkpoints::write(const QString& path, const Checkpoint& checkpoint)
{
    return writeNewFile(path, checkpoint.toText());
}

Result<CheckpointVerdict> Checkpoints::check(const Vault& vault, const Checkpoint& c, const OrgPublicKey& expected)
{
    CheckpointVerdict v;
    auto head = ReportRecords::head(vault.db());
    if (!head)
        return head.status();
    v.chainLength = head->first;
    auto refuse = [&](const QString& why) {
        v.holds = false;
        v.problem = why;
        return v;
    };
    if (!(c.key == expected))
        return refuse(tr("Het controlepunt is ondertekend met een andere sleutel (vingerafdruk %1) dan de sleutel "
                         "van de organisatie (vingerafdruk %2).")
                          .arg(c.key.fingerprint(), expected.fingerprint()));
    if (!OrgKey::verify(expected, c.signedText(), c.signature))
        return refuse(tr("De handtekening onder het controlepunt klopt niet: het controlepunt is na het "
                         "ondertekenen veranderd."));
    auto uid = dossierUid(vault);
    if (!uid)
        return uid.status();
    if (*uid != c.dossierUid)
        return refuse(
            tr("Het controlepunt is van een ander dossier (%1) dan dit bestand (%2).").arg(c.dossierUid, *uid));
    if (c.length > v.chainLength)
        return refuse(tr("Het controlepunt is van een langer logboek (%1 regels) dan dit bestand heeft (%2 regels): "
                         "dit is een oudere kopie van het dossier, of het einde van het logboek is eraf gehaald.")
                          .arg(c.length)
                          .arg(v.chainLength));
    QByteArray at(32, '\0');
    if (c.length > 0) {
        Statement st(vault.db(), "SELECT hash FROM audit WHERE seq = ?1");
        st.bind(1, c.length);
        const int rc = st.step();
        if (rc == SQLITE_ROW)
            at = st.blob(0);
        else if (rc != SQLITE_DONE)
            return sqlError(vault.db(), rc, tr("Het logboek kon niet worden gelezen."));
        else
            at.clear();
    }
    if (at != c.head)
        return refuse(tr("Regel %1 van het logboek is niet meer wat het controlepunt vastlegde: het logboek is "
                         "vanaf daar (of eerder) vervangen.")
                          .arg(c.length));
    v.holds = true;
    return v;
}

} // namespace inzage
