#include "exchange/UpdateContent.h"

#include "audit/AuditChain.h"
#include "audit/EntryCheck.h"
#include "dossier/Audience.h"
#include "exchange/ParentSelection.h"
#include "vault/Sql.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace inzage {

namespace {

enum class Change { Fixed, Mutable };

struct Table {
    const char* name;
    QByteArray columns; // explicit for masked rows; empty: SELECT * (the copy has the same schema)
    QByteArray from; // FROM … WHERE … ORDER BY …, over the professional's main schema and the selection
    QStringList key;
    Change change;
};

// In the order the parent copy is filled; foreign keys are deferred anyway.
std::vector<Table> tables()
{
    const QByteArray pcRev = "IN (SELECT id FROM temp.pc_revision)";
    return {
        { "person", "id, name, role, relation, organisation, phone, birth_date, shielded, shield_reason",
            "SELECT " + Audience::maskedPersonColumns("p")
                + " FROM main.person p WHERE p.id IN (SELECT id FROM temp.pc_person) ORDER BY p.id",
            { QStringLiteral("id") }, Change::Mutable },
        { "dossier", {}, "SELECT * FROM main.dossier ORDER BY id", { QStringLiteral("id") }, Change::Mutable },
        { "dossier_child", {}, "SELECT * FROM main.dossier_child ORDER BY person_id", { QStringLiteral("person_id") },
            Change::Fixed },
        { "appointment", {}, "SELECT * FROM main.appointment ORDER BY id", { QStringLiteral("id") }, Change::Mutable },
        { "document", {},
            "SELECT * FROM main.document WHERE id IN (SELECT v.document_id FROM main.document_version v JOIN "
            "main.entry_removal x ON x.version_id = v.id WHERE x.entry_id IN (SELECT id FROM temp.pc_entry)) ORDER BY "
            "id",
            { QStringLiteral("id") }, Change::Fixed },
        { "document_version", {},
            "SELECT * FROM main.document_version WHERE id IN (SELECT version_id FROM main.entry_removal WHERE "
            "entry_id IN (SELECT id FROM temp.pc_entry)) ORDER BY id",
            { QStringLiteral("id") }, Change::Fixed },
        { "entry", "id, position, created_at, current_revision_id, label, section, visible_to_parent",
            "SELECT id, position, created_at, current_revision_id, label, section, visible_to_parent FROM main.entry "
            "WHERE id IN (SELECT id FROM temp.pc_entry) ORDER BY id",
            { QStringLiteral("id") }, Change::Mutable },
        { "entry_revision",
            "id, entry_id, rev, text, section, event_date, recorded_at, author_id, label, basis_kind, basis_detail, "
            "holder_id, visible_to_parent, changed_by, change_note",
            "SELECT r.id, r.entry_id, r.rev, r.text, r.section, r.event_date, r.recorded_at, r.author_id, r.label, "
            "r.basis_kind, "
                + Audience::maskedBasisDetail("r")
                + ", r.holder_id, r.visible_to_parent, r.changed_by, r.change_note FROM main.entry_revision r "
                  "WHERE r.id "
                + pcRev + " ORDER BY r.id",
            { QStringLiteral("id") }, Change::Fixed },
        { "spoken_to", "id, revision_id, person_id, spoken_on, method",
            "SELECT id, revision_id, person_id, spoken_on, method FROM main.spoken_to WHERE revision_id " + pcRev
                + " ORDER BY id",
            { QStringLiteral("id") }, Change::Fixed },
        { "source_approval", "id, revision_id, person_id, approved_on, method, recorded_at, recorded_by",
            "SELECT id, revision_id, person_id, approved_on, method, recorded_at, recorded_by FROM "
            "main.source_approval "
            "WHERE revision_id "
                + pcRev + " ORDER BY id",
            { QStringLiteral("id") }, Change::Fixed },
        { "mening_basis", "revision_id, feit_entry_id",
            "SELECT m.revision_id, m.feit_entry_id FROM main.mening_basis m WHERE m.revision_id " + pcRev
                + " AND EXISTS (SELECT 1 FROM temp.pc_entry pe WHERE pe.id = m.feit_entry_id) "
                  "ORDER BY m.revision_id, m.feit_entry_id",
            { QStringLiteral("revision_id"), QStringLiteral("feit_entry_id") }, Change::Fixed },
        { "entry_removal", {},
            "SELECT * FROM main.entry_removal WHERE entry_id IN (SELECT id FROM temp.pc_entry) ORDER BY entry_id",
            { QStringLiteral("entry_id") }, Change::Fixed },
        // A concept sent to the parents, with only the entries this parent sees (schema 8).
        { "concept_release", {}, "SELECT * FROM main.concept_release ORDER BY id", { QStringLiteral("id") },
            Change::Fixed },
        { "concept_release_entry", {},
            "SELECT * FROM main.concept_release_entry WHERE entry_id IN (SELECT id FROM temp.pc_entry) ORDER BY "
            "release_id, entry_id",
            { QStringLiteral("release_id"), QStringLiteral("entry_id") }, Change::Fixed },
        { "entry_search", "docid, folded",
            "SELECT docid, folded FROM main.entry_search WHERE +docid IN (SELECT id FROM temp.pc_entry) ORDER BY docid",
            { QStringLiteral("docid") }, Change::Mutable },
    };
}

// Entries once shown to the parent and hidden since, with the revision that hid them: no text.
const char* kHidden = "SELECT e.id, r.id, r.rev, r.recorded_at, r.changed_by FROM main.entry e "
                      "JOIN main.entry_revision r ON r.id = e.current_revision_id "
                      "WHERE e.id NOT IN (SELECT id FROM temp.pc_entry) AND EXISTS (SELECT 1 FROM main.entry_revision "
                      "x WHERE x.entry_id = e.id AND x.visible_to_parent = 1) ORDER BY e.id";

QString failedRead()
{
    return UpdateContent::tr("Het updatebestand kon niet worden gemaakt.");
}
QString failedWrite()
{
    return UpdateContent::tr("Het updatebestand kon niet worden ingelezen.");
}

Status bad()
{
    return Status(ErrorCode::InvalidInput,
        UpdateContent::tr("Het updatebestand bevat gegevens die Inzage niet begrijpt. Er is niets ingelezen."));
}

Result<QJsonValue> cell(sqlite3_stmt* st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL:
        return QJsonValue(QJsonValue::Null);
    case SQLITE_INTEGER:
        return QJsonValue(qint64(sqlite3_column_int64(st, col)));
    case SQLITE_FLOAT:
        return QJsonValue(sqlite3_column_double(st, col));
    case SQLITE_TEXT:
        return QJsonValue(QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(st, col)), sqlite3_column_bytes(st, col)));
    default: // no table of the copy holds a blob
        return Status(ErrorCode::Damaged, failedRead());
    }
}

