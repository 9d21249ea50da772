#include "dossier/Answers.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "vault/Sql.h"

#include <QUuid>

namespace inzage {

namespace {

const char* kSelect =
    "SELECT a.id, a.uid, a.entry_id, a.entry_rev, a.created_at, v.rev, v.kind, v.text, v.status, v.reply, "
    "v.handled_by, v.handled_at, v.changed_by, v.changed_at, "
    "(SELECT r.rev FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id WHERE e.id = a.entry_id) "
    "FROM answer a JOIN answer_revision v ON v.answer_id = a.id ";

Answer readAnswer(const Statement& st)
{
    Answer a;
    a.id = st.integer(0);
    a.uid = st.text(1);
    a.entryId = st.integer(2);
    a.entryRev = int(st.integer(3));
    a.createdAt = st.text(4);
    a.rev = int(st.integer(5));
    a.kind = parse<AnswerKind>(st.text(6)).value_or(AnswerKind::Vraag);
    a.text = st.text(7);
    a.status = parse<AnswerStatus>(st.text(8)).value_or(AnswerStatus::Verstuurd);
    a.reply = st.text(9);
    a.handledBy = st.text(10);
    a.handledAt = st.text(11);
    a.changedBy = st.text(12);
    a.changedAt = st.text(13);
    a.entryChangedSince = !st.isNull(14) && st.integer(14) != a.entryRev;
    return a;
}

QString describe(const Answer& a)
{
    return QStringLiteral("rev=%1; kind=%2; status=%3; text=%4; reply=%5")
        .arg(a.rev)
        .arg(toString(a.kind), toString(a.status), textFingerprint(a.text), textFingerprint(a.reply));
}

} // namespace

Status Answers::validate(AnswerKind kind, const QString& text)
{
    if (text.trimmed().isEmpty() && kind != AnswerKind::Klopt)
        return Status(ErrorCode::InvalidInput,
                      QStringLiteral("Uw reactie is nog leeg. Schrijf in een paar woorden wat u wilt zeggen."));
    if (text.size() > kMaxTextLength)
        return Status(ErrorCode::InvalidInput,
                      QStringLiteral("Uw reactie is te lang: %1 tekens, er passen er %2. Maak hem korter of "
                                     "verdeel hem over meer reacties. Er is niets opgeslagen.")
                          .arg(text.size())
                          .arg(kMaxTextLength));
    return Status::ok();
}

Status Answers::appendRevision(Id answerId, int rev, const Answer& a)
{
    Statement ins(m_vault.db(),
                  "INSERT INTO answer_revision(answer_id, rev, kind, text, status, reply, handled_by, handled_at, "
                  "changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    ins.bind(1, answerId).bind(2, rev).bind(3, toString(a.kind)).bind(4, a.text).bind(5, toString(a.status));
    ins.bind(6, a.reply).bind(7, a.handledBy).bindOptional(8, a.handledAt).bind(9, m_actor.describe()).bind(10, nowUtc());
    if (Status s = ins.exec(QStringLiteral("De reactie kon niet worden opgeslagen.")); !s)
        return s;
    Statement cur(m_vault.db(), "UPDATE answer SET current_revision_id = ?1 WHERE id = ?2");
    cur.bind(1, Id(sqlite3_last_insert_rowid(m_vault.db()))).bind(2, answerId);
    return cur.exec(QStringLiteral("De reactie kon niet worden opgeslagen."));
}

Result<Answer> Answers::add(Id entryId, AnswerKind kind, const QString& text)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::Answer); !s)
        return s;
    if (Status s = validate(kind, text); !s)
        return s;
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Statement rev(db, "SELECT r.rev FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id WHERE e.id = ?1");
    rev.bind(1, entryId);
    if (rev.step() != SQLITE_ROW)
        return Status(ErrorCode::NotFound,
                      QStringLiteral("De notitie waarop u reageert bestaat niet (meer). Uw reactie is niet opgeslagen."));
    Answer a;
    a.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.entryId = entryId;
    a.entryRev = int(rev.integer(0));
    a.kind = kind;
    a.text = text;
    a.rev = 1;
    Statement ins(db, "INSERT INTO answer(uid, entry_id, entry_rev, created_at) VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, a.uid).bind(2, entryId).bind(3, a.entryRev).bind(4, nowUtc());
    if (Status s = ins.exec(QStringLiteral("De reactie kon niet worden opgeslagen.")); !s)
        return s;
    a.id = sqlite3_last_insert_rowid(db);
    if (Status s = appendRevision(a.id, 1, a); !s)
        return s;
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("answer.add"),
                                           QStringLiteral("answer:%1 entry:%2").arg(a.uid).arg(entryId), {},
                                           describe(a)});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return get(a.id);
}

