#include "dossier/Answers.h"
#include "dossier/AnswerChoices.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/Audience.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <map>
#include <tuple>

namespace inzage {

namespace {

// One step of an answer's life: a content revision by the parent, or a handling row by the
// professional. Steps sort by the content revision they belong to, content before its handling,
// handling rows by their sequence; so after a merge both sides show the same history.
struct Step {
    int contentRev = 0;
    int handlingSeq = 0; // 0 for a content revision
    // content
    int entryRev = 0;
    AnswerKind kind = AnswerKind::Vraag;
    QString text;
    // handling
    AnswerStatus status = AnswerStatus::Verstuurd;
    QString reply;
    QString handledBy;
    QString handledAt;
    // either
    QString changedBy;
    QString changedAt;

    bool operator<(const Step& o) const
    {
        return std::tie(contentRev, handlingSeq) < std::tie(o.contentRev, o.handlingSeq);
    }
};

struct Base {
    Id id = 0;
    QString uid;
    Id entryId = 0;
    std::optional<Id> ownerId;
    QString createdAt;
    std::optional<std::int64_t> entryCurrentRev;
    std::vector<Step> steps;
    std::optional<AnswerExtension> extension;
};

std::vector<Answer> timeline(const Base& b)
{
    std::vector<Step> steps = b.steps;
    std::sort(steps.begin(), steps.end());
    std::vector<Answer> out;
    Answer a;
    a.id = b.id;
    a.uid = b.uid;
    a.entryId = b.entryId;
    a.ownerId = b.ownerId;
    a.createdAt = b.createdAt;
    a.extension = b.extension;
    int latestContent = 0;
    for (const Step& s : steps) {
        if (s.handlingSeq == 0) {
            latestContent = s.contentRev;
            a.entryRev = s.entryRev;
            a.kind = s.kind;
            a.text = s.text;
            // A changed answer goes back to the professional; the old reply stays with the old text.
            a.status = AnswerStatus::Verstuurd;
            a.reply.clear();
            a.handledBy.clear();
            a.handledAt.clear();
            a.changedAt = s.changedAt;
        } else {
            if (s.contentRev < latestContent)
                continue; // cannot happen after sorting; kept so a stray row never shows as current
            a.status = s.status;
            a.reply = s.reply;
            a.handledBy = s.handledBy;
            a.handledAt = s.handledAt;
            a.changedAt = s.handledAt;
        }
        a.changedBy = s.changedBy;
        a.rev = int(out.size()) + 1;
        a.entryChangedSince = b.entryCurrentRev && *b.entryCurrentRev != a.entryRev;
        out.push_back(a);
    }
    return out;
}

QString describe(const Answer& a)
{
    return QStringLiteral("rev=%1; kind=%2; status=%3; text=%4; reply=%5")
        .arg(a.rev)
        .arg(toString(a.kind), toString(a.status), textFingerprint(a.text), textFingerprint(a.reply));
}

Result<std::optional<std::int64_t>> currentEntryRev(sqlite3* db, Id entryId)
{
    Statement rev(
        db, "SELECT r.rev FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id WHERE e.id = ?1");
    rev.bind(1, entryId);
    const int rc = rev.step();
    if (rc == SQLITE_ROW)
        return std::optional<std::int64_t>(rev.integer(0));
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, Answers::tr("De notitie kon niet worden gelezen."));
    return std::optional<std::int64_t>();
}

// What the parent may say follows from the entry's label as it is now (AnswerChoices): refused
// here, for every caller, and not only in the app. An answer file brings answers made earlier
// in the parent's copy; those are not checked again (the label may have changed meanwhile).
Status checkChoiceFits(sqlite3* db, Id entryId, AnswerKind kind)
{
    Statement st(db, "SELECT label FROM entry WHERE id = ?1");
    st.bind(1, entryId);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Status::ok(); // the caller says the entry is gone
    if (rc != SQLITE_ROW)
        return sqlError(db, rc, Answers::tr("De notitie kon niet worden gelezen."));
    const auto label = parse<Label>(st.text(0));
    if (!label)
        return sqlError(db, SQLITE_CORRUPT, Answers::tr("De notitie kon niet worden gelezen."));
    return AnswerChoices::check(*label, kind);
}

} // namespace

