#include "dossier/EntryWriter.h"

#include "dossier/Access.h"
#include "text/Folding.h"

namespace inzage {

EntryWriter::EntryWriter(sqlite3* db, const Actor& actor)
    : m_db(db)
    , m_changedBy(actor.describe())
    , m_entry(db,
          "INSERT INTO entry(position, created_at, label, section, visible_to_parent) "
          "VALUES (?1, ?2, ?3, ?4, ?5)")
    , m_revision(db,
          "INSERT INTO entry_revision(entry_id, rev, text, section, event_date, recorded_at, author_id, "
          "label, basis_kind, basis_detail, holder_id, visible_to_parent, changed_by, change_note) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
    , m_spoken(db, "INSERT INTO spoken_to(revision_id, person_id, spoken_on, method) VALUES (?1, ?2, ?3, ?4)")
    , m_basis(db, "INSERT OR IGNORE INTO mening_basis(revision_id, feit_entry_id) VALUES (?1, ?2)")
    , m_current(db, "UPDATE entry SET current_revision_id = ?1 WHERE id = ?2")
    , m_currentWithCopies(db,
          "UPDATE entry SET current_revision_id = ?1, label = ?2, section = ?3, "
          "visible_to_parent = ?4 WHERE id = ?5")
    , m_copiesOf(db, "SELECT label, visible_to_parent FROM entry WHERE id = ?1")
    , m_count(db, "UPDATE entry_label_count SET n = n + ?1 WHERE label = ?2 AND visible_to_parent = ?3")
    , m_searchDelete(db, "DELETE FROM entry_search WHERE docid = ?1")
    , m_searchInsert(db, "INSERT INTO entry_search(docid, folded) VALUES (?1, ?2)")
    , m_audit(db)
{
}

// The entry row is inserted with its copies of label, section and visible_to_parent already set,
// so only current_revision_id is updated afterwards. Updating the copies too would be an UPDATE
// of constrained columns, which runs in a statement savepoint, and every savepoint makes FTS4
// flush its pending terms: one tiny index segment per entry made an import several times slower.
Result<Id> EntryWriter::addEntry(std::int64_t position, const EntryContent& c, const QString& note)
{
    const QString what = EntryWriter::tr("De notitie kon niet worden opgeslagen.");
    m_entry.reset();
    m_entry.bind(1, position).bind(2, nowUtc()).bind(3, toString(c.label)).bind(4, c.section);
    m_entry.bind(5, c.visibleToParent ? 1 : 0);
    if (Status s = m_entry.exec(what); !s)
        return s;
    const Id entryId = sqlite3_last_insert_rowid(m_db);
    if (Status s = count(toString(c.label), c.visibleToParent, +1); !s)
        return s;
    auto revisionId = insertRevision(entryId, 1, c, note);
    if (!revisionId)
        return revisionId.status();
    m_current.reset();
    m_current.bind(1, *revisionId).bind(2, entryId);
    if (Status s = m_current.exec(what); !s)
        return s;
    return entryId;
}

Status EntryWriter::addRevision(Id entryId, int rev, const EntryContent& c, const QString& note)
{
    const QString what = EntryWriter::tr("De notitie kon niet worden opgeslagen.");
    m_copiesOf.reset();
    m_copiesOf.bind(1, entryId);
    const int rc = m_copiesOf.step();
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE ? Status(ErrorCode::NotFound, EntryWriter::tr("Notitie %1 bestaat niet.").arg(entryId))
                                 : sqlError(m_db, rc, what);
    const QString oldLabel = m_copiesOf.text(0);
    const bool oldVisible = m_copiesOf.integer(1) != 0;
    m_copiesOf.reset();
    auto revisionId = insertRevision(entryId, rev, c, note);
    if (!revisionId)
        return revisionId.status();
    m_currentWithCopies.reset();
    m_currentWithCopies.bind(1, *revisionId).bind(2, toString(c.label)).bind(3, c.section);
    m_currentWithCopies.bind(4, c.visibleToParent ? 1 : 0).bind(5, entryId);
    if (Status s = m_currentWithCopies.exec(what); !s)
        return s;
    if (oldLabel == toString(c.label) && oldVisible == c.visibleToParent)
        return Status::ok();
    if (Status s = count(oldLabel, oldVisible, -1); !s)
        return s;
    return count(toString(c.label), c.visibleToParent, +1);
}

// Every (label, visibility) row exists from schema 4 on; one that is missing means the file was
// changed outside Inzage, and counting on without it would show wrong totals.
Status EntryWriter::count(const QString& label, bool visibleToParent, int delta)
{
    m_count.reset();
    m_count.bind(1, delta).bind(2, label).bind(3, visibleToParent ? 1 : 0);
    if (Status s = m_count.exec(EntryWriter::tr("De telling per label kon niet worden bijgewerkt.")); !s)
        return s;
    if (sqlite3_changes(m_db) != 1)
        return Status(ErrorCode::Damaged,
            EntryWriter::tr("De telling per label ontbreekt voor %1: het dossier is buiten Inzage om "
                           "veranderd.")
                .arg(label));
    return Status::ok();
}

Result<Id> EntryWriter::insertRevision(Id entryId, int rev, const EntryContent& c, const QString& note)
{
    Statement& ins = m_revision;
    ins.reset();
    ins.bind(1, entryId).bind(2, rev).bind(3, c.text).bind(4, c.section).bindOptional(5, c.eventDate);
    ins.bind(6, nowUtc()).bind(7, c.authorId).bind(8, toString(c.label));
    if (c.basisKind == BasisKind::Geen)
        ins.bindNull(9);
    else
        ins.bind(9, toString(c.basisKind));
    ins.bind(10, c.basisDetail).bind(11, c.holderId).bind(12, c.visibleToParent ? 1 : 0);
    ins.bind(13, m_changedBy).bind(14, note);
    if (Status s = ins.exec(EntryWriter::tr("De notitie kon niet worden opgeslagen.")); !s)
        return s;
    const Id revisionId = sqlite3_last_insert_rowid(m_db);

    for (const SpokenTo& line : c.spokenTo) {
        m_spoken.reset();
        m_spoken.bind(1, revisionId).bind(2, line.personId).bindOptional(3, line.spokenOn);
        m_spoken.bind(4, toString(line.method));
        if (Status s = m_spoken.exec(EntryWriter::tr("Met wie er gesproken is kon niet worden opgeslagen.")); !s)
            return s;
    }
    for (Id feit : c.restsOn) {
        m_basis.reset();
        m_basis.bind(1, revisionId).bind(2, feit);
        if (Status s = m_basis.exec(EntryWriter::tr("De onderbouwing kon niet worden opgeslagen.")); !s)
            return s;
    }
    return revisionId;
}

Status EntryWriter::indexForSearch(Id entryId, const QString& text, bool replace)
{
    if (replace) {
        m_searchDelete.reset();
        m_searchDelete.bind(1, entryId);
        if (Status s = m_searchDelete.exec(EntryWriter::tr("Zoekindex bijwerken lukte niet.")); !s)
            return s;
    }
    m_searchInsert.reset();
    m_searchInsert.bind(1, entryId).bind(2, foldForSearch(text));
    return m_searchInsert.exec(EntryWriter::tr("Zoekindex bijwerken lukte niet."));
}

Status EntryWriter::audit(const QString& action, Id entryId, const QString& before, const QString& after)
{
    return m_audit.append({ m_changedBy, action, QStringLiteral("entry:%1").arg(entryId), before, after });
}

} // namespace inzage
