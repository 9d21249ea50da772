// paper: "Mijn dossier" or "Mijn reacties" as a PDF, with only what the reader of the file may see.
#include "Cli.h"

#include "report/DossierPaper.h"
#include "report/pdf/PaperPdf.h"

#include <QJsonObject>

namespace inzage::cli {

int cmdPaper(const QStringList& args)
{
    Invocation inv(QStringLiteral("paper"),
        QStringLiteral("The file on paper, for a lawyer or the AKJ: every entry with its label, its text, who was "
                       "spoken to, and the parent's answers with their status and the reply, as a PDF (A4, page "
                       "numbers, the date it was made). Only what the reader of the file may see: a parent copy "
                       "shows a shielded source as 'afgeschermde bron' with its reason. --answers: only the "
                       "entries answered, with the answers (Mijn reacties). DEST is never overwritten (exit 12)."),
        QStringLiteral("VAULT DEST.pdf"), true);
    inv.parser.addOption({ QStringLiteral("answers"), QStringLiteral("Only 'Mijn reacties': the answered entries.") });
    int code = 0;
    if (!inv.parse(args, 2, 2, &code))
        return code;
    const bool answersOnly = inv.parser.isSet(QStringLiteral("answers"));
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto pages = DossierPaper::write(**vault, inv.arg(1), answersOnly, &PaperPdf::render,
        QLocale(QLocale::Dutch, QLocale::Netherlands));
    if (!pages)
        return fail(pages.status());
    if (inv.json()) {
        printJson(QJsonObject { { QStringLiteral("file"), inv.arg(1) }, { QStringLiteral("pages"), *pages },
            { QStringLiteral("answers_only"), answersOnly } });
        return 0;
    }
    out(*pages == 1 ? QCoreApplication::translate("inzage::PaperCommand", "Gemaakt: %1 (1 pagina).").arg(inv.arg(1))
                    : QCoreApplication::translate("inzage::PaperCommand", "Gemaakt: %1 (%2 pagina's).")
                          .arg(inv.arg(1))
                          .arg(*pages));
    return 0;
}

} // namespace inzage::cli
