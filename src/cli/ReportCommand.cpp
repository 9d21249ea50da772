// report: the PDF of the report, a concept or the final one (recorded in the audit chain).
#include "Cli.h"

#include "report/ReportMaker.h"
#include "report/pdf/ReportPdf.h"

#include <QJsonObject>

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
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    const ReportKind kind = inv.parser.isSet(QStringLiteral("concept")) ? ReportKind::Concept : ReportKind::Definitief;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto made = ReportMaker::make(**vault, inv.actor(), inv.arg(1), kind, &ReportPdf::render);
    if (!made)
        return fail(made.status(), ErrorCode::NotReady,
            QStringLiteral("Wat nog open staat: inzage-cli check %1. Een concept maakt u met --concept.")
                .arg(inv.vaultPath()));
    if (inv.json()) {
        printJson(QJsonObject { { QStringLiteral("file"), inv.arg(1) },
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
    return 0;
}

} // namespace inzage::cli
