// report: the PDF of the report, a concept or the final one (recorded in the audit chain).
#include "Cli.h"

#include "audit/Checkpoint.h"
#include "audit/OrgKey.h"
#include "report/ReportMaker.h"
#include "report/pdf/ReportPdf.h"

#include <QFileInfo>
#include <QJsonObject>

#include <optional>

namespace inzage::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("inzage::ReportCommand", text);
}

} // namespace

int cmdReport(const QStringList& args)
{
    Invocation inv(QStringLiteral("report"),
        QStringLiteral("Write the report as a PDF (A4). Without --concept it is the final report: refused (exit 13, "
                       "every blocker listed) while 'check' is not ready, and recorded in the audit chain with its "
                       "content hash. OUT is never overwritten (exit 12)."),
        QStringLiteral("VAULT OUT.pdf"), true);
    inv.parser.addOption({ QStringLiteral("concept"),
        QStringLiteral("A concept: every page says so, nothing is recorded, unfinished items may remain.") });
    addOrgKeyOptions(inv.parser, QStringLiteral("checkpoint-key"));
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    const ReportKind kind = inv.parser.isSet(QStringLiteral("concept")) ? ReportKind::Concept : ReportKind::Definitief;
    // A signed checkpoint beside a final report: the key is read (and its passphrase asked) before
    // anything is recorded, and an existing checkpoint file is refused before the report is made.
    std::optional<OrgKey> key;
    const QString checkpointPath = Checkpoints::besideReport(inv.arg(1));
    if (inv.parser.isSet(QStringLiteral("checkpoint-key"))) {
        if (kind == ReportKind::Concept)
            return usage(tr("Een controlepunt hoort bij een definitief rapport, niet bij een concept."));
        if (checkpointPath == inv.arg(1))
            return usage(tr("Het controlepunt komt naast het rapport: geef het rapport een naam op .pdf."));
        if (QFileInfo(checkpointPath).exists() || QFileInfo(checkpointPath).isSymLink())
            return fail(Status(ErrorCode::Exists,
                tr("Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.")
                    .arg(checkpointPath)));
        auto read = readOrgKey(inv.parser, QStringLiteral("checkpoint-key"));
        if (!read)
            return fail(read.status());
        key.emplace(std::move(*read));
    }
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto made = ReportMaker::make(**vault, inv.actor(), inv.arg(1), kind, &ReportPdf::render);
    if (!made)
        return fail(made.status(), ErrorCode::NotReady,
            QStringLiteral("Wat nog open staat: inzage-cli check %1. Een concept maakt u met --concept.")
                .arg(inv.vaultPath()));
    std::optional<Checkpoint> checkpoint;
    if (key) {
        auto signed_ = Checkpoints::make(**vault, *key, made->fileHash);
        Status written = signed_ ? Checkpoints::write(checkpointPath, *signed_) : signed_.status();
        if (!written)
            return fail(written, written.code(),
                tr("Het rapport is gemaakt en vastgelegd; het controlepunt niet. Maak het met: inzage-cli checkpoint "
                   "%1 BESTAND --org-key SLEUTEL")
                    .arg(inv.vaultPath()));
        checkpoint = *signed_;
    }
    if (inv.json()) {
        printJson(QJsonObject { { QStringLiteral("file"), inv.arg(1) },
            { QStringLiteral("checkpoint"), checkpoint ? QJsonValue(checkpointPath) : QJsonValue() },
            { QStringLiteral("final"), kind == ReportKind::Definitief }, { QStringLiteral("pages"), made->pages },
            { QStringLiteral("content_hash"), made->contentHash }, { QStringLiteral("file_hash"), made->fileHash },
            { QStringLiteral("head"), made->content.head },
            { QStringLiteral("head_seq"), qint64(made->content.headSeq) },
            { QStringLiteral("record_seq"), made->recordSeq ? QJsonValue(qint64(*made->recordSeq)) : QJsonValue() } });
        return 0;
    }
    out(kind == ReportKind::Definitief
            ? tr("Definitief rapport gemaakt: %1 (%2 pagina's), vastgelegd in het logboek op regel %3.")
                  .arg(inv.arg(1))
                  .arg(made->pages)
                  .arg(made->recordSeq.value_or(0))
            : tr("Concept gemaakt: %1 (%2 pagina's). Een concept wordt niet vastgelegd.")
                  .arg(inv.arg(1))
                  .arg(made->pages));
    out(tr("Inhoudshash (SHA-256): %1").arg(made->contentHash));
    out(tr("Logboek bij het maken (regel %1): %2").arg(made->content.headSeq).arg(made->content.head));
    if (checkpoint)
        out(tr("Ondertekend controlepunt: %1 (logboek tot regel %2, sleutel %3)")
                .arg(checkpointPath)
                .arg(checkpoint->length)
                .arg(checkpoint->key.fingerprint()));
    return 0;
}

} // namespace inzage::cli
