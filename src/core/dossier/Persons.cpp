#include "dossier/Persons.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "dossier/Audience.h"
#include "vault/Sql.h"

#include <QCoreApplication>

namespace inzage {

namespace {

const char* kSelect =
    "SELECT id, name, role, relation, organisation, phone, shielded, shield_reason, birth_date FROM person ";

QString describe(const Person& p)
{
    return QStringLiteral("name=%1; role=%2; relation=%3; organisation=%4; phone=%5; birth_date=%6")
        .arg(p.name, toString(p.role), p.relation, p.organisation, p.phone, p.birthDate);
}

Person readPerson(const Statement& st)
{
    Person p;
    p.id = st.integer(0);
    p.name = st.text(1);
    p.role = parse<PersonRole>(st.text(2)).value_or(PersonRole::Informant);
    p.relation = st.text(3);
    p.organisation = st.text(4);
    p.phone = st.text(5);
    p.shielded = st.integer(6) != 0;
    p.shieldReason = st.text(7);
    p.birthDate = st.text(8);
    return p;
}

Result<std::vector<Person>> readAll(const Vault& vault, Statement& st)
{
    auto audience = Audience::of(vault);
    if (!audience)
        return audience.status();
    std::vector<Person> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        out.push_back(readPerson(st));
        audience->mask(out.back());
    }
    if (rc != SQLITE_DONE)
        return sqlError(vault.db(), rc,
                        QCoreApplication::translate("inzage::Persons", "De personen konden niet worden gelezen."));
    return out;
}

} // namespace

Persons::Persons(Vault& vault, const Actor& actor)
    : m_vault(vault)
    , m_actor(actorFor(vault, actor.name))
{
}

Result<Id> Persons::add(const Person& p)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (p.name.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::Persons", "Een persoon heeft een naam of rol nodig."));
    if (p.shielded && p.shieldReason.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::Persons", "Een afgeschermde bron heeft een wettelijke reden "
                                                                     "nodig; die ziet de familie."));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Statement ins(db, "INSERT INTO person(name, role, relation, organisation, phone, shielded, shield_reason, "
                      "birth_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    ins.bind(1, p.name.trimmed()).bind(2, toString(p.role)).bind(3, p.relation).bind(4, p.organisation);
    ins.bind(5, p.phone).bind(6, p.shielded ? 1 : 0).bind(7, p.shieldReason.trimmed());
    ins.bindOptional(8, p.birthDate);
    if (Status s = ins.exec(QCoreApplication::translate("inzage::Persons", "De persoon kon niet worden opgeslagen."));
        !s) {
        if (s.code() == ErrorCode::InvalidInput)
            return Status(ErrorCode::Exists, QCoreApplication::translate("inzage::Persons", "%1 (%2) staat er al in.")
                                                 .arg(p.name, toString(p.role)));
        return s;
    }
    const Id id = sqlite3_last_insert_rowid(db);
    const QString after = QStringLiteral("name=%1; role=%2; relation=%3; shielded=%4")
                              .arg(p.name, toString(p.role), p.relation)
                              .arg(p.shielded ? 1 : 0);
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("person.add"),
                                           QStringLiteral("person:%1").arg(id), {}, after});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Result<Id> Persons::resolve(const PersonRef& ref)
{
    const QString typed = ref.nameOrId.trimmed();
    if (typed.isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::Persons", "Er is geen naam of #nummer van een persoon opgegeven."));
    if (typed.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qlonglong id = typed.mid(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::Persons", "'%1' is geen geldig nummer van een persoon.")
                              .arg(typed));
        auto p = get(id);
        if (!p)
            return p.status();
        if (!ref.shieldReason.trimmed().isEmpty() && !p->shielded)
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::Persons",
                                                      "%1 staat al in het dossier en is niet afgeschermd. Afschermen "
                                                      "van een bestaande persoon is een aparte stap. "
                                                      "Er is niets veranderd.")
                              .arg(typed));
        return p->id;
    }
    auto found = find(typed);
    if (!found)
        return found.status();
    std::vector<Person> matches;
    for (const Person& p : *found) {
        if (!ref.role || p.role == *ref.role)
            matches.push_back(p);
    }
    if (matches.size() > 1)
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::Persons",
                                                  "Er zijn %1 personen met de naam '%2'. Zeg welke met de rol "
                                                  "of met het nummer (#id).")
                          .arg(matches.size())
                          .arg(typed));
    if (matches.size() == 1) {
        if (!ref.shieldReason.trimmed().isEmpty() && !matches.front().shielded)
            return Status(ErrorCode::InvalidInput,
                          QCoreApplication::translate("inzage::Persons",
                                                      "%1 staat al in het dossier en is niet afgeschermd. Afschermen "
                                                      "van een bestaande persoon is een aparte stap. "
                                                      "Er is niets veranderd.")
                              .arg(typed));
        return matches.front().id;
    }
    if (!ref.addWhenMissing)
        return Status(ErrorCode::NotFound,
                      QCoreApplication::translate("inzage::Persons", "Niemand met de naam '%1' in dit dossier.").arg(typed));
    Person p;
    p.name = typed;
    p.role = ref.role.value_or(PersonRole::Informant);
    p.relation = ref.relation.trimmed();
    p.organisation = ref.organisation.trimmed();
    p.shieldReason = ref.shieldReason.trimmed();
    p.shielded = !p.shieldReason.isEmpty();
    return add(p);
}

