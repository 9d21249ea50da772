#include "exchange/ParentCopy.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/CaseFile.h"
#include "vault/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sodium.h>

namespace inzage {

namespace {

const char* kSchema = "parent_copy";

// What the parent may see, as temporary id lists on the professional's connection. Everything
// copied below selects through these, so one definition decides visibility.
const char* kSelection[] = {
    "CREATE TEMP TABLE pc_entry AS SELECT e.id FROM main.entry e "
    "JOIN main.entry_revision r ON r.id = e.current_revision_id WHERE r.visible_to_parent = 1",
    "CREATE TEMP TABLE pc_revision AS SELECT r.id FROM main.entry_revision r "
    "WHERE r.visible_to_parent = 1 AND r.entry_id IN (SELECT id FROM temp.pc_entry)",
    "CREATE TEMP TABLE pc_answer AS SELECT a.id FROM main.answer a WHERE a.entry_id IN (SELECT id FROM temp.pc_entry)",
    // Only persons the copy refers to: a name that occurs only beside hidden entries stays out.
    "CREATE TEMP TABLE pc_person AS "
    "SELECT person_id AS id FROM main.spoken_to WHERE revision_id IN (SELECT id FROM temp.pc_revision) "
    "UNION SELECT author_id FROM main.entry_revision WHERE id IN (SELECT id FROM temp.pc_revision) AND author_id IS "
    "NOT NULL "
    "UNION SELECT holder_id FROM main.entry_revision WHERE id IN (SELECT id FROM temp.pc_revision) AND holder_id IS "
    "NOT NULL "
    "UNION SELECT person_id FROM main.appointment WHERE person_id IS NOT NULL "
    "UNION SELECT person_id FROM main.dossier_child "
    "UNION SELECT contact_person_id FROM main.dossier WHERE contact_person_id IS NOT NULL "
    "UNION SELECT backup_person_id FROM main.dossier WHERE backup_person_id IS NOT NULL",
};

const char* kDropSelection = "DROP TABLE IF EXISTS temp.pc_entry; DROP TABLE IF EXISTS temp.pc_revision; "
                             "DROP TABLE IF EXISTS temp.pc_answer; DROP TABLE IF EXISTS temp.pc_person;";

const char* kCopy[] = {
    "INSERT INTO parent_copy.person(id, name, role, relation, organisation, phone, birth_date, shielded, "
    "shield_reason) "
    "SELECT id, CASE WHEN shielded THEN 'Afgeschermde bron' ELSE name END, role, "
    "CASE WHEN shielded THEN '' ELSE relation END, CASE WHEN shielded THEN '' ELSE organisation END, "
    "CASE WHEN shielded THEN '' ELSE phone END, CASE WHEN shielded THEN NULL ELSE birth_date END, "
    "shielded, shield_reason FROM main.person WHERE id IN (SELECT id FROM temp.pc_person)",
    "INSERT INTO parent_copy.dossier SELECT * FROM main.dossier",
    "INSERT INTO parent_copy.dossier_child SELECT * FROM main.dossier_child",
    "INSERT INTO parent_copy.appointment SELECT * FROM main.appointment",
    // label, section and visible_to_parent are the current revision's, kept on entry for lists.
    "INSERT INTO parent_copy.entry(id, position, created_at, current_revision_id, label, section, visible_to_parent) "
    "SELECT id, position, created_at, current_revision_id, label, section, visible_to_parent FROM main.entry "
    "WHERE id IN (SELECT id FROM temp.pc_entry)",
    "INSERT INTO parent_copy.entry_revision(id, entry_id, rev, text, section, event_date, recorded_at, author_id, "
    "label, "
    "basis_kind, basis_detail, holder_id, visible_to_parent, changed_by, change_note) "
    "SELECT id, entry_id, rev, text, section, event_date, recorded_at, author_id, label, basis_kind, basis_detail, "
    "holder_id, visible_to_parent, changed_by, change_note FROM main.entry_revision "
    "WHERE id IN (SELECT id FROM temp.pc_revision)",
    "INSERT INTO parent_copy.spoken_to(id, revision_id, person_id, spoken_on, method) "
    "SELECT id, revision_id, person_id, spoken_on, method FROM main.spoken_to "
    "WHERE revision_id IN (SELECT id FROM temp.pc_revision)",
    "INSERT INTO parent_copy.mening_basis(revision_id, feit_entry_id) SELECT revision_id, feit_entry_id "
    "FROM main.mening_basis WHERE revision_id IN (SELECT id FROM temp.pc_revision) "
    "AND feit_entry_id IN (SELECT id FROM temp.pc_entry)",
    "INSERT INTO parent_copy.entry_search(docid, folded) SELECT docid, folded FROM main.entry_search "
    "WHERE docid IN (SELECT id FROM temp.pc_entry)",
    "INSERT INTO parent_copy.answer(id, uid, entry_id, created_at) SELECT id, uid, entry_id, created_at "
    "FROM main.answer WHERE id IN (SELECT id FROM temp.pc_answer)",
    "INSERT INTO parent_copy.answer_revision(id, answer_id, rev, entry_rev, kind, text, changed_by, changed_at) "
    "SELECT id, answer_id, rev, entry_rev, kind, text, changed_by, changed_at FROM main.answer_revision "
    "WHERE answer_id IN (SELECT id FROM temp.pc_answer)",
    "INSERT INTO parent_copy.answer_handling(id, answer_id, seq, answer_rev, status, reply, handled_by, handled_at, "
    "changed_by) SELECT id, answer_id, seq, answer_rev, status, reply, handled_by, handled_at, changed_by "
    "FROM main.answer_handling WHERE answer_id IN (SELECT id FROM temp.pc_answer)",
};

std::int64_t count(sqlite3* db, const char* sql)
{
    Statement st(db, sql);
    return st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

void removeFile(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// The first rows of the new file, written while it is still open as its own vault: the kind of
// exchange it belongs to, its key, and the first audit row of its own chain.
Status initialise(
    Vault& copy, const Actor& actor, const QString& exchangeId, const QByteArray& key, const QString& dossierUid)
{
    sqlite3* db = copy.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString what = QStringLiteral("Het ouderexemplaar kon niet worden gemaakt.");
    Statement meta(db, "INSERT INTO meta(key, value) VALUES ('exchange_id', ?1), ('dossier_uid', ?2)");
    meta.bind(1, exchangeId).bind(2, dossierUid);
    if (Status s = meta.exec(what); !s)
        return s;
    Statement k(
        db, "INSERT INTO exchange_key(exchange_id, key, created_at, note) VALUES (?1, ?2, ?3, 'dit ouderexemplaar')");
    k.bind(1, exchangeId).bindBlob(2, key).bind(3, nowUtc());
    if (Status s = k.exec(what); !s)
        return s;
    if (Status s = AuditChain::append(db,
            { actor.describe(), QStringLiteral("parent-copy.create"), QStringLiteral("exchange:%1").arg(exchangeId), {},
                QStringLiteral("dossier=%1").arg(dossierUid) });
        !s)
        return s;
    return tx.commit();
}

} // namespace

Result<ParentCopyReport> ParentCopy::create(Vault& professional, const Actor& actor, const QString& destination,
    const SecureBytes& parentPassphrase, const KdfParams& kdf)
{
    if (professional.kind() == VaultKind::Ouderexemplaar)
        return Status(ErrorCode::Forbidden,
            QStringLiteral("Dit is al een ouderexemplaar. Een ouderexemplaar maakt u vanuit het dossier "
                           "van de professional."));
    if (Status s = checkWrite(professional, actor, Write::CaseFile); !s)
        return s;
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(professional.path()).absoluteFilePath())
        return Status(ErrorCode::Exists, QStringLiteral("Het ouderexemplaar kan niet over het dossier zelf heen."));

    // Answer and update files name the dossier, so it needs a uid before the first copy.
    CaseFile caseFile(professional, actor);
    auto info = caseFile.info();
    if (!info)
        return info.status();
    if (info->uid.isEmpty()) {
        if (Status s = caseFile.setInfo(*info); !s)
            return s;
        info = caseFile.info();
        if (!info)
            return info.status();
    }

    ParentCopyReport report;
    report.exchangeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), std::size_t(key.size()));

