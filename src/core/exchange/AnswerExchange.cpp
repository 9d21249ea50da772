#include "exchange/AnswerExchange.h"
#include "exchange/ExchangePayload.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/Answers.h"
#include "dossier/Audience.h"
#include "exchange/SealedFile.h"
#include "exchange/UpdateContent.h"
#include "vault/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace inzage {

namespace {

QString dossierUid(sqlite3* db)
{
    Statement st(db, "SELECT uid FROM dossier WHERE id = 1");
    return st.step() == SQLITE_ROW ? st.text(0) : QString();
}

QString metaValue(sqlite3* db, const char* key)
{
    Statement st(db, "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() == SQLITE_ROW ? st.text(0) : QString();
}

Result<QByteArray> exchangeKey(sqlite3* db, const QString& exchangeId)
{
    Statement st(db, "SELECT key FROM exchange_key WHERE exchange_id = ?1");
    st.bind(1, exchangeId);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return st.blob(0);
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, AnswerExchange::tr("De uitwisselingssleutel kon niet worden gelezen."));
    return Status(ErrorCode::NotFound, {});
}

// Every answer whose id is in `idsSql` (one parameter ?1), with its rows.
Result<QJsonArray> readAnswers(sqlite3* db, const char* idsSql, const QString& arg, bool withHandling)
{
    const QString what = AnswerExchange::tr("De reacties konden niet worden gelezen.");
    QJsonArray out;
    Statement a(db,
        (QByteArray("SELECT id, uid, entry_id, created_at, owner_person_id FROM answer WHERE id IN (") + idsSql
            + ") ORDER BY id")
            .constData());
    a.bind(1, arg);
    Statement r(db,
        "SELECT rev, entry_rev, kind, text, changed_by, changed_at FROM answer_revision "
        "WHERE answer_id = ?1 ORDER BY rev");
    Statement h(db,
        "SELECT seq, answer_rev, status, reply, handled_by, handled_at, changed_by FROM answer_handling "
        "WHERE answer_id = ?1 ORDER BY seq");
    Statement x(db, "SELECT until, reason, extended_at, extended_by FROM answer_extension WHERE answer_id = ?1");
    int rc;
    while ((rc = a.step()) == SQLITE_ROW) {
        QJsonArray revisions, handling;
        r.reset();
        r.bind(1, a.integer(0));
        int rrc;
        while ((rrc = r.step()) == SQLITE_ROW)
            revisions.append(QJsonObject { { QStringLiteral("rev"), qint64(r.integer(0)) },
                { QStringLiteral("entry_rev"), qint64(r.integer(1)) }, { QStringLiteral("kind"), r.text(2) },
                { QStringLiteral("text"), r.text(3) }, { QStringLiteral("changed_by"), r.text(4) },
                { QStringLiteral("changed_at"), r.text(5) } });
        if (rrc != SQLITE_DONE)
            return sqlError(db, rrc, what);
        if (withHandling) {
            h.reset();
            h.bind(1, a.integer(0));
            while ((rrc = h.step()) == SQLITE_ROW)
                handling.append(QJsonObject { { QStringLiteral("seq"), qint64(h.integer(0)) },
                    { QStringLiteral("answer_rev"), qint64(h.integer(1)) }, { QStringLiteral("status"), h.text(2) },
                    { QStringLiteral("reply"), h.text(3) }, { QStringLiteral("handled_by"), h.text(4) },
                    { QStringLiteral("handled_at"), h.text(5) }, { QStringLiteral("changed_by"), h.text(6) } });
            if (rrc != SQLITE_DONE)
                return sqlError(db, rrc, what);
        }
        QJsonObject o { { QStringLiteral("uid"), a.text(1) }, { QStringLiteral("entry_id"), qint64(a.integer(2)) },
            { QStringLiteral("created_at"), a.text(3) }, { QStringLiteral("revisions"), revisions } };
        if (withHandling)
            o.insert(QStringLiteral("handling"), handling);
        if (!a.isNull(4))
            o.insert(QStringLiteral("owner_person_id"), qint64(a.integer(4)));
        if (withHandling) {
            x.reset();
            x.bind(1, a.integer(0));
            rrc = x.step();
            if (rrc == SQLITE_ROW)
                o.insert(QStringLiteral("extension"),
                    QJsonObject { { QStringLiteral("until"), x.text(0) }, { QStringLiteral("reason"), x.text(1) },
                        { QStringLiteral("extended_at"), x.text(2) }, { QStringLiteral("extended_by"), x.text(3) } });
            else if (rrc != SQLITE_DONE)
                return sqlError(db, rrc, what);
        }
        out.append(o);
    }
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, what);
    return out;
}