bool sameCell(sqlite3_stmt* st, int col, const QJsonValue& v)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL:
        return v.isNull();
    case SQLITE_INTEGER:
        return v.isDouble() && v.toDouble() == double(sqlite3_column_int64(st, col));
    case SQLITE_FLOAT:
        return v.isDouble() && v.toDouble() == sqlite3_column_double(st, col);
    case SQLITE_TEXT:
        return v.isString()
            && v.toString()
            == QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(st, col)), sqlite3_column_bytes(st, col));
    default:
        return false;
    }
}

bool bindCell(Statement& st, int i, const QJsonValue& v)
{
    if (v.isNull()) {
        st.bindNull(i);
    } else if (v.isString()) {
        st.bind(i, v.toString());
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            st.bind(i, std::int64_t(d));
        else
            sqlite3_bind_double(st.handle(), i, d);
    } else {
        return false;
    }
    return true;
}

Result<QJsonObject> readTable(sqlite3* db, const Table& t)
{
    Statement st(db, t.from.constData());
    if (!st.isValid())
        return sqlError(db, st.prepareCode(), failedRead());
    const int n = sqlite3_column_count(st.handle());
    QJsonArray columns;
    if (t.columns.isEmpty()) {
        for (int c = 0; c < n; ++c)
            columns.append(QString::fromUtf8(sqlite3_column_name(st.handle(), c)));
    } else {
        for (const QByteArray& c : t.columns.split(','))
            columns.append(QString::fromLatin1(c.trimmed()));
    }
    QJsonArray rows;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        QJsonArray row;
        for (int c = 0; c < n; ++c) {
            auto v = cell(st.handle(), c);
            if (!v)
                return v.status();
            row.append(*v);
        }
        rows.append(row);
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, failedRead());
    return QJsonObject { { QStringLiteral("columns"), columns }, { QStringLiteral("rows"), rows } };
}