    {
        auto copy = Vault::create(destination, parentPassphrase, { kdf, VaultKind::Ouderexemplaar });
        if (!copy)
            return copy.status();
        if (Status s = initialise(**copy, actor, report.exchangeId, key, info->uid); !s) {
            copy->reset();
            removeFile(destination);
            sodium_memzero(key.data(), std::size_t(key.size()));
            return s;
        }
    } // closed here, so the attach below is the only connection to it

    sqlite3* db = professional.db();
    if (Status s = professional.attach(destination, parentPassphrase, kSchema); !s) {
        removeFile(destination);
        sodium_memzero(key.data(), std::size_t(key.size()));
        return s;
    }
    const QString what = QStringLiteral("Het ouderexemplaar kon niet worden gemaakt.");
    Status result = [&]() -> Status {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        for (const char* sql : kSelection) {
            if (Status s = execSql(db, sql, what); !s)
                return s;
        }
        for (const char* sql : kCopy) {
            if (Status s = execSql(db, sql, what); !s)
                return s;
        }
        Statement k(db, "INSERT INTO main.exchange_key(exchange_id, key, created_at, note) VALUES (?1, ?2, ?3, ?4)");
        k.bind(1, report.exchangeId).bindBlob(2, key).bind(3, nowUtc()).bind(4, QFileInfo(destination).fileName());
        if (Status s = k.exec(what); !s)
            return s;
        Statement link(
            db, "INSERT INTO main.exchange_answer(exchange_id, answer_id) SELECT ?1, id FROM temp.pc_answer");
        link.bind(1, report.exchangeId);
        if (Status s = link.exec(what); !s)
            return s;
        report.entries = int(count(db, "SELECT count(*) FROM temp.pc_entry"));
        report.leftOut = int(count(db, "SELECT count(*) FROM main.entry")) - report.entries;
        report.answers = int(count(db, "SELECT count(*) FROM temp.pc_answer"));
        report.shieldedPersons = int(count(db, "SELECT count(*) FROM parent_copy.person WHERE shielded = 1"));
        if (Status s = AuditChain::append(db,
                { actor.describe(), QStringLiteral("parent-copy.make"),
                    QStringLiteral("exchange:%1").arg(report.exchangeId), {},
                    QStringLiteral("entries=%1; left_out=%2; answers=%3; file=%4")
                        .arg(report.entries)
                        .arg(report.leftOut)
                        .arg(report.answers)
                        .arg(QFileInfo(destination).fileName()) });
            !s)
            return s;
        return tx.commit();
    }();
    sqlite3_exec(db, kDropSelection, nullptr, nullptr, nullptr);
    const Status detached = professional.detach(kSchema);
    sodium_memzero(key.data(), std::size_t(key.size()));
    if (result && !detached)
        result = detached;
    if (!result) {
        removeFile(destination);
        return result;
    }
    return report;
}

} // namespace inzage
