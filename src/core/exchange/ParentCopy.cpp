#include "exchange/ParentCopy.h"
#include "exchange/ParentSelection.h"

#include "audit/AuditChain.h"
#include "audit/EntryCheck.h"
#include "dossier/Access.h"
#include "dossier/Audience.h"
#include "dossier/CaseFile.h"
#include "vault/NewFile.h"
#include "vault/NewVault.h"
#include "vault/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sodium.h>

namespace inzage {

namespace {

const char* kSchema = "parent_copy";

const QString& failed()
{
    static const QString what = QCoreApplication::translate("inzage::ParentCopy", "Het ouderexemplaar kon niet worden gemaakt.");
    return what;
}

} // namespace

// What the parent may see, as temporary id lists on the professional's connection, selected by the
// parent's Audience. Everything copied below (and every update file) selects through these.
std::vector<QByteArray> parentSelection(const Audience& parent)
{
    return {
        "CREATE TEMP TABLE pc_entry(id INTEGER PRIMARY KEY)",
        "INSERT INTO temp.pc_entry SELECT e.id FROM main.entry e WHERE 1 " + parent.entryClause("e"),
        "CREATE TEMP TABLE pc_revision(id INTEGER PRIMARY KEY)",
        "INSERT INTO temp.pc_revision SELECT r.id FROM main.entry_revision r "
        "WHERE r.entry_id IN (SELECT id FROM temp.pc_entry) "
            + parent.revisionClause("r"),
        // Answers of unknown owner (made before schema 2) go to the parent whose name wrote them.
        "CREATE TEMP TABLE pc_answer(id INTEGER PRIMARY KEY)",
        "INSERT INTO temp.pc_answer SELECT a.id FROM main.answer a WHERE a.entry_id IN (SELECT id FROM temp.pc_entry) "
        "AND (a.owner_person_id = :person OR a.id IN (SELECT answer_id FROM main.answer_share WHERE person_id = :person) "
        "OR (a.owner_person_id IS NULL AND EXISTS (SELECT 1 FROM main.answer_revision ar WHERE ar.answer_id = a.id "
        "AND ar.rev = 1 AND ar.changed_by = :legacy)))",
        // Only persons the copy refers to: a name that occurs only beside hidden entries stays out.
        "CREATE TEMP TABLE pc_person(id INTEGER PRIMARY KEY)",
        "INSERT OR IGNORE INTO temp.pc_person "
        "SELECT person_id FROM main.spoken_to WHERE revision_id IN (SELECT id FROM temp.pc_revision) "
        "UNION SELECT author_id FROM main.entry_revision WHERE id IN (SELECT id FROM temp.pc_revision) AND author_id IS "
        "NOT NULL "
        "UNION SELECT holder_id FROM main.entry_revision WHERE id IN (SELECT id FROM temp.pc_revision) AND holder_id IS "
        "NOT NULL "
        "UNION SELECT person_id FROM main.source_approval WHERE revision_id IN (SELECT id FROM temp.pc_revision) "
        "UNION SELECT person_id FROM main.appointment WHERE person_id IS NOT NULL "
        "UNION SELECT person_id FROM main.dossier_child "
        "UNION SELECT contact_person_id FROM main.dossier WHERE contact_person_id IS NOT NULL "
        "UNION SELECT backup_person_id FROM main.dossier WHERE backup_person_id IS NOT NULL "
        "UNION SELECT owner_person_id FROM main.answer WHERE id IN (SELECT id FROM temp.pc_answer) AND owner_person_id "
        "IS NOT NULL "
        "UNION SELECT :person",
    };
}

const char* const kDropParentSelection = "DROP TABLE IF EXISTS temp.pc_entry; DROP TABLE IF EXISTS temp.pc_revision; "
                             "DROP TABLE IF EXISTS temp.pc_answer; DROP TABLE IF EXISTS temp.pc_person;";

namespace {

std::vector<QByteArray> copyStatements()
{
    return {
        "INSERT INTO parent_copy.person(id, name, role, relation, organisation, phone, birth_date, shielded, "
        "shield_reason) SELECT "
            + Audience::maskedPersonColumns("p") + " FROM main.person p WHERE p.id IN (SELECT id FROM temp.pc_person)",
        "INSERT INTO parent_copy.dossier SELECT * FROM main.dossier",
        "INSERT INTO parent_copy.dossier_child SELECT * FROM main.dossier_child",
        "INSERT INTO parent_copy.appointment SELECT * FROM main.appointment",
        // label, section and visible_to_parent are the current revision's, kept on entry for lists.
        "INSERT INTO parent_copy.entry(id, position, created_at, current_revision_id, label, section, "
        "visible_to_parent) SELECT id, position, created_at, current_revision_id, label, section, visible_to_parent "
        "FROM main.entry WHERE id IN (SELECT id FROM temp.pc_entry)",
        // An entry removed from the report by a newer version of its document stays, marked: the
        // parent sees what was once written and that it is no longer in the report.
        "INSERT INTO parent_copy.document SELECT * FROM main.document WHERE id IN (SELECT v.document_id FROM "
        "main.document_version v JOIN main.entry_removal x ON x.version_id = v.id WHERE x.entry_id IN (SELECT id "
        "FROM temp.pc_entry))",
        "INSERT INTO parent_copy.document_version SELECT * FROM main.document_version WHERE id IN (SELECT version_id "
        "FROM main.entry_removal WHERE entry_id IN (SELECT id FROM temp.pc_entry))",
        "INSERT INTO parent_copy.entry_removal SELECT * FROM main.entry_removal WHERE entry_id IN (SELECT id FROM "
        "temp.pc_entry)",
        "INSERT INTO parent_copy.entry_revision(id, entry_id, rev, text, section, event_date, recorded_at, author_id, "
        "label, basis_kind, basis_detail, holder_id, visible_to_parent, changed_by, change_note) "
        "SELECT r.id, r.entry_id, r.rev, r.text, r.section, r.event_date, r.recorded_at, r.author_id, r.label, "
        "r.basis_kind, "
            + Audience::maskedBasisDetail("r")
            + ", r.holder_id, r.visible_to_parent, r.changed_by, r.change_note FROM main.entry_revision r "
              "WHERE r.id IN (SELECT id FROM temp.pc_revision)",
        "INSERT INTO parent_copy.spoken_to(id, revision_id, person_id, spoken_on, method) "
        "SELECT id, revision_id, person_id, spoken_on, method FROM main.spoken_to "
        "WHERE revision_id IN (SELECT id FROM temp.pc_revision)",
        // Approvals of copied revisions; who approved is a copied person, masked like any other.
        "INSERT INTO parent_copy.source_approval(id, revision_id, person_id, approved_on, method, recorded_at, "
        "recorded_by) SELECT id, revision_id, person_id, approved_on, method, recorded_at, recorded_by "
        "FROM main.source_approval WHERE revision_id IN (SELECT id FROM temp.pc_revision)",
        // Not "feit_entry_id IN (…)": with both columns of the primary key under an IN, SQLite seeks
        // every pair of the two lists (copied revisions × copied entries): 68 s for 20,000 entries.
        "INSERT INTO parent_copy.mening_basis(revision_id, feit_entry_id) SELECT m.revision_id, m.feit_entry_id "
        "FROM main.mening_basis m WHERE m.revision_id IN (SELECT id FROM temp.pc_revision) "
        "AND EXISTS (SELECT 1 FROM temp.pc_entry pe WHERE pe.id = m.feit_entry_id)",
        // "+docid": one scan of the search index's text in docid order. A plain "docid IN (…)" is
        // handed to FTS4 as one lookup per entry, each preparing its own statement (SQLite 3.15).
        "INSERT INTO parent_copy.entry_search(docid, folded) SELECT docid, folded FROM main.entry_search "
        "WHERE +docid IN (SELECT id FROM temp.pc_entry)",
        // The copy's counts per label are those of the entries it holds, which are all the parent sees.
        "UPDATE parent_copy.entry_label_count SET n = (SELECT count(*) FROM parent_copy.entry e "
        "WHERE e.label = entry_label_count.label AND e.visible_to_parent = entry_label_count.visible_to_parent)",
        "INSERT INTO parent_copy.answer(id, uid, entry_id, created_at, owner_person_id) "
        "SELECT id, uid, entry_id, created_at, owner_person_id FROM main.answer WHERE id IN (SELECT id FROM "
        "temp.pc_answer)",
        "INSERT INTO parent_copy.answer_revision(id, answer_id, rev, entry_rev, kind, text, changed_by, changed_at) "
        "SELECT id, answer_id, rev, entry_rev, kind, text, changed_by, changed_at FROM main.answer_revision "
        "WHERE answer_id IN (SELECT id FROM temp.pc_answer)",
        "INSERT INTO parent_copy.answer_handling(id, answer_id, seq, answer_rev, status, reply, handled_by, "
        "handled_at, changed_by) SELECT id, answer_id, seq, answer_rev, status, reply, handled_by, handled_at, "
        "changed_by FROM main.answer_handling WHERE answer_id IN (SELECT id FROM temp.pc_answer)",
        // Concepts sent to the parents, with only the entries in this copy.
        "INSERT INTO parent_copy.concept_release SELECT * FROM main.concept_release",
        "INSERT INTO parent_copy.concept_release_entry SELECT * FROM main.concept_release_entry "
        "WHERE entry_id IN (SELECT id FROM temp.pc_entry)",
        "INSERT INTO parent_copy.answer_extension(answer_id, until, reason, extended_at, extended_by) "
        "SELECT answer_id, until, reason, extended_at, extended_by FROM main.answer_extension "
        "WHERE answer_id IN (SELECT id FROM temp.pc_answer)",
    };
}

} // namespace

Status runParentSelection(sqlite3* db, const QByteArray& sql, Id person, const QString& legacyName)
{
    Statement st(db, sql.constData());
    if (!st.isValid())
        return sqlError(db, st.prepareCode(), failed());
    auto bindNamed = [&](const char* name, auto value) {
        const int i = sqlite3_bind_parameter_index(st.handle(), name);
        if (i > 0)
            st.bind(i, value);
    };
    bindNamed(":person", std::int64_t(person));
    bindNamed(":legacy", legacyName);
    return st.exec(failed());
}

namespace {

std::int64_t count(sqlite3* db, const char* sql)
{
    Statement st(db, sql);
    return st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

// The first rows of the new file, written while it is still open as its own vault: the kind of
// exchange it belongs to, its key, and the first audit row of its own chain.
Status initialise(Vault& copy, const Actor& actor, const QString& exchangeId, const QByteArray& key,
                  const QString& dossierUid, const Person& parent)
{
    sqlite3* db = copy.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString what = failed();
    Statement meta(db, "INSERT INTO meta(key, value) VALUES ('exchange_id', ?1), ('dossier_uid', ?2), "
                       "('parent_person_id', ?3), ('parent_name', ?4)");
    meta.bind(1, exchangeId).bind(2, dossierUid).bind(3, QString::number(parent.id)).bind(4, parent.name);
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

// The copy's own chain records a fingerprint of every entry it holds, so `verify` on the parent's
// side notices an entry changed in place afterwards.
Status sealEntries(const QString& temp, const QString& destination, const SecureBytes& passphrase,
                   const Actor& actor, const QString& exchangeId)
{
    auto copy = Vault::open(temp, passphrase);
    if (!copy)
        return copy.status();
    sqlite3* db = (*copy)->db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto record = parentCopyEntriesRecord(db);
    if (!record)
        return record.status();
    if (Status s = AuditChain::append(db, {actor.describe(), QString::fromLatin1(kParentCopyEntriesAction),
                                           QStringLiteral("exchange:%1").arg(exchangeId), {}, *record});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return NewVault::publish(*copy, destination);
}

} // namespace

Result<Person> ParentCopy::recipient(Vault& professional, const PersonRef& forPerson)
{
    Persons persons(professional, actorFor(professional, QStringLiteral("inzage")));
    if (forPerson.nameOrId.trimmed().isEmpty()) {
        auto all = persons.all();
        if (!all)
            return all.status();
        std::vector<Person> parents;
        QStringList names;
        for (const Person& p : *all) {
            if (p.role == PersonRole::Ouder && !p.shielded) {
                parents.push_back(p);
                names << p.name;
            }
        }
        if (parents.size() == 1)
            return parents.front();
        return Status(ErrorCode::Usage,
                      parents.empty()
                          ? QCoreApplication::translate("inzage::ParentCopy",
                                                        "Er staat geen ouder in dit dossier. Voeg eerst de ouder toe "
                                                        "(rol ouder) en maak dan het ouderexemplaar voor hem of haar.")
                          : QCoreApplication::translate("inzage::ParentCopy",
                                                        "Voor wie is dit ouderexemplaar? Er zijn %1 ouders: %2. Een "
                                                        "exemplaar is voor één persoon: kies voor wie.")
                                .arg(parents.size())
                                .arg(names.join(QStringLiteral(", "))));
    }
    PersonRef ref = forPerson;
    ref.addWhenMissing = false;
    auto id = persons.resolve(ref);
    if (!id)
        return id.status();
    auto p = persons.get(*id);
    if (!p)
        return p.status();
    if (p->role != PersonRole::Ouder && p->role != PersonRole::Kind)
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::ParentCopy",
                                                  "Een ouderexemplaar is voor een ouder of voor een kind vanaf 12 jaar; "
                                                  "%1 staat in het dossier als %2.")
                          .arg(p->name, toString(p->role)));
    if (p->shielded)
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::ParentCopy",
                                                  "%1 is een afgeschermde bron; voor een afgeschermde bron wordt geen "
                                                  "ouderexemplaar gemaakt.")
                          .arg(p->name));
    if (p->role == PersonRole::Kind) {
        Statement st(professional.db(), "SELECT birth_date FROM person WHERE id = ?1");
        st.bind(1, p->id);
        const QDate born = st.step() == SQLITE_ROW ? QDate::fromString(st.text(0), Qt::ISODate) : QDate();
        if (born.isValid() && born.addYears(12) > QDate::currentDate())
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::ParentCopy",
                                                      "%1 is jonger dan 12 jaar; een kind krijgt een eigen exemplaar "
                                                      "vanaf 12 jaar.")
                              .arg(p->name));
    }
    return p;
}

