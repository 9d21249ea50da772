#include "dossier/Persons.h"

#include "audit/AuditChain.h"
#include "dossier/Access.h"
#include "vault/Sql.h"

namespace inzage {

namespace {

const char* kSelect = "SELECT id, name, role, relation, organisation, phone, shielded, shield_reason FROM person ";

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
    return p;
}

Result<std::vector<Person>> readAll(sqlite3* db, Statement& st)
{
    std::vector<Person> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.push_back(readPerson(st));
    if (rc != SQLITE_DONE)
        return sqlError(db, rc, QStringLiteral("De personen konden niet worden gelezen."));
    return out;
}

} // namespace

Person Persons::asParentSees(Person p)
{
    if (p.shielded) {
        p.name = QStringLiteral("Afgeschermde bron");
        p.relation.clear();
        p.organisation.clear();
        p.phone.clear();
    }
    return p;
}

Result<Id> Persons::add(const Person& p)
{
    if (Status s = checkWrite(m_vault, m_actor, Write::CaseFile); !s)
        return s;
    if (p.name.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput, QStringLiteral("Een persoon heeft een naam of rol nodig."));
    if (p.shielded && p.shieldReason.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QStringLiteral("Een afgeschermde bron heeft een wettelijke reden nodig; die ziet de familie."));
    sqlite3* db = m_vault.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Statement ins(db, "INSERT INTO person(name, role, relation, organisation, phone, shielded, shield_reason) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    ins.bind(1, p.name.trimmed()).bind(2, toString(p.role)).bind(3, p.relation).bind(4, p.organisation);
    ins.bind(5, p.phone).bind(6, p.shielded ? 1 : 0).bind(7, p.shieldReason);
    if (Status s = ins.exec(QStringLiteral("De persoon kon niet worden opgeslagen.")); !s) {
        if (s.code() == ErrorCode::InvalidInput)
            return Status(ErrorCode::Exists, QStringLiteral("%1 (%2) staat er al in.").arg(p.name, toString(p.role)));
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

Result<Id> Persons::findOrAdd(const Person& p)
{
    Statement st(m_vault.db(), "SELECT id FROM person WHERE name = ?1 AND role = ?2");
    st.bind(1, p.name.trimmed()).bind(2, toString(p.role));
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return Id(st.integer(0));
    if (rc != SQLITE_DONE)
        return sqlError(m_vault.db(), rc, QStringLiteral("De persoon kon niet worden gezocht."));
    return add(p);
}

Result<Person> Persons::get(Id id) const
{
    Statement st(m_vault.db(), (QByteArray(kSelect) + "WHERE id = ?1").constData());
    st.bind(1, id);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Status(ErrorCode::NotFound, QStringLiteral("Persoon %1 bestaat niet.").arg(id));
    if (rc != SQLITE_ROW)
        return sqlError(m_vault.db(), rc, QStringLiteral("De persoon kon niet worden gelezen."));
    return readPerson(st);
}

Result<std::vector<Person>> Persons::find(const QString& name) const
{
    Statement st(m_vault.db(), (QByteArray(kSelect) + "WHERE name = ?1 ORDER BY id").constData());
    st.bind(1, name.trimmed());
    return readAll(m_vault.db(), st);
}

Result<std::vector<Person>> Persons::all() const
{
    Statement st(m_vault.db(), (QByteArray(kSelect) + "ORDER BY id").constData());
    return readAll(m_vault.db(), st);
}

} // namespace inzage
