#include "report/ConceptRelease.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/AnswerInbox.h"
#include "report/ReportDocument.h"
#include "vault/Sql.h"

namespace inzage {

namespace {

QString readFailed()
{
    return QCoreApplication::translate("inzage::ConceptReleases", "De verstuurde concepten konden niet worden gelezen.");
}

} // namespace

ConceptReleases::ConceptReleases(Vault& vault, const Actor& actor) : m_vault(vault), m_actor(actorFor(vault, actor.name)) {}

Result<ConceptRelease> ConceptReleases::release(const QDate& today, const std::optional<QDate>& reactUntil)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    const QDate earliest = AnswerInbox::conceptReactionDeadline(today);
    const QDate until = reactUntil.value_or(earliest);
    if (!until.isValid() || until < earliest)
        return Status(ErrorCode::InvalidInput,
                      tr("De ouders krijgen minstens 5 werkdagen om op het concept te reageren: kies %1 of later. Er "
                         "is niets verstuurd.")
                          .arg(earliest.toString(Qt::ISODate)));
    if (until > today.addMonths(3))
        return Status(ErrorCode::InvalidInput,
                      tr("Een reactietermijn tot %1 is langer dan drie maanden. Kies een eerdere datum. Er is niets "
                         "verstuurd.")
                          .arg(until.toString(Qt::ISODate)));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // The concept as it is now, in the same transaction as its record.
    auto content = ReportDocument::build(m_vault, m_actor, ReportKind::Concept);
    if (!content)
        return content.status();
    ConceptRelease r;
    r.releasedAt = QDateTime::currentDateTimeUtc();
    r.reactUntil = until;
    r.contentHash = content->contentHash();
    r.releasedBy = m_actor.describe();
    for (const ReportSection& s : content->sections)
        r.entries += int(s.entries.size());
    Statement ins(db, "INSERT INTO concept_release(released_at, react_until, content_hash, entry_count, released_by) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, r.releasedAt.toString(Qt::ISODateWithMs))
        .bind(2, until.toString(Qt::ISODate))
        .bind(3, r.contentHash)
        .bind(4, r.entries)
        .bind(5, r.releasedBy);
    if (Status s = ins.exec(tr("Het versturen van het concept kon niet worden vastgelegd.")); !s)
        return s;
    r.id = sqlite3_last_insert_rowid(db);
    Statement entry(db, "INSERT INTO concept_release_entry(release_id, entry_id, rev) VALUES (?1, ?2, ?3)");
    for (const ReportSection& s : content->sections) {
        for (const ReportEntry& e : s.entries) {
            entry.bind(1, r.id).bind(2, e.id).bind(3, e.rev);
            if (Status st = entry.exec(tr("Het versturen van het concept kon niet worden vastgelegd.")); !st)
                return st;
            entry.reset();
        }
    }
    if (Status s = AuditChain::append(db,
            {r.releasedBy, QStringLiteral("report.concept"), QStringLiteral("concept:%1").arg(r.id), {},
             QStringLiteral("react_until=%1; entries=%2; content_hash=%3; head_seq=%4")
                 .arg(until.toString(Qt::ISODate))
                 .arg(r.entries)
                 .arg(r.contentHash)
                 .arg(content->headSeq)});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return r;
}

Result<std::vector<ConceptRelease>> ConceptReleases::all() const
{
    Statement st(m_vault.db(), "SELECT id, released_at, react_until, content_hash, entry_count, released_by "
                               "FROM concept_release ORDER BY id");
    std::vector<ConceptRelease> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back({st.integer(0), QDateTime::fromString(st.text(1), Qt::ISODateWithMs),
                       QDate::fromString(st.text(2), Qt::ISODate), st.text(3), int(st.integer(4)), st.text(5)});
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, readFailed());
    return out;
}

Result<std::optional<ConceptRelease>> ConceptReleases::latest() const
{
    auto every = all();
    if (!every)
        return every.status();
    if (every->empty())
        return std::optional<ConceptRelease>();
    return std::optional<ConceptRelease>(every->back());
}

Result<std::set<Id>> ConceptReleases::entriesOf(Id releaseId) const
{
    Statement st(m_vault.db(), "SELECT entry_id FROM concept_release_entry WHERE release_id = ?1");
    st.bind(1, releaseId);
    std::set<Id> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.insert(st.integer(0));
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, readFailed());
    return out;
}

} // namespace inzage