Result<ParentCopyReport> ParentCopy::create(Vault& professional, const Actor& who, const ParentCopyRequest& request,
                                            const SecureBytes& parentPassphrase)
{
    const Actor actor = actorFor(professional, who.name);
    const QString& destination = request.destination;
    if (professional.kind() == VaultKind::Ouderexemplaar)
        return Status(ErrorCode::Forbidden,
                      QCoreApplication::translate("inzage::ParentCopy",
                                                  "Dit is al een ouderexemplaar. Een ouderexemplaar maakt u vanuit het "
                                                  "dossier van de professional."));
    if (Status s = checkWrite(professional, actor, Write::CaseFile); !s)
        return s;
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(professional.path()).absoluteFilePath())
        return Status(ErrorCode::Exists, QCoreApplication::translate("inzage::ParentCopy",
                                                                     "Het ouderexemplaar kan niet over het dossier zelf heen."));
    // The parent's copy must not open with the professional's passphrase, nor the other way round.
    if (request.ownPassphrase && request.ownPassphrase->size() == parentPassphrase.size()
        && sodium_memcmp(request.ownPassphrase->data(), parentPassphrase.data(), parentPassphrase.size()) == 0)
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::ParentCopy",
                                                  "Kies voor het ouderexemplaar een ander wachtwoord dan dat van het "
                                                  "dossier zelf. Er is niets gemaakt."));
    auto parent = recipient(professional, request.forPerson);
    if (!parent)
        return parent.status();
    auto audience = Audience::parentOf(professional, parent->id);
    if (!audience)
        return audience.status();

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
    report.personId = parent->id;
    report.personName = parent->name;
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), std::size_t(key.size()));

    // Made under a temporary name and given the destination's name only when it is whole and
    // sealed: a parent-copy killed half-way leaves no file there that opens as a dossier.
    QString temp;
    {
        auto copy = NewVault::create(destination, parentPassphrase, {request.kdf, VaultKind::Ouderexemplaar});
        if (!copy)
            return copy.status();
        temp = (*copy)->path();
        if (Status s = initialise(**copy, actor, report.exchangeId, key, info->uid, *parent); !s) {
            NewVault::discard(*copy);
            sodium_memzero(key.data(), std::size_t(key.size()));
            return s;
        }
    } // closed here, so the attach below is the only connection to it

    sqlite3* db = professional.db();
    if (Status s = professional.attach(temp, parentPassphrase, kSchema); !s) {
        NewFile::discard(temp);
        sodium_memzero(key.data(), std::size_t(key.size()));
        return s;
    }
    // The whole copy is written in one transaction: with the default 2 MiB page cache the new
    // file's pages were spilled, read back and decrypted again while its tables and search index
    // grew (the revision rows took three times as long). The setting ends with the detach.
    // Both caches large for the copy's one pass (measured at 100,000 entries: 8.6 s → 7.5 s): each
    // page read again from disk is decrypted again, and OpenSSL 3 pays a fixed cost per page.
    // The professional's own cache is set back after the detach.
    // The copy is still a temporary file that is removed when anything fails and synced whole before
    // it gets its name (NewVault::publish), so while it is filled it needs neither a write-ahead log
    // nor a sync per commit: its pages are encrypted and written once (COMMIT 2.5 s → 0.9 s at
    // 100,000 entries). Opened again for the seal, it is a WAL vault like any other.
    if (Status s = execSql(db,
            "PRAGMA parent_copy.cache_size = -262144; PRAGMA main.cache_size = -131072; "
            "PRAGMA parent_copy.journal_mode = MEMORY; PRAGMA parent_copy.synchronous = OFF",
            failed());
        !s) {
        (void)professional.detach(kSchema);
        NewFile::discard(temp);
        sodium_memzero(key.data(), std::size_t(key.size()));
        return s;
    }
    const QString legacyName = QStringLiteral("%1 (%2)").arg(parent->name, toString(Role::Ouder));
    Status result = [&]() -> Status {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        for (const QByteArray& sql : parentSelection(*audience)) {
            if (Status s = runParentSelection(db, sql, parent->id, legacyName); !s)
                return s;
        }
        for (const QByteArray& sql : copyStatements()) {
            if (Status s = runParentSelection(db, sql, parent->id, legacyName); !s)
                return s;
        }
        Statement k(db, "INSERT INTO main.exchange_key(exchange_id, key, created_at, note, person_id) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)");
        k.bind(1, report.exchangeId).bindBlob(2, key).bind(3, nowUtc()).bind(4, QFileInfo(destination).fileName());
        k.bind(5, parent->id);
        if (Status s = k.exec(failed()); !s)
            return s;
        Statement link(
            db, "INSERT INTO main.exchange_answer(exchange_id, answer_id) SELECT ?1, id FROM temp.pc_answer");
        link.bind(1, report.exchangeId);
        if (Status s = link.exec(failed()); !s)
            return s;
        report.entries = int(count(db, "SELECT count(*) FROM temp.pc_entry"));
        report.leftOut = int(count(db, "SELECT count(*) FROM main.entry")) - report.entries;
        report.answers = int(count(db, "SELECT count(*) FROM temp.pc_answer"));
        report.shieldedPersons = int(count(db, "SELECT count(*) FROM parent_copy.person WHERE shielded = 1"));
        if (Status s = AuditChain::append(db,
                { actor.describe(), QStringLiteral("parent-copy.make"),
                    QStringLiteral("exchange:%1").arg(report.exchangeId), {},
                    QStringLiteral("for=person:%1; entries=%2; left_out=%3; answers=%4; file=%5")
                        .arg(parent->id)
                        .arg(report.entries)
                        .arg(report.leftOut)
                        .arg(report.answers)
                        .arg(QFileInfo(destination).fileName()) });
            !s)
            return s;
        return tx.commit();
    }();
    sqlite3_exec(db, kDropParentSelection, nullptr, nullptr, nullptr);
    const Status detached = professional.detach(kSchema);
    sqlite3_exec(db, kVaultCacheSizePragma, nullptr, nullptr, nullptr);
    sodium_memzero(key.data(), std::size_t(key.size()));
    if (result && !detached)
        result = detached;
    if (result)
        result = sealEntries(temp, destination, parentPassphrase, actor, report.exchangeId);
    if (!result) {
        NewFile::discard(temp);
        return result;
    }
    return report;
}

} // namespace inzage