Status Persons::update(const Person& p)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (p.name.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::Persons", "Een persoon heeft een naam of rol nodig."));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto old = get(p.id);
    if (!old)
        return old.status();
    Person after = p;
    after.name = p.name.trimmed();
    const QString before = describe(*old);
    if (describe(after) == before)
        return Status::ok();
    Statement up(db, "UPDATE person SET name = ?2, role = ?3, relation = ?4, organisation = ?5, phone = ?6, "
                     "birth_date = ?7 WHERE id = ?1");
    up.bind(1, p.id).bind(2, after.name).bind(3, toString(after.role)).bind(4, after.relation);
    up.bind(5, after.organisation).bind(6, after.phone).bindOptional(7, after.birthDate);
    if (Status s = up.exec(QCoreApplication::translate("inzage::Persons", "De persoon kon niet worden opgeslagen."));
        !s) {
        if (s.code() == ErrorCode::InvalidInput)
            return Status(ErrorCode::Exists, QCoreApplication::translate("inzage::Persons", "%1 (%2) staat er al in.")
                                                 .arg(after.name, toString(after.role)));
        return s;
    }
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("person.update"),
                                           QStringLiteral("person:%1").arg(p.id), before, describe(after)});
        !s)
        return s;
    return tx.commit();
}

Status Persons::shield(Id id, const QString& reason)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::Persons", "Een afgeschermde bron heeft een wettelijke reden "
                                                                     "nodig; die ziet de familie."));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = get(id);
    if (!p)
        return p.status();
    Statement up(db, "UPDATE person SET shielded = 1, shield_reason = ?2 WHERE id = ?1");
    up.bind(1, id).bind(2, reason.trimmed());
    if (Status s = up.exec(QCoreApplication::translate("inzage::Persons", "De persoon kon niet worden afgeschermd."));
        !s)
        return s;
    if (Status s = AuditChain::append(db, {m_actor.describe(), QStringLiteral("person.shield"),
                                           QStringLiteral("person:%1").arg(id),
                                           QStringLiteral("shielded=%1").arg(p->shielded ? 1 : 0),
                                           QStringLiteral("shielded=1; reason=%1").arg(textFingerprint(reason.trimmed()))});
        !s)
        return s;
    return tx.commit();
}

Result<Person> Persons::get(Id id) const
{
    Statement st(m_vault.db(), (QByteArray(kSelect) + "WHERE id = ?1").constData());
    st.bind(1, id);
    auto rows = readAll(m_vault, st);
    if (!rows)
        return rows.status();
    if (rows->empty())
        return Status(ErrorCode::NotFound,
                      QCoreApplication::translate("inzage::Persons", "Persoon %1 bestaat niet.").arg(id));
    return rows->front();
}

Result<std::vector<Person>> Persons::find(const QString& name) const
{
    Statement st(m_vault.db(), (QByteArray(kSelect) + "WHERE name = ?1 AND length(name) > 0 ORDER BY id").constData());
    st.bind(1, name.trimmed());
    return readAll(m_vault, st);
}

Result<std::vector<Person>> Persons::all() const
{
    Statement st(m_vault.db(), (QByteArray(kSelect) + "ORDER BY id").constData());
    return readAll(m_vault, st);
}

} // namespace inzage
