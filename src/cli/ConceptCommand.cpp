// concept: send the concept report to the parents (its own audited act), or list what was sent.
#include "Cli.h"

#include "report/ConceptRelease.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace inzage::cli {

namespace {

QJsonObject toJson(const ConceptRelease& r)
{
    return QJsonObject { { QStringLiteral("id"), qint64(r.id) },
        { QStringLiteral("released_at"), r.releasedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("react_until"), r.reactUntil.toString(Qt::ISODate) },
        { QStringLiteral("content_hash"), r.contentHash }, { QStringLiteral("entries"), r.entries },
        { QStringLiteral("released_by"), r.releasedBy } };
}

} // namespace

int cmdConcept(const QStringList& args)
{
    Invocation inv(QStringLiteral("concept"),
        QStringLiteral("The concept report and the parents. With --send: record that the concept goes to the "
                       "parents now (audited), with at least 5 working days to react (--until DATE for a later "
                       "day); the next update file takes it to each parent copy, and the final report waits until "
                       "the reaction time has ended. Without: list the concepts sent."),
        QStringLiteral("VAULT"), true);
    inv.parser.addOption({ QStringLiteral("send"), QStringLiteral("Send the concept to the parents now.") });
    inv.parser.addOption({ QStringLiteral("until"),
        QStringLiteral("The last day the parents may react (YYYY-MM-DD); at least 5 working days from today."),
        QStringLiteral("DATE") });
    int code = 0;
    if (!inv.parse(args, 1, 1, &code))
        return code;
    const bool send = inv.parser.isSet(QStringLiteral("send"));
    if (inv.parser.isSet(QStringLiteral("until")) && !send)
        return fail(Status(ErrorCode::Usage, QStringLiteral("--until hoort bij --send.")));
    std::optional<QDate> until;
    if (inv.parser.isSet(QStringLiteral("until"))) {
        const QDate d = QDate::fromString(inv.parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!d.isValid())
            return fail(Status(ErrorCode::InvalidInput,
                QStringLiteral("'%1' is geen datum: schrijf JJJJ-MM-DD.").arg(inv.parser.value(QStringLiteral("until")))));
        until = d;
    }
    auto vault = inv.openVault();
    if (!vault)
        return fail(vault.status());
    ConceptReleases releases(**vault, inv.actor());
    if (send) {
        auto r = releases.release(QDate::currentDate(), until);
        if (!r)
            return fail(r.status());
        if (inv.json()) {
            printJson(toJson(*r));
        } else {
            out(QStringLiteral("Concept naar de ouders (%1 notities); zij kunnen reageren tot en met %2.\n"
                               "Schrijf nu voor elk ouderexemplaar een updatebestand (updates-export).\n"
                               "Inhoudshash: %3")
                    .arg(r->entries)
                    .arg(r->reactUntil.toString(Qt::ISODate), r->contentHash));
        }
        return 0;
    }
    auto all = releases.all();
    if (!all)
        return fail(all.status());
    if (inv.json()) {
        QJsonArray rows;
        for (const ConceptRelease& r : *all)
            rows.append(toJson(r));
        printJson(QJsonObject { { QStringLiteral("concepts"), rows } });
        return 0;
    }
    if (all->empty())
        out(QStringLiteral("Er is nog geen concept naar de ouders gestuurd."));
    for (const ConceptRelease& r : *all)
        out(QStringLiteral("%1  verstuurd %2 door %3, reageren tot en met %4, %5 notities, hash %6")
                .arg(r.id)
                .arg(r.releasedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.releasedBy,
                     r.reactUntil.toString(Qt::ISODate))
                .arg(r.entries)
                .arg(r.contentHash));
    return 0;
}

} // namespace inzage::cli