Result<QSet<QString>> copyColumns(sqlite3* db, const char* table)
{
    Statement st(db, (QByteArray("PRAGMA main.table_info(") + table + ")").constData());
    QSet<QString> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.insert(st.text(1));
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, failedWrite());
    if (QByteArray(table) == "entry_search")
        out.insert(QStringLiteral("docid"));
    return out;
}

struct Applied {
    int inserted = 0;
    int updated = 0;
    int appointments = 0;
    int promises = 0;
};

Result<Applied> applyTable(sqlite3* db, const Table& t, const QJsonObject& data, QStringList& conflicts)
{
    Applied out;
    const QJsonArray columns = data.value(QStringLiteral("columns")).toArray();
    auto known = copyColumns(db, t.name);
    if (!known)
        return known.status();
    QStringList cols;
    for (const QJsonValue& c : columns) {
        if (!c.isString() || !known->contains(c.toString()) || cols.contains(c.toString()))
            return bad();
        cols << c.toString();
    }
    std::vector<int> keyAt;
    for (const QString& k : t.key) {
        if (!cols.contains(k))
            return bad();
        keyAt.push_back(int(cols.indexOf(k)));
    }
    const int kindAt = QByteArray(t.name) == "appointment" ? int(cols.indexOf(QStringLiteral("kind"))) : -1;
    QStringList where;
    for (int i = 0; i < int(t.key.size()); ++i)
        where << QStringLiteral("%1 = ?%2").arg(t.key[i]).arg(i + 1);
    const QString table = QString::fromLatin1(t.name);
    Statement find(db,
        QStringLiteral("SELECT %1 FROM main.%2 WHERE %3")
            .arg(cols.join(QStringLiteral(", ")), table, where.join(QStringLiteral(" AND ")))
            .toUtf8()
            .constData());
    QStringList params, sets;
    for (int i = 0; i < int(cols.size()); ++i) {
        params << QStringLiteral("?%1").arg(i + 1);
        sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
    }
    QStringList updateWhere;
    for (int i = 0; i < int(keyAt.size()); ++i)
        updateWhere << QStringLiteral("%1 = ?%2").arg(t.key[i]).arg(keyAt[std::size_t(i)] + 1);
    Statement insert(db,
        QStringLiteral("INSERT INTO main.%1(%2) VALUES (%3)")
            .arg(table, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")))
            .toUtf8()
            .constData());
    Statement update(db,
        QStringLiteral("UPDATE main.%1 SET %2 WHERE %3")
            .arg(table, sets.join(QStringLiteral(", ")), updateWhere.join(QStringLiteral(" AND ")))
            .toUtf8()
            .constData());
    if (!find.isValid() || !insert.isValid() || !update.isValid())
        return sqlError(db, SQLITE_ERROR, failedWrite());
    for (const QJsonValue& rv : data.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray row = rv.toArray();
        if (row.size() != cols.size())
            return bad();
        find.reset();
        for (int i = 0; i < int(keyAt.size()); ++i)
            if (!bindCell(find, i + 1, row[keyAt[std::size_t(i)]]))
                return bad();
        const int rc = find.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return sqlError(db, rc, failedWrite());
        bool same = rc == SQLITE_ROW;
        for (int i = 0; same && i < int(cols.size()); ++i)
            same = sameCell(find.handle(), i, row[i]);
        if (same)
            continue;
        if (rc == SQLITE_ROW && t.change == Change::Fixed) {
            conflicts << UpdateContent::tr("%1 %2").arg(table, row[keyAt.front()].toVariant().toString());
            continue;
        }
        Statement& write = rc == SQLITE_ROW ? update : insert;
        write.reset();
        for (int i = 0; i < int(cols.size()); ++i)
            if (!bindCell(write, i + 1, row[i]))
                return bad();
        if (Status s = write.exec(failedWrite()); !s)
            return s;
        ++(rc == SQLITE_ROW ? out.updated : out.inserted);
        if (kindAt >= 0)
            ++(row[kindAt].toString() == QLatin1String("toezegging") ? out.promises : out.appointments);
    }
    return out;
}

Result<int> applyHidden(sqlite3* db, const QJsonArray& hidden, QStringList& conflicts)
{
    Statement entry(db, "SELECT current_revision_id FROM main.entry WHERE id = ?1");
    Statement revision(db, "SELECT entry_id FROM main.entry_revision WHERE id = ?1");
    Statement insert(db,
        "INSERT INTO main.entry_revision(id, entry_id, rev, text, section, recorded_at, label, visible_to_parent, "
        "changed_by) VALUES (?1, ?2, ?3, '', '', ?4, 'onbeoordeeld', 0, ?5)");
    Statement point(db,
        "UPDATE main.entry SET current_revision_id = ?2, label = 'onbeoordeeld', section = '', visible_to_parent = 0 "
        "WHERE id = ?1");
    Statement unsearch(db, "DELETE FROM main.entry_search WHERE docid = ?1");
    int n = 0;
    for (const QJsonValue& hv : hidden) {
        const QJsonArray h = hv.toArray();
        if (h.size() != 5 || !h[0].isDouble() || !h[1].isDouble() || !h[2].isDouble() || !h[3].isString()
            || !h[4].isString())
            return bad();
        const std::int64_t entryId = std::int64_t(h[0].toInteger()), revId = std::int64_t(h[1].toInteger());
        entry.reset();
        entry.bind(1, entryId);
        if (entry.step() != SQLITE_ROW || entry.optionalInt(0) == std::optional<std::int64_t>(revId))
            continue; // never in this copy, or already hidden here
        revision.reset();
        revision.bind(1, revId);
        const int rc = revision.step();
        if (rc == SQLITE_ROW && revision.integer(0) != entryId) {
            conflicts << UpdateContent::tr("entry_revision %1").arg(revId);
            continue;
        }
        if (rc != SQLITE_ROW) {
            insert.reset();
            insert.bind(1, revId).bind(2, entryId).bind(3, std::int64_t(h[2].toInteger())).bind(4, h[3].toString());
            insert.bind(5, h[4].toString());
            if (Status s = insert.exec(failedWrite()); !s)
                return s;
        }
        point.reset();
        point.bind(1, entryId).bind(2, revId);
        unsearch.reset();
        unsearch.bind(1, entryId);
        if (Status s = point.exec(failedWrite()); !s)
            return s;
        if (Status s = unsearch.exec(failedWrite()); !s)
            return s;
        ++n;
    }
    return n;
}

} // namespace

