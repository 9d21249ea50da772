// check: whether the report is ready, every blocking item with its entry and rule. Exit 13 when not.
#include "Cli.h"

#include "report/ReportCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

int cmdCheck(const QStringList& args)
{
    Invocation inv(QStringLiteral("check"),
        QStringLiteral("Check whether the report is ready: every blocking item with its entry and rule. "
                       "Exit 0 when ready, 13 when not. Reads only."),
        QStringLiteral("VAULT"), true);
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto readiness = ReportCheck(**vault, inv.actor()).run();
    if (!readiness)
        return fail(readiness.status());
    const int exitCode = readiness->ready() ? 0 : int(ErrorCode::NotReady);
    if (inv.json()) {
        QJsonArray blockers;
        for (const Blocker& b : readiness->blockers) {
            QJsonObject o { { QStringLiteral("entry"), b.entry ? QJsonValue(qint64(*b.entry)) : QJsonValue() },
                { QStringLiteral("rule"), b.rule }, { QStringLiteral("message"), b.message } };
            if (b.answer)
                o.insert(QStringLiteral("answer"), qint64(*b.answer));
            blockers.append(o);
        }
        printJson(
            QJsonObject { { QStringLiteral("ready"), readiness->ready() }, { QStringLiteral("blockers"), blockers } });
        return exitCode;
    }
    for (const Blocker& b : readiness->blockers) {
        out(QStringLiteral("%1  %2  %3")
                .arg(b.entry ? QStringLiteral("#%1").arg(*b.entry) : QStringLiteral("dossier"), b.rule, b.message));
        // The core's message names no options; the way to clear these three is the case command.
        if (b.rule == QLatin1String(ReportCheck::kProblemAnalysisMissing))
            out(QStringLiteral("    Markeer met: inzage-cli case %1 --problem-section ONDERDEEL").arg(inv.vaultPath()));
        else if (b.rule == QLatin1String(ReportCheck::kStrengthsAnalysisMissing))
            out(QStringLiteral("    Markeer met: inzage-cli case %1 --strengths-section ONDERDEEL").arg(inv.vaultPath()));
        else if (b.rule == QLatin1String(ReportCheck::kChildNotSpokenTo))
            out(QStringLiteral("    Of zeg waarom niet: inzage-cli case %1 --child-not-spoken-reason-file BESTAND")
                    .arg(inv.vaultPath()));
    }
    out(readiness->ready()
            ? QStringLiteral("Het rapport is klaar: niets houdt het tegen.")
            : QStringLiteral("Het rapport is nog niet klaar: %1 punten.").arg(readiness->blockers.size()));
    return exitCode;
}

} // namespace inzage::cli