Status writeSealed(SealedFile::Kind kind, const QString& uid, const QString& exchangeId, const QByteArray& key,
    const QJsonArray& answers, const QString& file, const QJsonObject& content = {})
{
    QJsonObject payload { { QStringLiteral("format"),
                                    kind == SealedFile::Kind::Answers ? QStringLiteral("inzage-antwoorden")
                                                                      : QStringLiteral("inzage-update") },
        { QStringLiteral("format_version"), SealedFile::kFormat }, { QStringLiteral("dossier"), uid },
        { QStringLiteral("exchange"), exchangeId }, { QStringLiteral("made_at"), nowUtc() },
        { QStringLiteral("answers"), answers } };
    if (kind == SealedFile::Kind::Update) {
        // Version 1 (no payload_version) carried statuses and replies only; 2 adds the content.
        payload.insert(QStringLiteral("payload_version"), UpdateContent::kPayloadVersion);
        payload.insert(QStringLiteral("content"), content);
    }
    QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray bytes = SealedFile::seal(kind, uid, exchangeId, key, plain);
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return writeNewFile(file, bytes);
}

// Inserts the rows the vault is missing, inside the caller's transaction. Refuses (and the
// caller rolls back) on an answer to a missing entry or a row that contradicts a stored one.
// sender: for an answer file, the parent the copy was made for (new answers become theirs, and
// they may add versions only to their own answers); empty for update files and old copies.
Result<ExchangeImportReport> merge(sqlite3* db, const Actor& actor, const std::vector<AnswerRows>& answers,
    const QString& linkExchange, std::optional<Id> sender, bool answerFile, std::optional<Id> receiver,
    std::vector<Id>& touched)
{
    const QString what = answerFile ? AnswerExchange::tr("Het antwoordbestand kon niet worden ingelezen.")
                                    : AnswerExchange::tr("Het updatebestand kon niet worden ingelezen.");
    ExchangeImportReport report;
    Statement findAnswer(db, "SELECT id, entry_id, owner_person_id FROM answer WHERE uid = ?1");
    Statement findEntry(db, "SELECT 1 FROM entry WHERE id = ?1");
    QStringList missingEntries, conflicts;
    for (const AnswerRows& a : answers) {
        findAnswer.reset();
        findAnswer.bind(1, a.uid);
        if (findAnswer.step() == SQLITE_ROW) {
            if (findAnswer.integer(1) != a.entryId)
                conflicts << AnswerExchange::tr("reactie %1 hoort hier bij notitie %2, in het bestand bij notitie %3")
                                 .arg(a.uid)
                                 .arg(findAnswer.integer(1))
                                 .arg(a.entryId);
            // A parent's file may add versions only to that parent's own answers.
            if (answerFile && sender && !findAnswer.isNull(2) && findAnswer.integer(2) != *sender)
                conflicts << AnswerExchange::tr("reactie %1 is van een andere ouder").arg(a.uid);
            continue;
        }
        findEntry.reset();
        findEntry.bind(1, a.entryId);
        if (findEntry.step() != SQLITE_ROW)
            missingEntries << QString::number(a.entryId);
    }
    if (!missingEntries.isEmpty()) {
        missingEntries.removeDuplicates();
        return Status(ErrorCode::NotFound,
            (answerFile ? AnswerExchange::tr("Het antwoordbestand bevat reacties op notities die in dit dossier niet "
                                             "(meer) bestaan (notitie %1). Er is niets ingelezen, ook de andere "
                                             "reacties niet; neem contact op met de professional.")
                        : AnswerExchange::tr("Het updatebestand bevat reacties op notities die in dit dossier niet "
                                             "(meer) bestaan (notitie %1). Er is niets ingelezen, ook de andere "
                                             "reacties niet; neem contact op met de professional."))
                .arg(missingEntries.join(QStringLiteral(", "))));
    }

    Statement insAnswer(db, "INSERT INTO answer(uid, entry_id, created_at, owner_person_id) VALUES (?1, ?2, ?3, ?4)");
    Statement findRev(db, "SELECT kind, text, entry_rev FROM answer_revision WHERE answer_id = ?1 AND rev = ?2");
    Statement insRev(db,
        "INSERT INTO answer_revision(answer_id, rev, entry_rev, kind, text, changed_by, changed_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement findHandling(
        db, "SELECT status, reply, answer_rev FROM answer_handling WHERE answer_id = ?1 AND seq = ?2");
    Statement insHandling(db,
        "INSERT INTO answer_handling(answer_id, seq, answer_rev, status, reply, handled_by, "
        "handled_at, changed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    Statement link(db, "INSERT OR IGNORE INTO exchange_answer(exchange_id, answer_id) VALUES (?1, ?2)");
    Statement findExtension(db, "SELECT until, reason FROM answer_extension WHERE answer_id = ?1");
    Statement insExtension(db,
        "INSERT INTO answer_extension(answer_id, until, reason, extended_at, extended_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement knownPerson(db, "SELECT 1 FROM person WHERE id = ?1");
    Statement insShare(db, "INSERT OR IGNORE INTO answer_share(answer_id, person_id, shared_at, shared_by) "
                           "VALUES (?1, ?2, ?3, ?4)");
    for (const AnswerRows& a : answers) {
        findAnswer.reset();
        findAnswer.bind(1, a.uid);
        Id id = 0;
        const bool isNew = findAnswer.step() != SQLITE_ROW;
        if (isNew) {
            // In a parent copy, an answer of another parent arrives only because the professional
            // shared it: it is kept as shared with this parent (read-only for them), under its owner
            // when the copy knows that person.
            std::optional<Id> owner = answerFile ? sender : a.ownerId;
            const bool sharedHere = !answerFile && a.ownerId && receiver && *a.ownerId != *receiver;
            if (sharedHere) {
                knownPerson.reset();
                knownPerson.bind(1, *a.ownerId);
                if (knownPerson.step() != SQLITE_ROW)
                    owner.reset();
            }
            insAnswer.reset();
            insAnswer.bind(1, a.uid).bind(2, a.entryId).bind(3, a.createdAt);
            insAnswer.bind(4, owner);
            if (Status s = insAnswer.exec(what); !s)
                return s;
            id = sqlite3_last_insert_rowid(db);
            ++report.newAnswers;
            if (sharedHere) {
                insShare.reset();
                insShare.bind(1, id).bind(2, *receiver).bind(3, nowUtc()).bind(4, actor.describe());
                if (Status s = insShare.exec(what); !s)
                    return s;
            }
        } else {
            id = findAnswer.integer(0);
        }
        int added = 0;
        QStringList addedWhat;
        for (const ContentRow& c : a.revisions) {
            findRev.reset();
            findRev.bind(1, id).bind(2, c.rev);
            if (findRev.step() == SQLITE_ROW) {
                if (findRev.text(0) != c.kind || findRev.text(1) != c.text || findRev.integer(2) != c.entryRev)
                    conflicts << AnswerExchange::tr("reactie %1 versie %2 staat hier anders opgeslagen")
                                     .arg(a.uid)
                                     .arg(c.rev);
                ++report.alreadyPresent;
                continue;
            }
            insRev.reset();
            insRev.bind(1, id).bind(2, c.rev).bind(3, c.entryRev).bind(4, c.kind).bind(5, c.text);
            insRev.bind(6, c.changedBy).bind(7, c.changedAt.isEmpty() ? nowUtc() : c.changedAt);
            if (Status s = insRev.exec(what); !s)
                return s;
            ++report.newRevisions;
            ++added;
            addedWhat << QStringLiteral("rev=%1 kind=%2 text=%3 by=%4")
                             .arg(c.rev)
                             .arg(c.kind, textFingerprint(c.text), c.changedBy);
        }
        for (const HandlingRow& h : a.handling) {
            findHandling.reset();
            findHandling.bind(1, id).bind(2, h.seq);
            if (findHandling.step() == SQLITE_ROW) {
                if (findHandling.text(0) != h.status || findHandling.text(1) != h.reply
                    || findHandling.integer(2) != h.answerRev)
                    conflicts << AnswerExchange::tr("afhandeling %1 van reactie %2 staat hier anders opgeslagen")
                                     .arg(h.seq)
                                     .arg(a.uid);
                ++report.alreadyPresent;
                continue;
            }
            insHandling.reset();
            insHandling.bind(1, id).bind(2, h.seq).bind(3, h.answerRev).bind(4, h.status).bind(5, h.reply);
            insHandling.bind(6, h.handledBy).bind(7, h.handledAt).bind(8, h.changedBy);
            if (Status s = insHandling.exec(what); !s)
                return s;
            ++report.newHandling;
            ++added;
            addedWhat << QStringLiteral("seq=%1 status=%2 reply=%3 by=%4")
                             .arg(h.seq)
                             .arg(h.status, textFingerprint(h.reply), h.changedBy);
        }
        if (a.extension) {
            findExtension.reset();
            findExtension.bind(1, id);
            const int xrc = findExtension.step();
            if (xrc == SQLITE_ROW) {
                if (findExtension.text(0) != a.extension->until || findExtension.text(1) != a.extension->reason)
                    conflicts << AnswerExchange::tr("de verlenging van reactie %1 staat hier anders opgeslagen")
                                     .arg(a.uid);
                ++report.alreadyPresent;
            } else if (xrc != SQLITE_DONE) {
                return sqlError(db, xrc, what);
            } else {
                insExtension.reset();
                insExtension.bind(1, id).bind(2, a.extension->until).bind(3, a.extension->reason);
                insExtension.bind(4, a.extension->extendedAt).bind(5, a.extension->extendedBy);
                if (Status s = insExtension.exec(what); !s)
                    return s;
                ++report.newExtensions;
                ++added;
                addedWhat << QStringLiteral("extension until=%1 reason=%2 by=%3")
                                 .arg(a.extension->until, textFingerprint(a.extension->reason),
                                     a.extension->extendedBy);
            }
        }
        if (!linkExchange.isEmpty()) {
            link.reset();
            link.bind(1, linkExchange).bind(2, id);
            if (Status s = link.exec(what); !s)
                return s;
        }
        touched.push_back(id);
        if (added > 0) {
            if (Status s = AuditChain::append(db,
                    { actor.describe(), QStringLiteral("answer.import"),
                        QStringLiteral("answer:%1 entry:%2").arg(a.uid).arg(a.entryId), {},
                        addedWhat.join(QStringLiteral("; ")) });
                !s)
                return s;
        }
    }
    if (!conflicts.isEmpty()) {
        const int n = int(conflicts.size());
        const QString message = answerFile
            ? AnswerExchange::tr(
                "Het antwoordbestand spreekt op %n plaats(en) tegen wat hier al staat (%1). Er is niets ingelezen.",
                nullptr, n)
            : AnswerExchange::tr(
                "Het updatebestand spreekt op %n plaats(en) tegen wat hier al staat (%1). Er is niets ingelezen.",
                nullptr, n);
        return Status(ErrorCode::InvalidInput, message.arg(conflicts.mid(0, 3).join(QStringLiteral("; "))));
    }
    return report;
}

struct Opened {
    SealedFile file;
    Payload payload;
};

// Reads, checks the dossier, finds the key, decrypts and parses: everything before any write.
Result<Opened> openFile(sqlite3* db, const QString& path, SealedFile::Kind kind)
{
    auto bytes = readSmallFile(path, SealedFile::kMaxSize);
    if (!bytes)
        return bytes.status();
    auto file = SealedFile::parse(*bytes, kind);
    if (!file)
        return file.status();
    const QString here = dossierUid(db);
    if (file->dossierUid != here)
        return Status(ErrorCode::InvalidInput,
            (kind == SealedFile::Kind::Answers
                    ? AnswerExchange::tr("Dit antwoordbestand hoort bij een ander dossier (kenmerk %1) dan dit "
                                         "dossier (kenmerk %2). Er is niets ingelezen.")
                    : AnswerExchange::tr("Dit updatebestand hoort bij een ander dossier (kenmerk %1) dan dit "
                                         "dossier (kenmerk %2). Er is niets ingelezen."))
                .arg(file->dossierUid, here));
    auto key = exchangeKey(db, file->exchangeId);
    if (!key) {
        if (key.code() != ErrorCode::NotFound)
            return key.status();
        return Status(ErrorCode::NotFound,
            kind == SealedFile::Kind::Answers
                ? AnswerExchange::tr("Dit antwoordbestand komt uit een ouderexemplaar dat niet vanuit dit "
                                     "dossierbestand is gemaakt (uitwisseling %1). Er is niets ingelezen.")
                      .arg(file->exchangeId)
                : AnswerExchange::tr("Dit updatebestand is voor een ander ouderexemplaar van dit dossier "
                                     "(uitwisseling %1). Er is niets ingelezen.")
                      .arg(file->exchangeId));
    }
    auto plain = file->open(*key);
    sodium_memzero(key->data(), std::size_t(key->size()));
    if (!plain)
        return plain.status();
    auto payload = parsePayload(*plain, kind, kind == SealedFile::Kind::Update);
    sodium_memzero(plain->data(), std::size_t(plain->size()));
    if (!payload)
        return payload.status();
    return Opened { *file, std::move(*payload) };
}

std::optional<Id> exchangePerson(sqlite3* db, const QString& exchangeId)
{
    Statement st(db, "SELECT person_id FROM exchange_key WHERE exchange_id = ?1");
    st.bind(1, exchangeId);
    return st.step() == SQLITE_ROW ? st.optionalInt(0) : std::nullopt;
}

Result<ExchangeImportReport> importFile(Vault& vault, const Actor& actor, const QString& path, SealedFile::Kind kind)
{
    sqlite3* db = vault.db();
    auto opened = openFile(db, path, kind);
    if (!opened)
        return opened.status();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    std::vector<Id> touched;
    const bool answerFile = kind == SealedFile::Kind::Answers;
    const Payload& payload = opened->payload;
    UpdateContentReport content;
    if (!payload.content.isEmpty()) {
        // New entries first: answers in the same file may be on them.
        if (Status s = UpdateContent::checkNotOlder(db, payload.asOf); !s)
            return s;
        auto applied = UpdateContent::apply(db, payload.content);
        if (!applied)
            return applied.status();
        content = *applied;
    }
    auto report = merge(db, actor, payload.answers, answerFile ? opened->file.exchangeId : QString(),
        answerFile ? exchangePerson(db, opened->file.exchangeId) : std::nullopt, answerFile,
        answerFile ? std::nullopt : vault.parentPersonId(), touched);
    if (!report)
        return report.status();
    report->content = content;
    if (report->changedNothing())
        return report; // rolled back: a second import leaves the file byte-identical
    if (!payload.content.isEmpty()) {
        if (Status s = UpdateContent::record(db, actor, opened->file.exchangeId, payload.asOf, content,
                report->newAnswers + report->newRevisions + report->newHandling + report->newExtensions);
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    Answers reader(vault, actor);
    for (Id id : touched) {
        auto a = reader.get(id);
        if (a && a->entryChangedSince)
            ++report->entryChangedSince;
    }
    return report;
}

} // namespace

Status AnswerExchange::exportAnswers(Vault& parentCopy, const QString& file)
{
    if (parentCopy.kind() != VaultKind::Ouderexemplaar)
        return Status(ErrorCode::Forbidden,
            tr("Een antwoordbestand maakt u vanuit het ouderexemplaar, niet vanuit het dossier van de "
               "professional."));
    sqlite3* db = parentCopy.db();
    const QString exchangeId = metaValue(db, "exchange_id");
    auto key = exchangeKey(db, exchangeId);
    if (!key)
        return Status(ErrorCode::Damaged,
            tr("Dit ouderexemplaar mist zijn uitwisselingssleutel; het is beschadigd. Vraag de professional "
               "om een nieuw exemplaar."));
    auto answers = readAnswers(db, "SELECT id FROM answer WHERE ?1 = ?1", QString(), false);
    Status s = answers ? writeSealed(SealedFile::Kind::Answers, dossierUid(db), exchangeId, *key, *answers, file)
                       : answers.status();
    sodium_memzero(key->data(), std::size_t(key->size()));
    return s;
}

Result<ExchangeImportReport> AnswerExchange::importAnswers(Vault& professional, const Actor& actor, const QString& file)
{
    if (professional.kind() != VaultKind::Professional)
        return Status(ErrorCode::Forbidden,
            tr("Een antwoordbestand leest u in in het dossier van de professional, niet in een "
               "ouderexemplaar."));
    if (Status s = checkWrite(professional, actor, Write::AnswerHandling); !s)
        return s;
    return importFile(professional, actor, file, SealedFile::Kind::Answers);
}

Result<QStringList> AnswerExchange::exchanges(Vault& professional)
{
    Statement st(professional.db(), "SELECT exchange_id FROM exchange_key ORDER BY created_at, rowid");
    QStringList out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out << st.text(0);
    if (rc != SQLITE_DONE)
        return sqlError(professional.db(), rc, tr("De ouderexemplaren konden niet worden gelezen."));
    return out;
}

Status AnswerExchange::exportUpdates(Vault& professional, const QString& exchangeId, const QString& file)
{
    if (professional.kind() != VaultKind::Professional)
        return Status(ErrorCode::Forbidden, tr("Een updatebestand maakt u vanuit het dossier van de professional."));
    auto all = exchanges(professional);
    if (!all)
        return all.status();
    QString id = exchangeId;
    if (id.isEmpty()) {
        if (all->isEmpty())
            return Status(ErrorCode::NotFound, tr("Er is nog geen ouderexemplaar gemaakt van dit dossier."));
        if (all->size() > 1)
            return Status(ErrorCode::Usage,
                tr("Er zijn %1 ouderexemplaren gemaakt; kies voor welk exemplaar (uitwisseling): %2.")
                    .arg(all->size())
                    .arg(all->join(QStringLiteral(", "))));
        id = all->front();
    } else if (!all->contains(id)) {
        return Status(ErrorCode::NotFound, tr("Geen ouderexemplaar met uitwisseling %1 in dit dossier.").arg(id));
    }
    sqlite3* db = professional.db();
    auto key = exchangeKey(db, id);
    if (!key)
        return key.status();
    // The answers of this copy: linked when it was made or read from its files, and since then the
    // parent's own and those the professional shared with them, on entries the parent can see.
    const std::optional<Id> person = exchangePerson(db, id);
    QByteArray ids = "SELECT answer_id FROM exchange_answer WHERE exchange_id = ?1";
    if (person) {
        const QByteArray p = QByteArray::number(qint64(*person));
        ids += " UNION SELECT a.id FROM answer a WHERE a.owner_person_id = " + p
            + " UNION SELECT answer_id FROM answer_share WHERE person_id = " + p;
    }
    ids = "SELECT x.answer_id FROM (" + ids
        + ") x JOIN answer v ON v.id = x.answer_id JOIN entry e ON e.id = v.entry_id "
          "WHERE e.visible_to_parent = 1";
    auto answers = readAnswers(db, ids.constData(), id, true);
    // A copy made before schema 2 names no person: its files carry statuses and replies only.
    Result<QJsonObject> content = person ? UpdateContent::collect(professional, *person) : Result<QJsonObject>(QJsonObject());
    Status s = !answers ? answers.status()
        : !content      ? content.status()
                        : writeSealed(SealedFile::Kind::Update, dossierUid(db), id, *key, *answers, file, *content);
    sodium_memzero(key->data(), std::size_t(key->size()));
    return s;
}

Result<ExchangeImportReport> AnswerExchange::importUpdates(Vault& parentCopy, const Actor& actor, const QString& file)
{
    if (parentCopy.kind() != VaultKind::Ouderexemplaar)
        return Status(ErrorCode::Forbidden,
            tr("Een updatebestand leest u in in het ouderexemplaar, niet in het dossier van de "
               "professional."));
    if (Status s = checkWrite(parentCopy, actor, Write::Answer); !s)
        return s;
    return importFile(parentCopy, actor, file, SealedFile::Kind::Update);
}

} // namespace inzage