Result<QJsonObject> UpdateContent::collect(Vault& professional, Id personId)
{
    auto audience = Audience::parentOf(professional, personId);
    if (!audience)
        return audience.status();
    sqlite3* db = professional.db();
    Statement name(db, "SELECT name FROM person WHERE id = ?1");
    name.bind(1, personId);
    if (name.step() != SQLITE_ROW)
        return Status(ErrorCode::NotFound, failedRead());
    const QString legacyName = QStringLiteral("%1 (%2)").arg(name.text(0), toString(Role::Ouder));
    Statement asOf(db, "SELECT coalesce(max(seq), 0) FROM audit");
    if (asOf.step() != SQLITE_ROW)
        return Status(ErrorCode::Damaged, failedRead());
    QJsonObject out { { QStringLiteral("as_of"), qint64(asOf.integer(0)) } };
    // One read transaction: every table is read from the same state. Rolled back at the end, with
    // the temporary selection.
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const QByteArray& sql : parentSelection(*audience))
        if (Status s = runParentSelection(db, sql, personId, legacyName); !s)
            return s;
    QJsonObject rows;
    for (const Table& t : tables()) {
        auto table = readTable(db, t);
        if (!table)
            return table.status();
        rows.insert(QString::fromLatin1(t.name), *table);
    }
    out.insert(QStringLiteral("tables"), rows);
    Statement hidden(db, kHidden);
    QJsonArray marks;
    int rc;
    while ((rc = hidden.step()) == SQLITE_ROW)
        marks.append(QJsonArray { qint64(hidden.integer(0)), qint64(hidden.integer(1)), qint64(hidden.integer(2)),
            hidden.text(3), hidden.text(4) });
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, failedRead());
    out.insert(QStringLiteral("hidden"), marks);
    sqlite3_exec(db, kDropParentSelection, nullptr, nullptr, nullptr);
    return out;
}

