#include "audit/EntryCheck.h"

#include "audit/EntryFingerprint.h"
#include "vault/Sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <sodium.h>

#include <map>
#include <unordered_map>

namespace inzage {

namespace {

// One pass over the entries, each with its current revision, in position order. Everything the
// check needs comes from this one statement: no statement per entry.
const char* kEntriesSql = "SELECT e.id, e.label, e.section, e.visible_to_parent, e.current_revision_id, "
                          "r.id, r.entry_id, r.rev, r.label, r.section, r.visible_to_parent, r.text, "
                          "(SELECT max(m.rev) FROM entry_revision m WHERE m.entry_id = e.id), "
                          "(SELECT count(*) FROM entry_revision m WHERE m.entry_id = e.id), "
                          "(SELECT count(*) FROM spoken_to s WHERE s.revision_id = r.id) "
                          "FROM entry e LEFT JOIN entry_revision r ON r.id = e.current_revision_id "
                          "ORDER BY e.position, e.id";
// The same columns for the parent copy's record, which needs neither the revision count nor the
// highest revision (those are for the structural check): two lookups an entry fewer.
const char* kRecordSql = "SELECT e.id, e.label, e.section, e.visible_to_parent, e.current_revision_id, "
                         "r.id, r.entry_id, r.rev, r.label, r.section, r.visible_to_parent, r.text, 0, 0, "
                         "(SELECT count(*) FROM spoken_to s WHERE s.revision_id = r.id) "
                         "FROM entry e LEFT JOIN entry_revision r ON r.id = e.current_revision_id "
                         "ORDER BY e.position, e.id";

struct EntryRow {
    Id id = 0;
    QString label, section;
    bool visible = true;
    bool hasRevision = false;
    Id revisionEntryId = 0;
    std::int64_t rev = 0;
    QString revLabel, revSection;
    bool revVisible = true;
    QString text;
    std::int64_t maxRev = 0;
    std::int64_t revisionCount = 0;
    std::int64_t spokenTo = 0;

