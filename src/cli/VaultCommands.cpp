// init, demo, passwd, copy, verify, export: commands about the file as a whole.
#include "Cli.h"
#include "Passphrase.h"

#include "audit/AuditChain.h"
#include "audit/Checkpoint.h"
#include "audit/EntryCheck.h"
#include "audit/ExtensionCheck.h"
#include "audit/ReportRecords.h"
#include "demo/DemoDossier.h"
#include "dossier/CaseFile.h"
#include "exchange/DossierExport.h"
#include "exchange/JsonExport.h"
#include "vault/InputFile.h"
#include "vault/NewVault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace inzage::cli {

void addKdfOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("kdf-ops"), QStringLiteral("Argon2id passes (default 3)."), QStringLiteral("N"),
                 QStringLiteral("3")});
    p.addOption({QStringLiteral("kdf-mem-mib"),
                 QStringLiteral("Argon2id memory in MiB, a power of two (default 256). Lower only for tests."),
                 QStringLiteral("MIB"), QStringLiteral("256")});
}

Result<KdfParams> kdfFrom(const QCommandLineParser& p)
{
    auto kdf = KdfParams::fromText(p.value(QStringLiteral("kdf-ops")), p.value(QStringLiteral("kdf-mem-mib")));
    if (!kdf)
        return withHint(kdf.status(), ErrorCode::Usage,
            QStringLiteral("De rekenrondes geeft u met --kdf-ops, het geheugen met --kdf-mem-mib."));
    return kdf;
}

Result<SecureBytes> newPassphrase(const QCommandLineParser& p, const QString& optionName, const QString& prompt)
{
    PassphraseSource source(p.value(optionName));
    auto pass = source.read(prompt, true);
    if (pass && pass->isEmpty())
        return Status(ErrorCode::Usage, QStringLiteral("Een leeg wachtwoord is niet toegestaan."));
    return pass;
}

namespace {

int createVault(const QStringList& args, const QString& command, bool demo)
{
    Invocation inv(command,
                   demo ? QStringLiteral("Create a new dossier filled with the fictional demo family.")
                        : QStringLiteral("Create a new, empty encrypted dossier. Never overwrites a file."),
                   QStringLiteral("VAULT"));
    addKdfOptions(inv.parser);
    if (!demo) {
        inv.parser.addOption({QStringLiteral("case-number"), QStringLiteral("Case number."), QStringLiteral("NR")});
        inv.parser.addOption({QStringLiteral("organisation"), QStringLiteral("Organisation."), QStringLiteral("NAME")});
    }
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    auto kdf = kdfFrom(inv.parser);
    if (!kdf)
        return fail(kdf.status());
    auto pass = newPassphrase(inv.parser, QStringLiteral("passphrase-file"), QStringLiteral("Nieuw wachtwoord"));
    if (!pass)
        return fail(pass.status());
    // Filled under a temporary name and given its name only when whole (see vault/NewVault).
    auto vault = NewVault::create(inv.vaultPath(), *pass, {*kdf, VaultKind::Professional});
    if (!vault)
        return fail(vault.status());
    Status filled;
    if (demo) {
        filled = buildDemoDossier(**vault);
    } else {
        CaseInfo info;
        info.caseNumber = inv.parser.value(QStringLiteral("case-number"));
        info.organisation = inv.parser.value(QStringLiteral("organisation"));
        filled = CaseFile(**vault, inv.actor()).setInfo(info);
    }
    if (!filled) {
        NewVault::discard(*vault);
        return fail(filled);
    }
    if (Status s = NewVault::publish(*vault, inv.vaultPath()); !s)
        return fail(s);
    out(QStringLiteral("Dossier gemaakt: %1").arg(inv.vaultPath()));
    return 0;
}

} // namespace

int cmdInit(const QStringList& args) { return createVault(args, QStringLiteral("init"), false); }
int cmdDemo(const QStringList& args) { return createVault(args, QStringLiteral("demo"), true); }