Status Answers::validate(AnswerKind kind, const QString& text)
{
    if (text.trimmed().isEmpty() && kind != AnswerKind::Klopt)
        return Status(
            ErrorCode::InvalidInput, tr("Uw reactie is nog leeg. Schrijf in een paar woorden wat u wilt zeggen."));
    if (text.size() > kMaxTextLength)
        return Status(ErrorCode::InvalidInput,
            tr("Uw reactie is te lang: %1 tekens, er passen er %2. Maak hem korter of "
               "verdeel hem over meer reacties. Er is niets opgeslagen.")
                .arg(text.size())
                .arg(kMaxTextLength));
    return Status::ok();
}

Status Answers::appendContent(Id answerId, int rev, int entryRev, AnswerKind kind, const QString& text)
{
    Statement ins(m_vault.db(),
        "INSERT INTO answer_revision(answer_id, rev, entry_rev, kind, text, changed_by, changed_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    ins.bind(1, answerId).bind(2, rev).bind(3, entryRev).bind(4, toString(kind)).bind(5, text);
    ins.bind(6, m_actor.describe()).bind(7, nowUtc());
    return ins.exec(tr("De reactie kon niet worden opgeslagen."));
}

Answers::Answers(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

Result<std::optional<Id>> Answers::ownerFor(std::optional<Id> forPerson) const
{
    // In a parent copy an answer is always the copy's parent's, whatever the caller says.
    if (m_vault.kind() == VaultKind::Ouderexemplaar)
        return m_vault.parentPersonId();
    if (!forPerson)
        return std::optional<Id>();
    auto p = Persons(m_vault, m_actor).get(*forPerson);
    if (!p)
        return p.status();
    if (p->role != PersonRole::Ouder && p->role != PersonRole::Kind)
        return Status(ErrorCode::InvalidInput,
            tr("Een reactie is van een ouder of een kind; %1 is %2.").arg(p->name, toString(p->role)));
    return std::optional<Id>(p->id);
}

Result<Answer> Answers::add(Id entryId, AnswerKind kind, const QString& text, std::optional<Id> forPerson)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::Answer); !s)
        return s;
    if (Status s = validate(kind, text); !s)
        return s;
    auto owner = ownerFor(forPerson);
    if (!owner)
        return owner.status();
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto entryRev = currentEntryRev(db, entryId);
    if (!entryRev)
        return entryRev.status();
    if (!*entryRev)
        return Status(ErrorCode::NotFound,
            tr("De notitie waarop u reageert bestaat niet (meer). Uw reactie is niet opgeslagen."));
    if (Status s = checkChoiceFits(db, entryId, kind); !s)
        return s;
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement ins(db, "INSERT INTO answer(uid, entry_id, created_at, owner_person_id) VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, uid).bind(2, entryId).bind(3, nowUtc()).bind(4, *owner);
    if (Status s = ins.exec(tr("De reactie kon niet worden opgeslagen.")); !s)
        return s;
    const Id id = sqlite3_last_insert_rowid(db);
    if (Status s = appendContent(id, 1, int(**entryRev), kind, text); !s)
        return s;
    auto a = get(id);
    if (!a)
        return a.status();
    if (Status s = AuditChain::append(db,
            { m_actor.describe(), QStringLiteral("answer.add"),
                QStringLiteral("answer:%1 entry:%2").arg(uid).arg(entryId), {}, describe(*a) });
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return a;
}

Status Answers::revise(Id answerId, AnswerKind kind, const QString& text)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::AnswerRevision); !s)
        return s;
    if (Status s = validate(kind, text); !s)
        return s;
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto old = get(answerId);
    if (!old)
        return old.status();
    // A parent changes only their own words: an answer shared from the other parent is read-only.
    Statement shared(db, "SELECT 1 FROM answer_share WHERE answer_id = ?1");
    shared.bind(1, answerId);
    if ((old->ownerId && old->ownerId != m_vault.parentPersonId()) || shared.step() == SQLITE_ROW)
        return Status(ErrorCode::Forbidden,
            tr("Deze reactie is niet van u maar gedeeld door de professional; u "
               "kunt alleen uw eigen reacties veranderen."));
    Statement last(db, "SELECT max(rev) FROM answer_revision WHERE answer_id = ?1");
    last.bind(1, answerId);
    if (last.step() != SQLITE_ROW)
        return sqlError(db, SQLITE_CORRUPT, tr("De reactie kon niet worden gelezen."));
    const int rev = int(last.integer(0)) + 1;
    if (Status s = checkChoiceFits(db, old->entryId, kind); !s)
        return s;
    // The new text is about the entry as it is now, so it is no longer "changed since".
    auto entryRev = currentEntryRev(db, old->entryId);
    if (!entryRev)
        return entryRev.status();
    if (Status s = appendContent(answerId, rev, int(entryRev->value_or(old->entryRev)), kind, text); !s)
        return s;
    auto now = get(answerId);
    if (!now)
        return now.status();
    if (Status s = AuditChain::append(db,
            { m_actor.describe(), QStringLiteral("answer.revise"), QStringLiteral("answer:%1").arg(old->uid),
                describe(*old), describe(*now) });
        !s)
        return s;
    return tx.commit();
}

