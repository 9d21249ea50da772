#include "dossier/Contacts.h"

#include "dossier/Audience.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <QCoreApplication>

#include <map>

namespace inzage {

Result<std::vector<ContactSummary>> contactSummary(Vault& vault)
{
    auto audience = Audience::of(vault);
    if (!audience)
        return audience.status();
    const bool forParent = audience->isParent();
    auto people = Persons(vault, Actor {QStringLiteral("app"), vault.role()}).all(); // masked for the reader
    if (!people)
        return people.status();
    std::map<Id, ContactSummary> byId;
    for (const Person& p : *people)
        byId[p.id].person = p;

    sqlite3* db = vault.db();
    Statement counts(db, "SELECT s.person_id, count(DISTINCT e.id) FROM entry e "
                         "JOIN entry_revision r ON r.id = e.current_revision_id "
                         "JOIN spoken_to s ON s.revision_id = r.id "
                         "WHERE (?1 = 0 OR r.visible_to_parent = 1) GROUP BY s.person_id");
    counts.bind(1, forParent ? 1 : 0);
    int rc;
    while ((rc = counts.step()) == SQLITE_ROW)
        byId[counts.integer(0)].entryCount = int(counts.integer(1));
    if (rc != SQLITE_DONE)
        return sqlError(db, rc,
            QCoreApplication::translate("inzage::Contacts", "Met wie er gesproken is kon niet worden gelezen."));

    Statement moments(db, "SELECT DISTINCT s.person_id, coalesce(s.spoken_on, ''), s.method FROM entry e "
                          "JOIN entry_revision r ON r.id = e.current_revision_id "
                          "JOIN spoken_to s ON s.revision_id = r.id "
                          "WHERE (?1 = 0 OR r.visible_to_parent = 1) ORDER BY s.person_id, 2");
    moments.bind(1, forParent ? 1 : 0);
    while ((rc = moments.step()) == SQLITE_ROW)
        byId[moments.integer(0)].moments.push_back(
            {moments.text(1), parse<Method>(moments.text(2)).value_or(Method::Onbekend)});
    if (rc != SQLITE_DONE)
        return sqlError(db, rc,
            QCoreApplication::translate("inzage::Contacts", "Met wie er gesproken is kon niet worden gelezen."));

    std::vector<ContactSummary> out;
    for (auto& [id, summary] : byId) {
        if (summary.person.id == 0)
            continue; // spoken to in an entry, but not a person this reader may see
        // Professionals who only wrote are not "spoken to"; everyone else is listed, even at zero.
        if (summary.entryCount == 0 && summary.person.role == PersonRole::Professional)
            continue;
        out.push_back(std::move(summary));
    }
    return out;
}

} // namespace inzage
