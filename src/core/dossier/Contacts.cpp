#include "dossier/Contacts.h"

#include "dossier/Audience.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <QCoreApplication>

#include <map>
#include <set>

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

    // One pass over who was spoken to in the current revisions, in entry order: an entry's lines
    // come together, so "in how many entries" counts an entry once per person. The entry's own copy
    // of its current revision's visibility (kept by EntryWriter) means the wide revision rows are
    // never read: a million entries are read from the narrow entry index.
    sqlite3* db = vault.db();
    Statement st(db, "SELECT s.person_id, e.id, coalesce(s.spoken_on, ''), s.method FROM entry e "
                     "JOIN spoken_to s ON s.revision_id = e.current_revision_id "
                     "WHERE (?1 = 0 OR e.visible_to_parent = 1) ORDER BY e.position, e.id");
    st.bind(1, forParent ? 1 : 0);
    std::map<Id, Id> lastEntry;
    std::map<Id, std::set<std::pair<QString, QString>>> moments; // (date, method word), sorted by date
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const Id person = st.integer(0);
        const Id entry = st.integer(1);
        Id& last = lastEntry[person];
        if (last != entry) {
            ++byId[person].entryCount;
            last = entry;
        }
        moments[person].emplace(st.text(2), st.text(3));
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc,
            QCoreApplication::translate("inzage::Contacts", "Met wie er gesproken is kon niet worden gelezen."));
    for (const auto& [person, seen] : moments) {
        auto& list = byId[person].moments;
        for (const auto& [date, method] : seen)
            list.push_back({date, parse<Method>(method).value_or(Method::Onbekend)});
    }

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