Status Answers::handle(Id answerId, AnswerStatus status, const QString& reply)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::AnswerHandling); !s)
        return s;
    if (status == AnswerStatus::Afgewezen && reply.trimmed().isEmpty())
        return Status(
            ErrorCode::InvalidInput, tr("Een afgewezen reactie heeft een reden nodig; de ouder ziet die reden."));
    if (reply.size() > kMaxTextLength)
        return Status(ErrorCode::InvalidInput, tr("Het antwoord is te lang."));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto old = get(answerId);
    if (!old)
        return old.status();
    Statement last(db,
        "SELECT (SELECT max(rev) FROM answer_revision WHERE answer_id = ?1), "
        "(SELECT coalesce(max(seq), 0) FROM answer_handling WHERE answer_id = ?1)");
    last.bind(1, answerId);
    if (last.step() != SQLITE_ROW)
        return sqlError(db, SQLITE_CORRUPT, tr("De reactie kon niet worden gelezen."));
    Statement ins(db,
        "INSERT INTO answer_handling(answer_id, seq, answer_rev, status, reply, handled_by, handled_at, "
        "changed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    ins.bind(1, answerId).bind(2, last.integer(1) + 1).bind(3, last.integer(0)).bind(4, toString(status));
    ins.bind(5, reply).bind(6, m_actor.name).bind(7, nowUtc()).bind(8, m_actor.describe());
    if (Status s = ins.exec(tr("De afhandeling kon niet worden opgeslagen.")); !s)
        return s;
    auto now = get(answerId);
    if (!now)
        return now.status();
    if (Status s = AuditChain::append(db,
            { m_actor.describe(), QStringLiteral("answer.status"), QStringLiteral("answer:%1").arg(old->uid),
                describe(*old), describe(*now) });
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<std::vector<Answer>>> Answers::load(const char* where, Id arg) const
{
    sqlite3* db = m_vault.db();
    const QString what = tr("De reacties konden niet worden gelezen.");
    auto audience = Audience::of(m_vault);
    if (!audience)
        return audience.status();
    const QByteArray visible = " " + audience->answerClause("a");
    const QByteArray ids = QByteArray("SELECT a.id FROM answer a WHERE ") + where + visible;
    std::map<Id, Base> bases;
    std::vector<Id> order;
    {
        Statement st(db,
            (QByteArray("SELECT a.id, a.uid, a.entry_id, a.created_at, "
                        "(SELECT r.rev FROM entry e JOIN entry_revision r ON r.id = e.current_revision_id "
                        "WHERE e.id = a.entry_id), a.owner_person_id FROM answer a WHERE ")
                + where + visible + " ORDER BY a.id")
                .constData());
        st.bind(1, arg);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Base& b = bases[st.integer(0)];
            b.id = st.integer(0);
            b.uid = st.text(1);
            b.entryId = st.integer(2);
            b.createdAt = st.text(3);
            b.entryCurrentRev = st.optionalInt(4);
            b.ownerId = st.optionalInt(5);
            order.push_back(b.id);
        }
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, what);
    }
    {
        Statement st(db,
            (QByteArray("SELECT answer_id, rev, entry_rev, kind, text, changed_by, changed_at "
                        "FROM answer_revision WHERE answer_id IN (")
                + ids + ")")
                .constData());
        st.bind(1, arg);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Step s;
            s.contentRev = int(st.integer(1));
            s.entryRev = int(st.integer(2));
            s.kind = parse<AnswerKind>(st.text(3)).value_or(AnswerKind::Vraag);
            s.text = st.text(4);
            s.changedBy = st.text(5);
            s.changedAt = st.text(6);
            bases[st.integer(0)].steps.push_back(s);
        }
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, what);
    }
    {
        Statement st(db,
            (QByteArray("SELECT answer_id, seq, answer_rev, status, reply, handled_by, handled_at, "
                        "changed_by FROM answer_handling WHERE answer_id IN (")
                + ids + ")")
                .constData());
        st.bind(1, arg);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Step s;
            s.handlingSeq = int(st.integer(1));
            s.contentRev = int(st.integer(2));
            s.status = parse<AnswerStatus>(st.text(3)).value_or(AnswerStatus::Verstuurd);
            s.reply = st.text(4);
            s.handledBy = st.text(5);
            s.handledAt = st.text(6);
            s.changedBy = st.text(7);
            bases[st.integer(0)].steps.push_back(s);
        }
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, what);
    }
    {
        Statement st(db,
            (QByteArray("SELECT answer_id, until, reason, extended_at, extended_by FROM answer_extension "
                        "WHERE answer_id IN (")
                + ids + ")")
                .constData());
        st.bind(1, arg);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            bases[st.integer(0)].extension = AnswerExtension { st.text(1), st.text(2), st.text(3), st.text(4) };
        if (rc != SQLITE_DONE)
            return sqlError(db, rc, what);
    }
    std::vector<std::vector<Answer>> out;
    for (Id id : order) {
        auto steps = timeline(bases[id]);
        if (!steps.empty()) // an answer row without content is half-written; never shown
            out.push_back(std::move(steps));
    }
    return out;
}

