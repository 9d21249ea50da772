#include "exchange/DocumentImport.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/Entries.h"
#include "exchange/SentenceMatcher.h"
#include "vault/Sql.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace inzage {

namespace {

struct OldSentence {
    Id entryId = 0;
    QString norm;
};

Result<std::optional<Id>> findDocument(sqlite3* db, const QString& name)
{
    Statement st(db, "SELECT id FROM document WHERE name = ?1");
    st.bind(1, name);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return std::optional<Id>(st.integer(0));
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, DocumentImport::tr("document lezen"));
    return std::optional<Id>();
}

} // namespace

QString DocumentImport::defaultName(const QString& path)
{
    return QFileInfo(path).completeBaseName();
}

Result<bool> DocumentImport::isRemoved(Vault& vault, Id entryId)
{
    Statement st(vault.db(), "SELECT count(*) FROM entry_removal WHERE entry_id = ?1");
    st.bind(1, entryId);
    if (const int rc = st.step(); rc != SQLITE_ROW)
        return sqlError(vault.db(), rc, DocumentImport::tr("verwijderde notities lezen"));
    return st.integer(0) > 0;
}

Result<DocumentImportResult> DocumentImport::run(Vault& vault, const Actor& actor, const Document& doc,
    const QString& documentName, const QString& fileName, const QByteArray& fileBytes)
{
    if (Status s = checkWrite(vault, actor, Write::CaseFile); !s)
        return s;
    const Actor who = actorFor(vault, actor.name);
    const QString name = documentName.trimmed();
    if (name.isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Het document heeft geen naam. Geef een naam op."));
    const std::vector<DocumentSentence> sentences = sentencesOf(doc);
    if (sentences.empty())
        return Status(ErrorCode::InvalidInput, tr("In dit document staan geen zinnen om te importeren."));
    for (const DocumentSentence& s : sentences)
        if (s.text.size() > Entries::kMaxTextLength)
            return Status(ErrorCode::InvalidInput,
                tr("Een alinea in dit document is langer dan %1 tekens zonder zinseinde. Er is niets "
                   "geïmporteerd.")
                    .arg(Entries::kMaxTextLength));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256).toHex());

    sqlite3* db = vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString now = nowUtc();

    DocumentImportResult result;
    result.document = name;
    result.hadTrackedChanges = doc.hadTrackedChanges;

    auto existing = findDocument(db, name);
    if (!existing)
        return existing.status();
    Id documentId = 0;
    std::vector<OldSentence> old;
    if (*existing) {
        documentId = **existing;
        Statement last(db,
            "SELECT id, version, file_hash FROM document_version WHERE document_id = ?1 "
            "ORDER BY version DESC LIMIT 1");
        last.bind(1, documentId);
        int rc = last.step();
        if (rc != SQLITE_ROW)
            return sqlError(db, rc, DocumentImport::tr("documentversie lezen"));
        result.version = int(last.integer(1)) + 1;
        if (last.text(2) == hash) {
            result.unchanged = true;
            result.version -= 1;
            return result; // nothing written: the transaction rolls back empty
        }
        Statement rows(db, "SELECT entry_id, norm_text FROM entry_source WHERE version_id = ?1 ORDER BY ord");
        rows.bind(1, last.integer(0));
        while ((rc = rows.step()) == SQLITE_ROW)
            old.push_back(OldSentence { rows.integer(0), rows.text(1) });
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, DocumentImport::tr("zinnen van de vorige versie lezen"));
    } else {
        result.version = 1;
        Statement ins(db, "INSERT INTO document(name, created_at, created_by) VALUES (?1, ?2, ?3)");
        ins.bind(1, name).bind(2, now).bind(3, who.describe());
        if (Status s = ins.exec(DocumentImport::tr("document vastleggen")); !s)
            return s;
        documentId = sqlite3_last_insert_rowid(db);
    }

    QStringList oldNorm, newNorm;
    for (const OldSentence& o : old)
        oldNorm << o.norm;
    for (const DocumentSentence& s : sentences)
        newNorm << normaliseSentence(s.text);
    const std::vector<int> match = matchSentences(oldNorm, newNorm);

    Entries entries(vault, actor);
    const QString note = tr("import %1, versie %2").arg(name).arg(result.version);
    std::vector<Id> entryOf(sentences.size(), 0);
    std::vector<EntryContent> fresh;
    std::vector<std::size_t> freshIndex;
    std::vector<bool> oldUsed(old.size(), false);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        if (match[i] < 0) {
            EntryContent c;
            c.text = sentences[i].text;
            c.section = sentences[i].section;
            fresh.push_back(c);
            freshIndex.push_back(i);
            continue;
        }
        const OldSentence& o = old[std::size_t(match[i])];
        oldUsed[std::size_t(match[i])] = true;
        entryOf[i] = o.entryId;
        auto current = entries.get(o.entryId);
        if (!current)
            return current.status();
        const bool textChanged = o.norm != newNorm[qsizetype(i)];
        if (textChanged || current->content.section != sentences[i].section) {
            EntryContent c = current->content;
            if (textChanged)
                c.text = sentences[i].text;
            c.section = sentences[i].section;
            if (Status s = entries.revise(o.entryId, c, note); !s)
                return s;
        }
        (textChanged ? result.changed : result.kept).push_back(o.entryId);
    }
    if (!fresh.empty()) {
        auto ids = entries.addAll(fresh, note);
        if (!ids)
            return ids.status();
        for (std::size_t k = 0; k < ids->size(); ++k)
            entryOf[freshIndex[k]] = (*ids)[k];
        result.added = *ids;
    }
    for (std::size_t j = 0; j < old.size(); ++j)
        if (!oldUsed[j])
            result.removed.push_back(old[j].entryId);

    Statement version(db,
        "INSERT INTO document_version(document_id, version, file_name, file_hash, imported_at, "
        "imported_by, had_tracked_changes, kept, changed, removed, added) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    version.bind(1, documentId)
        .bind(2, result.version)
        .bind(3, QFileInfo(fileName).fileName())
        .bind(4, hash)
        .bind(5, now)
        .bind(6, who.describe())
        .bind(7, doc.hadTrackedChanges ? 1 : 0)
        .bind(8, int(result.kept.size()))
        .bind(9, int(result.changed.size()))
        .bind(10, int(result.removed.size()))
        .bind(11, int(result.added.size()));
    if (Status s = version.exec(DocumentImport::tr("documentversie vastleggen")); !s)
        return s;
    const Id versionId = sqlite3_last_insert_rowid(db);

    Statement source(db, "INSERT INTO entry_source(version_id, ord, entry_id, norm_text) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        source.reset();
        source.bind(1, versionId).bind(2, int(i)).bind(3, entryOf[i]).bind(4, newNorm[qsizetype(i)]);
        if (Status s = source.exec(DocumentImport::tr("herkomst van een notitie vastleggen")); !s)
            return s;
    }
    AuditChain::Appender audit(db);
    Statement removal(
        db, "INSERT INTO entry_removal(entry_id, version_id, removed_at, removed_by) VALUES (?1, ?2, ?3, ?4)");
    for (Id id : result.removed) {
        removal.reset();
        removal.bind(1, id).bind(2, versionId).bind(3, now).bind(4, who.describe());
        if (Status s = removal.exec(DocumentImport::tr("notitie als verwijderd markeren")); !s)
            return s;
        if (Status s = audit.append(
                AuditRecord { who.describe(), QStringLiteral("entry.remove"), QStringLiteral("entry:%1").arg(id), {},
                    QStringLiteral("removed in %1 version %2").arg(name).arg(result.version) });
            !s)
            return s;
    }
    if (Status s = audit.append(AuditRecord { who.describe(), QStringLiteral("document.import"),
            QStringLiteral("document:%1").arg(documentId), {},
            QStringLiteral("name=%1; version=%2; sha256=%3; kept=%4; changed=%5; "
                           "removed=%6; added=%7; tracked_changes=%8")
                .arg(name)
                .arg(result.version)
                .arg(hash)
                .arg(result.kept.size())
                .arg(result.changed.size())
                .arg(result.removed.size())
                .arg(result.added.size())
                .arg(doc.hadTrackedChanges ? 1 : 0) });
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return result;
}

} // namespace inzage
