// history VAULT: every change to the file, in plain words (who, what, when), as its reader may see it.
#include "Cli.h"

#include "audit/ChangeHistory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

int fileHistory(Invocation& inv)
{
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    auto lines = ChangeHistory::read(**vault, QLocale(QLocale::Dutch, QLocale::Netherlands));
    if (!lines)
        return fail(lines.status());
    if (inv.json()) {
        QJsonArray rows;
        for (const ChangeLine& l : *lines) {
            QJsonObject o { { QStringLiteral("seq"), qint64(l.seq) }, { QStringLiteral("at"), l.at },
                { QStringLiteral("when"), l.when }, { QStringLiteral("action"), l.action },
                { QStringLiteral("who"), l.who }, { QStringLiteral("what"), l.what },
                { QStringLiteral("count"), l.count }, { QStringLiteral("sentence"), l.sentence() } };
            o.insert(QStringLiteral("entry"), l.entry ? QJsonValue(qint64(*l.entry)) : QJsonValue());
            rows.append(o);
        }
        printJson(QJsonObject { { QStringLiteral("reader"), toString((*vault)->role()) },
            { QStringLiteral("changes"), rows } });
        return 0;
    }
    for (const ChangeLine& l : *lines)
        out(QStringLiteral("%1  %2").arg(l.when, l.sentence()));
    return 0;
}

} // namespace inzage::cli