Result<std::vector<Answer>> Answers::current(const char* where, Id arg) const
{
    auto all = load(where, arg);
    if (!all)
        return all.status();
    std::vector<Answer> out;
    out.reserve(all->size());
    for (auto& steps : *all)
        out.push_back(std::move(steps.back()));
    return out;
}

Result<Answer> Answers::get(Id answerId) const
{
    auto r = current("a.id = ?1", answerId);
    if (!r)
        return r.status();
    if (r->empty())
        return Status(ErrorCode::NotFound, tr("Reactie %1 bestaat niet.").arg(answerId));
    return r->front();
}

Result<std::vector<Answer>> Answers::forEntry(Id entryId) const
{
    return current("a.entry_id = ?1", entryId);
}

Result<std::vector<Answer>> Answers::all() const
{
    return current("?1 = ?1", 0);
}

Status Answers::share(Id answerId, Id personId)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::AnswerHandling); !s)
        return s;
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto a = get(answerId);
    if (!a)
        return a.status();
    auto p = Persons(m_vault, m_actor).get(personId);
    if (!p)
        return p.status();
    if (p->role != PersonRole::Ouder && p->role != PersonRole::Kind)
        return Status(ErrorCode::InvalidInput,
            tr("Een reactie deelt u met een ouder of een kind; %1 is %2.").arg(p->name, toString(p->role)));
    if (a->ownerId == personId)
        return Status(ErrorCode::Exists, tr("Dit is de reactie van %1 zelf.").arg(p->name));
    Statement ins(db, "INSERT OR IGNORE INTO answer_share(answer_id, person_id, shared_at, shared_by) "
                      "VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, answerId).bind(2, personId).bind(3, nowUtc()).bind(4, m_actor.describe());
    if (Status s = ins.exec(tr("De reactie kon niet worden gedeeld.")); !s)
        return s;
    if (sqlite3_changes(db) == 0)
        return tx.commit(); // shared before: nothing changes, nothing to audit
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("answer.share"),
                                           QStringLiteral("answer:%1").arg(a->uid), {},
                                           QStringLiteral("with=person:%1").arg(personId)});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<Answer>> Answers::history(Id answerId) const
{
    auto r = load("a.id = ?1", answerId);
    if (!r)
        return r.status();
    if (r->empty())
        return Status(ErrorCode::NotFound, tr("Reactie %1 bestaat niet.").arg(answerId));
    return std::move(r->front());
}

} // namespace inzage