    QString describe() const { return describeRevision(int(rev), revLabel, revSection, spokenTo, revVisible, text); }
};

// Calls visit(row) for every entry in position order; stops early when visit returns false.
template <typename Visit> Status forEachEntry(sqlite3* db, Visit visit, const char* sql = kEntriesSql)
{
    Statement st(db, sql);
    if (!st.isValid())
        return sqlError(db, st.prepareCode(), EntryCheck::tr("De notities konden niet worden gecontroleerd."));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        EntryRow r;
        r.id = st.integer(0);
        r.label = st.text(1);
        r.section = st.text(2);
        r.visible = st.integer(3) != 0;
        r.hasRevision = !st.isNull(5);
        r.revisionEntryId = st.integer(6);
        r.rev = st.integer(7);
        r.revLabel = st.text(8);
        r.revSection = st.text(9);
        r.revVisible = st.integer(10) != 0;
        r.text = st.text(11);
        r.maxRev = st.integer(12);
        r.revisionCount = st.integer(13);
        r.spokenTo = st.integer(14);
        if (!visit(r))
            return Status::ok();
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, EntryCheck::tr("De notities konden niet worden gecontroleerd."));
    return Status::ok();
}

class Digest {
public:
    Digest() { crypto_generichash_init(&m_state, nullptr, 0, 32); }
    void add(Id id, const QString& description)
    {
        const QByteArray line = QByteArray::number(qint64(id)) + '|' + description.toUtf8() + '\n';
        crypto_generichash_update(
            &m_state, reinterpret_cast<const unsigned char*>(line.constData()), std::size_t(line.size()));
    }
    QString hex()
    {
        unsigned char out[32];
        crypto_generichash_final(&m_state, out, sizeof out);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
    }

private:
    crypto_generichash_state m_state;
};

// The parts of a description ("rev=2; label=feit; section=…; …"), by key, in their fixed order.
std::map<QString, QString> fieldsOf(const QString& description)
{
    static const char* keys[] = { "rev", "label", "section", "spoken_to", "visible", "text" };
    std::map<QString, QString> out;
    qsizetype from = 0;
    for (std::size_t i = 0; i < std::size(keys); ++i) {
        const QString key = QString::fromLatin1(keys[i]) + QLatin1Char('=');
        const qsizetype at = description.indexOf(key, from);
        if (at < 0)
            break;
        const qsizetype valueAt = at + key.size();
        qsizetype end = description.size();
        if (i + 1 < std::size(keys)) {
            const qsizetype next
                = description.indexOf(QStringLiteral("; ") + QLatin1String(keys[i + 1]) + '=', valueAt);
            if (next >= 0)
                end = next;
        }
        out[QString::fromLatin1(keys[i])] = description.mid(valueAt, end - valueAt);
        from = end;
    }
    return out;
}

// In words, which parts of the entry differ from what the audit row recorded.
QString whatDiffers(const QString& recorded, const QString& now)
{
    const auto a = fieldsOf(recorded);
    const auto b = fieldsOf(now);
    const std::pair<const char*, const char*> names[] = {
        { "text", QT_TRANSLATE_NOOP("inzage::EntryCheck", "de tekst") },
        { "label", QT_TRANSLATE_NOOP("inzage::EntryCheck", "het label") },
        { "section", QT_TRANSLATE_NOOP("inzage::EntryCheck", "het onderdeel") },
        { "spoken_to", QT_TRANSLATE_NOOP("inzage::EntryCheck", "met wie er gesproken is") },
        { "visible", QT_TRANSLATE_NOOP("inzage::EntryCheck", "of de ouder de notitie ziet") },
        { "rev", QT_TRANSLATE_NOOP("inzage::EntryCheck", "het versienummer") },
    };
    QStringList parts;
    for (const auto& [key, name] : names) {
        const QString k = QString::fromLatin1(key);
        const auto ia = a.find(k);
        const auto ib = b.find(k);
        if (ia == a.end() || ib == b.end() || ia->second != ib->second)
            parts << EntryCheck::tr(name);
    }
    if (parts.isEmpty())
        parts << EntryCheck::tr("de beschrijving");
    return parts.join(QStringLiteral(", "));
}

// Problems every file can have, professional's vault or parent copy: an empty string when none.
QString structuralProblem(const EntryRow& r, bool professional)
{
    if (!r.hasRevision)
        return EntryCheck::tr("Notitie %1 heeft geen huidige versie meer: die is verwijderd.").arg(r.id);
    if (r.revisionEntryId != r.id)
        return EntryCheck::tr("Notitie %1 toont een versie van een andere notitie (%2).")
            .arg(r.id)
            .arg(r.revisionEntryId);
    if (r.rev != r.maxRev)
        return EntryCheck::tr("Notitie %1 toont versie %2, maar er is een nieuwere versie %3.")
            .arg(r.id)
            .arg(r.rev)
            .arg(r.maxRev);
    if (professional && r.revisionCount != r.maxRev)
        return EntryCheck::tr("Van notitie %1 ontbreken eerdere versies: er zijn er %2, de laatste is versie %3.")
            .arg(r.id)
            .arg(r.revisionCount)
            .arg(r.maxRev);
    if (r.label != r.revLabel)
        return EntryCheck::tr("Bij notitie %1 staat in de lijst het label %2, in de notitie zelf %3.")
            .arg(r.id)
            .arg(r.label, r.revLabel);
    if (r.section != r.revSection)
        return EntryCheck::tr("Bij notitie %1 staat in de lijst het onderdeel \"%2\", in de notitie zelf \"%3\".")
            .arg(r.id)
            .arg(r.section, r.revSection);
    if (r.visible != r.revVisible)
        return EntryCheck::tr(
            "Bij notitie %1 zegt de lijst iets anders over of de ouder de notitie ziet dan de notitie zelf.")
            .arg(r.id);
    return {};
}

Id entryIdOf(const QString& object)
{
    if (!object.startsWith(QLatin1String("entry:")))
        return 0;
    bool ok = false;
    const Id id = object.mid(6).toLongLong(&ok);
    return ok ? id : 0;
}

// The latest `after` per entry among entry.add/entry.revise rows: one pass over the chain.
Result<std::unordered_map<Id, QString>> latestAudited(sqlite3* db)
{
    std::unordered_map<Id, QString> latest;
    Statement st(db, "SELECT object, after FROM audit WHERE action IN ('entry.add', 'entry.revise') ORDER BY seq");
    if (!st.isValid())
        return sqlError(db, st.prepareCode(), EntryCheck::tr("Het logboek kon niet worden gelezen."));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (const Id id = entryIdOf(st.text(0)); id > 0)
            latest[id] = st.text(1);
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, EntryCheck::tr("Het logboek kon niet worden gelezen."));
    return latest;
}

