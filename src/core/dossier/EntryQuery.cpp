#include "dossier/EntryQuery.h"

#include "dossier/Entries.h"
#include "vault/Sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace inzage {

namespace {

QString cannotRead()
{
    return QCoreApplication::translate("inzage::Entries", "De notities konden niet worden gelezen.");
}

// A search page is found one of two ways. With few hits: fetch every hit and sort them by position
// (one lookup per hit). With many: walk the entries in position order and keep the hits, which
// stops once the page is full (for a word in 40% of entries, after ~250 entries) but would walk
// the whole file for a rare word. Past this many hits the walk wins.
constexpr int kManyHits = 2000;

// Counts only up to kManyHits: that is all the choice needs, and the count stops there.
bool hasManyHits(sqlite3* db, const QString& query)
{
    Statement st(db, "SELECT count(*) FROM (SELECT 1 FROM entry_search WHERE entry_search MATCH ?1 LIMIT ?2)");
    st.bind(1, query).bind(2, kManyHits);
    return st.step() == SQLITE_ROW && st.integer(0) >= kManyHits;
}

Result<std::vector<Id>> collect(sqlite3* db, Statement& st)
{
    std::vector<Id> ids;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        ids.push_back(st.integer(0));
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, cannotRead());
    return ids;
}

// The walk for many hits, a window of positions at a time. Each window asks the full-text index
// only for the docids in its own id range: building the set of all hits for SQL to test against
// (40,000 for a frequent word) cost more than the rest of the page. Windows double in size, so a
// less frequent word needs only a few more of them.
Result<std::vector<Id>> walkInOrder(sqlite3* db, const EntryFilter& filter, const Audience& audience,
                                    const QString& query)
{
    std::int64_t from = filter.afterPosition;
    std::int64_t last = 0;
    {
        Statement ends(db, "SELECT (SELECT min(position) FROM entry), (SELECT max(position) FROM entry)");
        if (ends.step() != SQLITE_ROW || ends.isNull(0))
            return std::vector<Id> {};
        from = std::max(from, ends.integer(0) - 1);
        last = ends.integer(1);
    }
    EntryFilter window = filter;
    window.search.clear();
    window.afterPosition = 0; // any value >= 0 puts ":after" in the clause
    const QByteArray walkSql
        = "SELECT e.id FROM entry e " + whereClause(window, audience) + "AND e.position <= :until ORDER BY e.position";
    Statement walk(db, walkSql.constData());
    Statement hits(db, "SELECT docid FROM entry_search WHERE entry_search MATCH ?1 AND docid BETWEEN ?2 AND ?3");
    if (!walk.isValid() || !hits.isValid())
        return sqlError(db, walk.isValid() ? hits.prepareCode() : walk.prepareCode(), cannotRead());

    std::vector<Id> page;
    const std::size_t wanted = std::size_t(filter.limit);
    for (std::int64_t span = 512; page.size() < wanted && from < last; from += span, span *= 2) {
        window.afterPosition = from;
        walk.reset();
        bindFilter(walk.handle(), window);
        sqlite3_bind_int64(walk.handle(), sqlite3_bind_parameter_index(walk.handle(), ":until"), from + span);
        auto inWindow = collect(db, walk);
        if (!inWindow)
            return inWindow.status();
        if (inWindow->empty())
            continue;
        const auto [lo, hi] = std::minmax_element(inWindow->begin(), inWindow->end());
        hits.reset();
        hits.bind(1, query).bind(2, *lo).bind(3, *hi);
        auto found = collect(db, hits); // in docid order
        if (!found)
            return found.status();
        for (Id id : *inWindow) {
            if (std::binary_search(found->begin(), found->end(), id)) {
                page.push_back(id);
                if (page.size() == wanted)
                    break;
            }
        }
    }
    return page;
}

} // namespace