int cmdPasswd(const QStringList& args)
{
    Invocation inv(QStringLiteral("passwd"),
                   QStringLiteral("Change the passphrase. The new passphrase comes from --new-passphrase-file, the "
                                  "terminal, or the second line of standard input."),
                   QStringLiteral("VAULT"));
    inv.parser.addOption({QStringLiteral("new-passphrase-file"), QStringLiteral("Read the new passphrase from FILE."),
                          QStringLiteral("FILE")});
    addKdfOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    auto kdf = kdfFrom(inv.parser);
    if (!kdf)
        return fail(kdf.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto pass = newPassphrase(inv.parser, QStringLiteral("new-passphrase-file"), QStringLiteral("Nieuw wachtwoord"));
    if (!pass)
        return fail(pass.status());
    if (Status s = (*vault)->changePassphrase(*pass, *kdf); !s)
        return fail(s);
    out(QStringLiteral("Wachtwoord gewijzigd."));
    return 0;
}

int cmdCopy(const QStringList& args)
{
    Invocation inv(QStringLiteral("copy"),
                   QStringLiteral("Write an encrypted copy (sqlcipher_export) under its own passphrase, from "
                                  "--new-passphrase-file, the terminal, or the second line of standard input."),
                   QStringLiteral("VAULT DEST"));
    inv.parser.addOption({QStringLiteral("new-passphrase-file"),
                          QStringLiteral("Read the copy's passphrase from FILE."), QStringLiteral("FILE")});
    addKdfOptions(inv.parser);
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    auto kdf = kdfFrom(inv.parser);
    if (!kdf)
        return fail(kdf.status());
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto pass = newPassphrase(inv.parser, QStringLiteral("new-passphrase-file"),
                              QStringLiteral("Wachtwoord voor de kopie"));
    if (!pass)
        return fail(pass.status());
    if (Status s = (*vault)->copyTo(inv.arg(1), *pass, *kdf); !s)
        return fail(s);
    out(QStringLiteral("Versleutelde kopie gemaakt: %1").arg(inv.arg(1)));
    return 0;
}

int cmdVerify(const QStringList& args)
{
    Invocation inv(QStringLiteral("verify"),
        QStringLiteral("Check the file (integrity), the audit chain, and every entry against the "
                       "chain. Exit 5 when anything is wrong."),
        QStringLiteral("VAULT"), true);
    inv.parser.addOption({QStringLiteral("head"),
                          QStringLiteral("The chain head printed earlier (hex); a later truncation is then caught."),
                          QStringLiteral("HEX")});
    inv.parser.addOption({QStringLiteral("report"),
                          QStringLiteral("A report PDF: is it, byte for byte, a final report recorded in the chain?"),
                          QStringLiteral("FILE")});
    inv.parser.addOption({QStringLiteral("checkpoint"),
                          QStringLiteral("A signed checkpoint (checkpoint, or report --checkpoint-key): does the file "
                                         "still hold it? Needs --org-public."),
                          QStringLiteral("FILE")});
    inv.parser.addOption({QStringLiteral("org-public"),
                          QStringLiteral("The organisation's public key (OUT.pub of org-key) the checkpoint must be "
                                         "signed with."),
                          QStringLiteral("PUB")});
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    if (inv.parser.isSet(QStringLiteral("checkpoint")) != inv.parser.isSet(QStringLiteral("org-public")))
        return usage(QCoreApplication::translate("inzage::VerifyCommand",
            "--checkpoint FILE en --org-public PUB horen bij elkaar: een controlepunt telt alleen met de publieke "
            "sleutel van de organisatie die u zelf heeft."));
    std::optional<Checkpoint> checkpoint;
    std::optional<OrgPublicKey> orgPublic;
    if (inv.parser.isSet(QStringLiteral("checkpoint"))) {
        auto pub = OrgPublicKey::read(inv.parser.value(QStringLiteral("org-public")));
        if (!pub)
            return fail(pub.status());
        auto cp = Checkpoint::read(inv.parser.value(QStringLiteral("checkpoint")));
        if (!cp)
            return fail(cp.status());
        orgPublic = *pub;
        checkpoint = *cp;
    }
    const QString reportFile = inv.parser.value(QStringLiteral("report"));
    QString reportFileHash;
    if (!reportFile.isEmpty()) {
        QFile f;
        QCryptographicHash sha(QCryptographicHash::Sha256);
        auto fd = InputFile::openRegular(reportFile);
        if (!fd && fd.code() == ErrorCode::InvalidInput)
            return fail(fd.status());
        if (!fd || !f.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle) || !sha.addData(&f))
            return fail(Status(ErrorCode::NotFound,
                QCoreApplication::translate("inzage::VerifyCommand", "Het rapport %1 kan niet worden gelezen.")
                    .arg(reportFile)));
        reportFileHash = QString::fromLatin1(sha.result().toHex());
    }
    QByteArray head;
    if (inv.parser.isSet(QStringLiteral("head"))) {
        auto parsed = AuditChain::parseHead(inv.parser.value(QStringLiteral("head")));
        if (!parsed)
            return fail(parsed.status());
        head = *parsed;
    }
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    const Status integrity = (*vault)->checkIntegrity();
    auto verdict = AuditChain::verify((*vault)->db(), head);
    if (!verdict)
        return fail(verdict.status());
    auto entries = EntryCheck::run(**vault);
    if (!entries)
        return fail(entries.status());
    auto reports = ReportRecords::verify((*vault)->db());
    if (!reports)
        return fail(reports.status());
    auto extensions = ExtensionCheck::run(**vault);
    if (!extensions)
        return fail(extensions.status());
    std::optional<ReportRecord> matched;
    if (!reportFile.isEmpty()) {
        auto records = ReportRecords::all((*vault)->db());
        if (!records)
            return fail(records.status());
        for (const ReportRecord& r : *records)
            if (r.fileHash == reportFileHash)
                matched = r;
    }
    const bool reportOk = reportFile.isEmpty() || matched.has_value();
    std::optional<CheckpointVerdict> held;
    if (checkpoint) {
        auto c = Checkpoints::check(**vault, *checkpoint, *orgPublic);
        if (!c)
            return fail(c.status());
        held = *c;
    }
    const bool checkpointOk = !held || held->holds;
    const bool ok = integrity.isOk() && verdict->intact && entries->intact && reports->intact && extensions->intact
        && reportOk && checkpointOk;
    if (inv.json()) {
        printJson(QJsonObject { { QStringLiteral("ok"), ok },
            { QStringLiteral("integrity"), integrity.isOk() ? QStringLiteral("ok") : integrity.message() },
            { QStringLiteral("audit_rows"), qint64(verdict->rows) },
            { QStringLiteral("audit_intact"), verdict->intact },
            { QStringLiteral("first_bad_seq"), qint64(verdict->firstBadSeq) },
            { QStringLiteral("problem"), verdict->problem },
            { QStringLiteral("head"), QString::fromLatin1(verdict->head.toHex()) },
            { QStringLiteral("entries_intact"), entries->intact },
            { QStringLiteral("first_bad_entry"), qint64(entries->firstBadEntry) },
            { QStringLiteral("entries_problem"), entries->problem },
            { QStringLiteral("entries_note"), entries->note },
            { QStringLiteral("reports"), reports->records },
            { QStringLiteral("reports_intact"), reports->intact },
            { QStringLiteral("first_bad_report_seq"), qint64(reports->firstBadSeq) },
            { QStringLiteral("reports_problem"), reports->problem },
            { QStringLiteral("extensions"), extensions->extensions },
            { QStringLiteral("extensions_intact"), extensions->intact },
            { QStringLiteral("extensions_problem"), extensions->problem },
            { QStringLiteral("report_file_matches"), reportFile.isEmpty() ? QJsonValue() : QJsonValue(reportOk) },
            { QStringLiteral("report_file_seq"), matched ? QJsonValue(qint64(matched->seq)) : QJsonValue() },
            { QStringLiteral("checkpoint_holds"), held ? QJsonValue(held->holds) : QJsonValue() },
            { QStringLiteral("checkpoint_problem"), held ? QJsonValue(held->problem) : QJsonValue() },
            { QStringLiteral("checkpoint_rows"), checkpoint ? QJsonValue(qint64(checkpoint->length)) : QJsonValue() },
            { QStringLiteral("checkpoint_time"), checkpoint ? QJsonValue(checkpoint->time) : QJsonValue() },
            { QStringLiteral("checkpoint_fingerprint"),
                checkpoint ? QJsonValue(checkpoint->key.fingerprint()) : QJsonValue() },
            { QStringLiteral("older_than_before"), inv.openedOlderThanBefore() } });
    } else {
        out(QStringLiteral("Bestand: %1").arg(integrity.isOk() ? QStringLiteral("in orde") : integrity.message()));
        out(verdict->intact ? QStringLiteral("Logboek: in orde (%1 regels)").arg(verdict->rows)
                            : QStringLiteral("Logboek: NIET in orde vanaf regel %1: %2")
                                  .arg(verdict->firstBadSeq)
                                  .arg(verdict->problem));
        out(entries->intact ? QCoreApplication::translate("inzage::VerifyCommand", "Notities: in orde (%1 notities)")
                                  .arg(entries->entries)
                            : QCoreApplication::translate("inzage::VerifyCommand", "Notities: NIET in orde: %1")
                                  .arg(entries->problem));
        if (!entries->note.isEmpty())
            out(QCoreApplication::translate("inzage::VerifyCommand", "Let op: %1").arg(entries->note));
        out(reports->intact ? (reports->records == 1
                                      ? QCoreApplication::translate("inzage::VerifyCommand",
                                          "Rapporten: in orde (1 definitief rapport vastgelegd)")
                                      : QCoreApplication::translate("inzage::VerifyCommand",
                                          "Rapporten: in orde (%1 definitieve rapporten vastgelegd)")
                                            .arg(reports->records))
                            : QCoreApplication::translate("inzage::VerifyCommand", "Rapporten: NIET in orde: %1")
                                  .arg(reports->problem));
        out(extensions->intact
                ? QCoreApplication::translate("inzage::VerifyCommand", "Verlengde termijnen: in orde (%1)")
                      .arg(extensions->extensions)
                : QCoreApplication::translate("inzage::VerifyCommand", "Verlengde termijnen: NIET in orde: %1")
                      .arg(extensions->problem));
        if (!reportFile.isEmpty())
            out(matched ? QCoreApplication::translate("inzage::VerifyCommand",
                              "%1 is het definitieve rapport van %2 (logboekregel %3, inhoudshash %4).")
                              .arg(reportFile, matched->ts)
                              .arg(matched->seq)
                              .arg(matched->contentHash)
                        : QCoreApplication::translate("inzage::VerifyCommand",
                              "%1 is GEEN vastgelegd definitief rapport van dit dossier: het bestand is veranderd, "
                              "is een concept, of hoort bij een ander dossier.")
                              .arg(reportFile));
        if (held)
            out(held->holds ? QCoreApplication::translate("inzage::VerifyCommand",
                                  "Controlepunt: in orde (logboek tot regel %1 zoals op %2, ondertekend met sleutel %3).")
                                  .arg(checkpoint->length)
                                  .arg(checkpoint->time, checkpoint->key.fingerprint())
                            : QCoreApplication::translate("inzage::VerifyCommand", "Controlepunt: NIET in orde: %1")
                                  .arg(held->problem));
        out(QStringLiteral("Laatste regel (head): %1").arg(QString::fromLatin1(verdict->head.toHex())));
    }
    if (!ok)
        return int(ErrorCode::Damaged);
    // Whole and intact, but older than (or another than) the file this computer saw last time.
    if (inv.openedOlderThanBefore()) {
        if (!inv.json())
            out(QCoreApplication::translate("inzage::VerifyCommand",
                "Ouderdom: NIET in orde: dit bestand is ouder dan de vorige keer dat het op deze computer open was."));
        return kExitOlderThanBefore;
    }
    return 0;
}

