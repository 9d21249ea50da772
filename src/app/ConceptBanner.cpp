#include "ConceptBanner.h"

#include "Wording.h"

#include "report/ConceptRelease.h"

namespace inzage::app {

QVariantMap conceptBanner(Vault& vault, const Actor& reader, QVariantMap& entries)
{
    entries.clear();
    ConceptReleases releases(vault, reader);
    auto latest = releases.latest();
    if (!latest || !*latest)
        return {{QStringLiteral("sent"), false}};
    const ConceptRelease& c = **latest;
    auto ids = releases.entriesOf(c.id);
    for (Id id : ids ? *ids : std::set<Id> {})
        entries.insert(QString::number(id), true);
    return {{QStringLiteral("sent"), true},
            {QStringLiteral("sentOn"), dateInWords(c.releasedAt.toLocalTime().date().toString(Qt::ISODate))},
            {QStringLiteral("reactUntil"), dateInWords(c.reactUntil.toString(Qt::ISODate))},
            {QStringLiteral("open"), c.reactUntil >= QDate::currentDate()},
            {QStringLiteral("entries"), int(entries.size())}};
}

} // namespace inzage::app
