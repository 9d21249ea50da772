#include "NewSinceVisit.h"

#include "vault/Sql.h"

namespace inzage {

Result<std::int64_t> NewSinceVisit::mark(Vault& vault)
{
    Statement st(vault.db(), "SELECT COALESCE(MAX(id), 0) FROM entry_revision");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return sqlError(vault.db(), rc, tr("Er kon niet worden gelezen wat er nieuw is in uw dossier."));
    return st.integer(0);
}

Result<std::vector<NewEntry>> NewSinceVisit::since(Vault& vault, std::int64_t mark)
{
    std::vector<NewEntry> out;
    if (mark <= 0)
        return out;
    // Only entries the copy shows: an entry taken out of the parent's view is left out, whatever came.
    Statement st(vault.db(),
        // Found from the revisions after the mark (a range of their ids, few on a normal visit), not by
        // reading every entry: an entry whose current revision came later has a revision after the mark.
        "SELECT e.id, EXISTS (SELECT 1 FROM entry_revision r WHERE r.entry_id = e.id AND r.id <= ?1) "
        "FROM entry e WHERE e.id IN (SELECT n.entry_id FROM entry_revision n WHERE n.id > ?1) "
        "AND e.visible_to_parent = 1 AND e.current_revision_id > ?1 ORDER BY e.position, e.id");
    st.bind(1, mark);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back({Id(st.integer(0)), st.integer(1) != 0 ? Newness::Aangepast : Newness::Nieuw});
    if (rc != SQLITE_DONE)
        return sqlError(vault.db(), rc, tr("Er kon niet worden gelezen wat er nieuw is in uw dossier."));
    return out;
}

} // namespace inzage