QByteArray whereClause(const EntryFilter& f, const Audience& audience)
{
    QByteArray w = "WHERE 1 " + audience.entryClause("e");
    if (f.afterPosition >= 0)
        w += "AND e.position > :after ";
    if (f.label)
        w += "AND e.label = :label ";
    if (!f.section.isEmpty())
        w += "AND e.section = :section ";
    if (f.spokenTo)
        // Not a correlated EXISTS: that one searched all of a person's lines for every entry it passed.
        w += "AND e.current_revision_id IN (SELECT revision_id FROM spoken_to WHERE person_id = :person) ";
    if (!f.search.isEmpty())
        w += "AND e.id IN (SELECT docid FROM entry_search WHERE entry_search MATCH :query) ";
    return w;
}

void bindFilter(sqlite3_stmt* st, const EntryFilter& f)
{
    auto bindText = [&](const char* name, const QString& v) {
        const int i = sqlite3_bind_parameter_index(st, name);
        if (i > 0) {
            const QByteArray u = v.toUtf8();
            sqlite3_bind_text(st, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        }
    };
    auto bindInt = [&](const char* name, std::int64_t v) {
        const int i = sqlite3_bind_parameter_index(st, name);
        if (i > 0)
            sqlite3_bind_int64(st, i, v);
    };
    bindInt(":after", f.afterPosition);
    if (f.label)
        bindText(":label", toString(*f.label));
    bindText(":section", f.section);
    if (f.spokenTo)
        bindInt(":person", *f.spokenTo);
    bindText(":query", buildSearchQuery(f.search));
    bindInt(":limit", f.limit);
}

QString dateSortKey(const QString& eventDate)
{
    return eventDate.isEmpty() ? QStringLiteral("~") : eventDate; // '~' sorts after every digit
}

QByteArray dateSortSql() { return "coalesce(nullif(r.event_date, ''), '~')"; }

QByteArray orderBySql(EntryOrder order)
{
    return order == EntryOrder::Date ? "ORDER BY " + dateSortSql() + ", e.position " : QByteArray("ORDER BY e.position ");
}

namespace {

// Date order: keyset paging on (date key, position), the current revision joined for its date.
// A search here uses the plain IN (full-text) clause; the position walk only serves report order.
Result<std::vector<Id>> pageIdsByDate(sqlite3* db, const EntryFilter& filter, const Audience& audience)
{
    EntryFilter f = filter;
    const bool cursor = f.afterPosition >= 0;
    f.afterPosition = -1; // the position cursor is part of the (date, position) pair below
    QByteArray sql = "SELECT e.id FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id "
        + whereClause(f, audience);
    if (cursor)
        sql += "AND (" + dateSortSql() + " > :afterDate OR (" + dateSortSql()
            + " = :afterDate AND e.position > :afterPos)) ";
    sql += orderBySql(EntryOrder::Date) + "LIMIT :limit";
    Statement st(db, sql.constData());
    if (!st.isValid())
        return sqlError(db, st.prepareCode(), cannotRead());
    bindFilter(st.handle(), f);
    if (cursor) {
        const QByteArray key = dateSortKey(filter.afterDate).toUtf8();
        sqlite3_bind_text(st.handle(), sqlite3_bind_parameter_index(st.handle(), ":afterDate"), key.constData(),
                          int(key.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st.handle(), sqlite3_bind_parameter_index(st.handle(), ":afterPos"), filter.afterPosition);
    }
    return collect(db, st);
}

} // namespace

Result<std::vector<Id>> pageIds(sqlite3* db, const EntryFilter& filter, const Audience& audience)
{
    if (filter.order == EntryOrder::Date)
        return pageIdsByDate(db, filter, audience);
    const QString query = buildSearchQuery(filter.search);
    // A negative limit (no limit) needs every hit anyway.
    if (!query.isEmpty() && filter.limit >= 0 && hasManyHits(db, query))
        return walkInOrder(db, filter, audience, query);
    const QByteArray sql = "SELECT e.id FROM entry e " + whereClause(filter, audience) + "ORDER BY e.position LIMIT :limit";
    Statement st(db, sql.constData());
    if (!st.isValid())
        return sqlError(db, st.prepareCode(), cannotRead());
    bindFilter(st.handle(), filter);
    return collect(db, st);
}

} // namespace inzage
