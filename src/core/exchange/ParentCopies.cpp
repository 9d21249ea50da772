#include "exchange/ParentCopies.h"

#include "dossier/Access.h"
#include "dossier/Persons.h"
#include "dossier/Workspace.h"
#include "exchange/ParentCopy.h"
#include "text/Folding.h"
#include "vault/Sql.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace inzage {

namespace {

Result<std::vector<MadeCopy>> madeCopies(Vault& professional)
{
    Statement st(professional.db(),
                 "SELECT exchange_id, created_at, COALESCE(person_id, 0) FROM exchange_key ORDER BY created_at, rowid");
    std::vector<MadeCopy> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back({st.text(0), QDateTime::fromString(st.text(1), Qt::ISODate), st.integer(2)});
    if (rc != SQLITE_DONE)
        return sqlError(professional.db(), rc,
                        QCoreApplication::translate("inzage::ParentCopies", "De ouderexemplaren konden niet worden gelezen."));
    return out;
}

} // namespace

Result<ParentCopyOverview> ParentCopies::overview(Vault& professional)
{
    if (!opensProfessionalWorkspace(professional))
        return Status(ErrorCode::Forbidden,
                      tr("Ouderexemplaren worden gemaakt vanuit het eigen dossier van de professional."));
    auto all = Persons(professional, actorFor(professional, QStringLiteral("inzage"))).all();
    if (!all)
        return all.status();
    auto copies = madeCopies(professional);
    if (!copies)
        return copies.status();

    ParentCopyOverview out;
    std::map<Id, std::size_t> at;
    for (const Person& p : *all) {
        if (p.shielded || (p.role != PersonRole::Ouder && p.role != PersonRole::Kind))
            continue;
        CopyRecipient r;
        r.person = p;
        PersonRef ref;
        ref.nameOrId = QStringLiteral("#%1").arg(p.id);
        if (auto who = ParentCopy::recipient(professional, ref); !who)
            r.refusal = who.message();
        out.recipients.push_back(std::move(r));
    }
    std::sort(out.recipients.begin(), out.recipients.end(), [](const CopyRecipient& a, const CopyRecipient& b) {
        return a.person.name.localeAwareCompare(b.person.name) < 0;
    });
    for (std::size_t i = 0; i < out.recipients.size(); ++i)
        at[out.recipients[i].person.id] = i;
    for (MadeCopy& c : *copies) {
        auto it = at.find(c.personId);
        if (it != at.end())
            out.recipients[it->second].copies.push_back(std::move(c));
        else
            out.unassigned.push_back(std::move(c));
    }
    return out;
}

QString ParentCopies::suggestedFileName(const QString& kind, const QString& personName, const QDate& on)
{
    // Letters and digits of the name only, folded to ASCII, so the name works on every system.
    QString slug = foldForSearch(personName).toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    QStringList parts { kind };
    if (!slug.isEmpty())
        parts << slug.left(40);
    parts << on.toString(Qt::ISODate);
    return parts.join(QLatin1Char('-'));
}

} // namespace inzage
