#pragma once

#include "common/Status.h"
#include "dossier/Audience.h"
#include "dossier/Model.h"

#include <QByteArray>

#include <sqlcipher/sqlite3.h>

#include <vector>

namespace inzage {

// The SQL behind an EntryFilter, over `entry e`. Filters test the entry's own copies of label,
// section and visible_to_parent (see the schema), so no filter reads a wide revision row.
// The audience adds what its reader may not see (Audience::entryClause).
QByteArray whereClause(const EntryFilter& f, const Audience& audience);
void bindFilter(sqlite3_stmt* st, const EntryFilter& f);

// The ids of one page (filter.limit entries after filter.afterPosition), in position order, or with
// EntryOrder::Date after (filter.afterDate, filter.afterPosition) in date order.
Result<std::vector<Id>> pageIds(sqlite3* db, const EntryFilter& filter, const Audience& audience);

// The key an entry is sorted on in date order (an undated entry sorts after every date).
QString dateSortKey(const QString& eventDate);
// SQL for that key over the current revision `r`, and the ORDER BY of each order.
QByteArray dateSortSql();
QByteArray orderBySql(EntryOrder order);

} // namespace inzage