int cmdExport(const QStringList& args)
{
    Invocation inv(QStringLiteral("export"),
                   QStringLiteral("The whole dossier as one JSON document (plaintext: handle with care)."),
                   QStringLiteral("VAULT"), true);
    inv.parser.addOption({QStringLiteral("output"), QStringLiteral("Write to FILE (mode 0600) instead of stdout."),
                          QStringLiteral("FILE")});
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    if (!inv.json())
        return usage(QStringLiteral("export kent alleen --json."));
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    // Streamed entry by entry: the memory it takes does not grow with the dossier.
    const QString output = inv.parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(Status(ErrorCode::Io, QStringLiteral("Schrijven naar de standaarduitvoer lukte niet.")));
        Status s = writeDossierJson(**vault, stdoutFile);
        if (s && !stdoutFile.flush())
            s = Status(ErrorCode::Io, QStringLiteral("Schrijven naar de standaarduitvoer lukte niet."));
        return s ? 0 : fail(s);
    }
    if (Status s = createPrivateFile(output); !s)
        return fail(s);
    QSaveFile f(output);
    Status written = f.open(QIODevice::WriteOnly)
        ? writeDossierJson(**vault, f)
        : Status(ErrorCode::Io, QStringLiteral("Schrijven naar %1 lukte niet.").arg(output));
    if (written && !f.commit())
        written = Status(ErrorCode::Io, QStringLiteral("Schrijven naar %1 lukte niet.").arg(output));
    if (!written) {
        f.cancelWriting();
        QFile::remove(output);
        return fail(written);
    }
    QFile::setPermissions(output, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return 0;
}

} // namespace inzage::cli