// The latest parent-copy.entries row: its `after`, or empty when there is none.
Result<QString> latestParentCopyRecord(sqlite3* db)
{
    Statement st(db, "SELECT after FROM audit WHERE action = ?1 ORDER BY seq DESC LIMIT 1");
    st.bind(1, kParentCopyEntriesAction);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return st.text(0);
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, EntryCheck::tr("Het logboek kon niet worden gelezen."));
    return QString();
}

Result<EntryCheckVerdict> checkProfessional(sqlite3* db)
{
    auto audited = latestAudited(db);
    if (!audited)
        return audited.status();
    EntryCheckVerdict v;
    auto fail = [&v](Id id, const QString& problem) {
        v.intact = false;
        v.firstBadEntry = id;
        v.problem = problem;
    };
    Status s = forEachEntry(db, [&](const EntryRow& r) {
        ++v.entries;
        if (QString problem = structuralProblem(r, true); !problem.isEmpty()) {
            fail(r.id, problem);
            return false;
        }
        const auto it = audited->find(r.id);
        if (it == audited->end()) {
            fail(r.id,
                EntryCheck::tr("Notitie %1 staat niet in het logboek: ze is buiten Inzage om toegevoegd.").arg(r.id));
            return false;
        }
        const QString now = r.describe();
        if (now != it->second) {
            fail(r.id,
                EntryCheck::tr("Notitie %1 is buiten Inzage om veranderd: %2 klopt niet met wat het logboek vastlegde.")
                    .arg(r.id)
                    .arg(whatDiffers(it->second, now)));
            return false;
        }
        audited->erase(it);
        return true;
    });
    if (!s)
        return s;
    if (v.intact && !audited->empty()) {
        // What is left was audited but is no longer in the file: the smallest id is named.
        Id missing = 0;
        for (const auto& [id, after] : *audited)
            missing = missing == 0 ? id : std::min(missing, id);
        fail(missing,
            EntryCheck::tr("Notitie %1 staat in het logboek, maar ontbreekt in het dossier: ze is verwijderd.")
                .arg(missing));
    }
    return v;
}

Result<EntryCheckVerdict> checkParentCopy(sqlite3* db)
{
    auto record = latestParentCopyRecord(db);
    if (!record)
        return record.status();
    EntryCheckVerdict v;
    Digest digest;
    Status s = forEachEntry(db, [&](const EntryRow& r) {
        ++v.entries;
        if (QString problem = structuralProblem(r, false); !problem.isEmpty()) {
            v.intact = false;
            v.firstBadEntry = r.id;
            v.problem = problem;
            return false;
        }
        digest.add(r.id, r.describe());
        return true;
    });
    if (!s)
        return s;
    if (!v.intact)
        return v;
    if (record->isEmpty()) {
        v.note
            = EntryCheck::tr("geen vingerafdruk van de notities in dit ouderexemplaar (gemaakt met een oudere versie)");
        return v;
    }
    const QString now = QStringLiteral("entries=%1; digest=%2").arg(v.entries).arg(digest.hex());
    if (now != *record) {
        v.intact = false;
        const QString recordedCount = record->section(QLatin1Char(';'), 0, 0).section(QLatin1Char('='), 1);
        v.problem = recordedCount.toLongLong() != v.entries
            ? EntryCheck::tr(
                "Dit ouderexemplaar heeft nu %1 notities, bij het maken waren het er %2: er is iets buiten "
                "Inzage om veranderd.")
                  .arg(v.entries)
                  .arg(recordedCount)
            : EntryCheck::tr("De notities in dit ouderexemplaar zijn buiten Inzage om veranderd sinds het werd gemaakt "
                             "(de vingerafdruk klopt niet).");
    }
    return v;
}

} // namespace

Result<EntryCheckVerdict> EntryCheck::run(sqlite3* db, VaultKind kind)
{
    return kind == VaultKind::Ouderexemplaar ? checkParentCopy(db) : checkProfessional(db);
}

QString entriesDigest(sqlite3* db)
{
    Digest digest;
    const Status s = forEachEntry(db, [&](const EntryRow& r) {
        digest.add(r.id, r.hasRevision ? r.describe() : QString());
        return true;
    });
    return s ? digest.hex() : QString();
}

Result<QString> parentCopyEntriesRecord(sqlite3* db)
{
    Digest digest;
    std::int64_t count = 0;
    const Status s = forEachEntry(
        db,
        [&](const EntryRow& r) {
            ++count;
            digest.add(r.id, r.hasRevision ? r.describe() : QString());
            return true;
        },
        kRecordSql);
    if (!s)
        return s;
    return QStringLiteral("entries=%1; digest=%2").arg(count).arg(digest.hex());
}

} // namespace inzage