Status Answers::revise(Id answerId, AnswerKind kind, const QString& text)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::Answer); !s)
        return s;
    if (Status s = validate(kind, text); !s)
        return s;
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    auto old = get(answerId);
    if (!old)
        return old.status();
    Answer a = *old;
    a.kind = kind;
    a.text = text;
    a.status = AnswerStatus::Verstuurd; // a changed answer goes back to the professional
    // The reply answered the old text; it stays readable in the history, not under the new text.
    a.reply.clear();
    a.handledBy.clear();
    a.handledAt.clear();
    a.rev = old->rev + 1;
    if (Status s = appendRevision(answerId, a.rev, a); !s)
        return s;
    if (Status s = AuditChain::append(m_vault.db(), {m_actor.describe(), QStringLiteral("answer.revise"),
                                                     QStringLiteral("answer:%1").arg(a.uid), describe(*old), describe(a)});
        !s)
        return s;
    return tx.commit();
}

Status Answers::handle(Id answerId, AnswerStatus status, const QString& reply)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::AnswerHandling); !s)
        return s;
    if (status == AnswerStatus::Afgewezen && reply.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QStringLiteral("Een afgewezen reactie heeft een reden nodig; de ouder ziet die reden."));
    if (reply.size() > kMaxTextLength)
        return Status(ErrorCode::InvalidInput, QStringLiteral("Het antwoord is te lang."));
    Transaction tx(m_vault.db());
    if (!tx.begun())
        return tx.begun();
    auto old = get(answerId);
    if (!old)
        return old.status();
    Answer a = *old;
    a.status = status;
    a.reply = reply;
    a.handledBy = m_actor.name;
    a.handledAt = nowUtc();
    a.rev = old->rev + 1;
    if (Status s = appendRevision(answerId, a.rev, a); !s)
        return s;
    if (Status s = AuditChain::append(m_vault.db(), {m_actor.describe(), QStringLiteral("answer.status"),
                                                     QStringLiteral("answer:%1").arg(a.uid), describe(*old), describe(a)});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<Answer>> Answers::query(const char* where, Id arg) const
{
    Statement st(m_vault.db(), (QByteArray(kSelect) + where).constData());
    st.bind(1, arg);
    std::vector<Answer> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back(readAnswer(st));
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, QStringLiteral("De reacties konden niet worden gelezen."));
    return out;
}

Result<Answer> Answers::get(Id answerId) const
{
    auto r = query("WHERE a.id = ?1 AND v.id = a.current_revision_id", answerId);
    if (!r)
        return r.status();
    if (r->empty())
        return Status(ErrorCode::NotFound, QStringLiteral("Reactie %1 bestaat niet.").arg(answerId));
    return r->front();
}

Result<std::vector<Answer>> Answers::forEntry(Id entryId) const
{
    return query("WHERE a.entry_id = ?1 AND v.id = a.current_revision_id ORDER BY a.id", entryId);
}

Result<std::vector<Answer>> Answers::all() const
{
    return query("WHERE ?1 = ?1 AND v.id = a.current_revision_id ORDER BY a.id", 0);
}

Result<std::vector<Answer>> Answers::history(Id answerId) const
{
    auto r = query("WHERE a.id = ?1 ORDER BY v.rev", answerId);
    if (r && r->empty())
        return Status(ErrorCode::NotFound, QStringLiteral("Reactie %1 bestaat niet.").arg(answerId));
    return r;
}

} // namespace inzage