Result<UpdateContentReport> UpdateContent::apply(sqlite3* db, const QJsonObject& content)
{
    if (Status s = execSql(db, "PRAGMA defer_foreign_keys = ON", failedWrite()); !s)
        return s;
    const QJsonObject data = content.value(QStringLiteral("tables")).toObject();
    QSet<QString> names;
    for (const Table& t : tables())
        names.insert(QString::fromLatin1(t.name));
    for (auto it = data.begin(); it != data.end(); ++it)
        if (!names.contains(it.key()))
            return bad();
    UpdateContentReport report;
    QStringList conflicts;
    for (const Table& t : tables()) {
        const QString name = QString::fromLatin1(t.name);
        if (!data.contains(name))
            continue;
        auto applied = applyTable(db, t, data.value(name).toObject(), conflicts);
        if (!applied)
            return applied.status();
        if (name == QLatin1String("entry")) {
            report.newEntries += applied->inserted;
            report.changedEntries += applied->updated;
        } else if (name == QLatin1String("dossier") || name == QLatin1String("dossier_child")) {
            report.caseInfo = std::max(report.caseInfo, applied->inserted + applied->updated > 0 ? 1 : 0);
        } else if (name == QLatin1String("appointment")) {
            report.appointments += applied->appointments;
            report.promises += applied->promises;
        } else if (name == QLatin1String("concept_release")) {
            report.concepts += applied->inserted;
        } else if (name != QLatin1String("entry_search") && name != QLatin1String("entry_revision")
                   && name != QLatin1String("concept_release_entry")) {
            report.otherRows += applied->inserted + applied->updated;
        }
    }
    auto hidden = applyHidden(db, content.value(QStringLiteral("hidden")).toArray(), conflicts);
    if (!hidden)
        return hidden.status();
    report.hiddenEntries = *hidden;
    if (!conflicts.isEmpty())
        return Status(ErrorCode::InvalidInput,
            tr("Het updatebestand spreekt op %n plaats(en) tegen wat dit ouderexemplaar al heeft (%1). Er is niets "
               "ingelezen; vraag de professional om een nieuw ouderexemplaar.",
                nullptr, int(conflicts.size()))
                .arg(conflicts.mid(0, 3).join(QStringLiteral("; "))));
    if (report.newEntries + report.changedEntries + report.hiddenEntries > 0) {
        if (Status s = execSql(db,
                "UPDATE main.entry_label_count SET n = (SELECT count(*) FROM main.entry e WHERE e.label = "
                "entry_label_count.label AND e.visible_to_parent = entry_label_count.visible_to_parent)",
                failedWrite());
            !s)
            return s;
    }
    return report;
}

namespace {

std::int64_t storedAsOf(sqlite3* db)
{
    Statement st(db, "SELECT value FROM main.meta WHERE key = 'update_as_of'");
    return st.step() == SQLITE_ROW ? st.text(0).toLongLong() : 0;
}

} // namespace

Status UpdateContent::checkNotOlder(sqlite3* db, std::int64_t asOf)
{
    const std::int64_t held = storedAsOf(db);
    if (asOf < held)
        return Status(ErrorCode::InvalidInput,
            tr("Dit updatebestand is ouder (stand %1) dan wat dit ouderexemplaar al heeft (stand %2). Er is niets "
               "ingelezen; lees het nieuwste updatebestand in.")
                .arg(asOf)
                .arg(held));
    return {};
}

Status UpdateContent::record(sqlite3* db, const Actor& actor, const QString& exchangeId, std::int64_t asOf,
    const UpdateContentReport& report, int answerRows)
{
    if (asOf > storedAsOf(db)) {
        Statement meta(db, "INSERT OR REPLACE INTO main.meta(key, value) VALUES ('update_as_of', ?1)");
        meta.bind(1, QString::number(asOf));
        if (Status s = meta.exec(failedWrite()); !s)
            return s;
    }
    if (Status s = AuditChain::append(db,
            { actor.describe(), QStringLiteral("parent-copy.update"), QStringLiteral("exchange:%1").arg(exchangeId), {},
                QStringLiteral("as_of=%1; new_entries=%2; changed_entries=%3; hidden_entries=%4; case_info=%5; "
                               "appointments=%6; promises=%7; other_rows=%8; answer_rows=%9; concepts=%10")
                    .arg(asOf)
                    .arg(report.newEntries)
                    .arg(report.changedEntries)
                    .arg(report.hiddenEntries)
                    .arg(report.caseInfo)
                    .arg(report.appointments)
                    .arg(report.promises)
                    .arg(report.otherRows)
                    .arg(answerRows)
                    .arg(report.concepts) });
        !s)
        return s;
    if (report.newEntries + report.changedEntries + report.hiddenEntries == 0)
        return {};
    auto entries = parentCopyEntriesRecord(db);
    if (!entries)
        return entries.status();
    return AuditChain::append(db,
        { actor.describe(), QString::fromLatin1(kParentCopyEntriesAction),
            QStringLiteral("exchange:%1").arg(exchangeId), {}, *entries });
}

} // namespace inzage
