#include "dossier/SourceApprovals.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/Entries.h"
#include "dossier/EntryCommands.h"
#include "vault/Sql.h"

#include <QDate>

namespace inzage {

SourceApprovals::SourceApprovals(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

Result<Id> SourceApprovals::approve(const ApprovalInput& in)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (in.on.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, tr("Zeg op welke dag de bron het heeft goedgekeurd (JJJJ-MM-DD)."));
    auto date = parseDate(in.on);
    if (!date)
        return date.status();
    if (QDate::fromString(*date, Qt::ISODate) > QDate::currentDate())
        return Status(ErrorCode::InvalidInput,
            tr("%1 ligt in de toekomst: een goedkeuring legt u vast nadat die gegeven is.").arg(*date));
    if (in.method.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
            tr("Zeg hoe de bron het heeft goedgekeurd: gesprek, telefoon, huisbezoek of schriftelijk."));
    auto method = parseMethod(in.method);
    if (!method)
        return method.status();
    if (*method == Method::Onbekend)
        return Status(ErrorCode::InvalidInput,
            tr("Een goedkeuring zonder hoe die gegeven is telt niet: kies gesprek, telefoon, huisbezoek of "
               "schriftelijk."));

    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto entry = Entries(m_vault, m_actor).get(in.entry);
    if (!entry)
        return entry.status();
    if (entry->content.label != Label::Bron)
        return Status(ErrorCode::InvalidInput,
            tr("Notitie #%1 is geen bron maar %2: alleen wat iemand vertelde kan die persoon goedkeuren. "
               "Label de notitie eerst als bron.")
                .arg(in.entry)
                .arg(toString(entry->content.label)));
    PersonRef ref = in.by;
    ref.addWhenMissing = false;
    ref.shieldReason.clear();
    auto person = Persons(m_vault, m_actor).resolve(ref);
    if (!person)
        return person.status();
    const SpokenTo* line = nullptr;
    for (const SpokenTo& s : entry->content.spokenTo) {
        if (s.personId == *person)
            line = &s;
    }
    if (!line)
        return Status(ErrorCode::InvalidInput,
            tr("%1 staat bij notitie #%2 niet als iemand met wie gesproken is; alleen wie gesproken is kan "
               "goedkeuren wat die vertelde. Leg eerst vast met wie er gesproken is.")
                .arg(in.by.nameOrId.trimmed())
                .arg(in.entry));
    if (!line->spokenOn.isEmpty() && *date < line->spokenOn)
        return Status(ErrorCode::InvalidInput,
            tr("%1 ligt voor het gesprek van %2: een bron keurt goed wat na het gesprek is opgeschreven.")
                .arg(*date, line->spokenOn));

    Statement current(db, "SELECT current_revision_id FROM entry WHERE id = ?1");
    current.bind(1, in.entry);
    if (current.step() != SQLITE_ROW)
        return sqlError(db, SQLITE_ERROR, tr("De notitie kon niet worden gelezen."));
    const Id revisionId = current.integer(0);
    Statement twice(db, "SELECT count(*) FROM source_approval WHERE revision_id = ?1 AND person_id = ?2");
    twice.bind(1, revisionId).bind(2, *person);
    if (twice.step() != SQLITE_ROW)
        return sqlError(db, SQLITE_ERROR, tr("De goedkeuringen konden niet worden gelezen."));
    if (twice.integer(0) > 0)
        return Status(ErrorCode::Exists,
            tr("Deze persoon heeft versie %1 van notitie #%2 al goedgekeurd; er is niets veranderd.")
                .arg(entry->rev)
                .arg(in.entry));

    const QString what = tr("De goedkeuring kon niet worden opgeslagen.");
    Statement insert(db,
        "INSERT INTO source_approval(revision_id, person_id, approved_on, method, recorded_at, "
        "recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, revisionId).bind(2, *person).bind(3, *date).bind(4, toString(*method)).bind(5, nowUtc());
    insert.bind(6, m_actor.describe());
    if (Status s = insert.exec(what); !s)
        return s;
    const Id id = sqlite3_last_insert_rowid(db);
    if (Status s = AuditChain::append(db,
            { m_actor.describe(), QStringLiteral("source.approve"), QStringLiteral("entry:%1").arg(in.entry), {},
                QStringLiteral("rev=%1; person=%2; on=%3; how=%4")
                    .arg(entry->rev)
                    .arg(*person)
                    .arg(*date, toString(*method)) });
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

} // namespace inzage
