#pragma once

// Helpers shared by the domain tests: actors for each role, a few ready-made entries and
// raw-SQL access for tampering and counting behind the domain's back.

#include "TestSupport.h"

#include "dossier/Entries.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <string>

namespace inzage::test {

inline Actor professional() { return {QStringLiteral("j.devries"), Role::Professional}; }
inline Actor parent() { return {QStringLiteral("moeder"), Role::Ouder}; }
inline Actor reviewer() { return {QStringLiteral("r.bakker"), Role::Reviewer}; }

inline std::string str(const QString& s) { return s.toStdString(); }

// Runs SQL that must succeed (tampering, setup).
inline void rawSql(Vault& v, const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(v.db(), sql, nullptr, nullptr, &err);
    INFO(sql << " -> " << (err ? err : "ok"));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

// Runs SQL and returns the primary SQLite result code (for statements that are meant to be refused).
inline int rawSqlCode(Vault& v, const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(v.db(), sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    return rc & 0xff;
}

inline std::int64_t scalar(Vault& v, const char* sql)
{
    Statement st(v.db(), sql);
    REQUIRE(st.isValid());
    REQUIRE(st.step() == SQLITE_ROW);
    return st.integer(0);
}

inline QString scalarText(Vault& v, const char* sql)
{
    Statement st(v.db(), sql);
    REQUIRE(st.isValid());
    REQUIRE(st.step() == SQLITE_ROW);
    return st.text(0);
}

inline std::int64_t auditRows(Vault& v) { return scalar(v, "SELECT count(*) FROM audit"); }

inline SpokenTo spoke(Id personId, const QString& on = {}, Method method = Method::Gesprek)
{
    SpokenTo s;
    s.personId = personId;
    s.spokenOn = on;
    s.method = method;
    return s;
}

inline EntryContent note(const QString& text, const QString& section = QStringLiteral("Aanleiding"))
{
    EntryContent c;
    c.text = text;
    c.section = section;
    return c;
}

inline EntryContent feit(const QString& text, const QString& section = QStringLiteral("Aanleiding"))
{
    EntryContent c = note(text, section);
    c.label = Label::Feit;
    c.basisKind = BasisKind::Document;
    c.basisDetail = QStringLiteral("schoolrapport 12-03-2024");
    return c;
}

inline Id addPerson(Vault& v, const QString& name, PersonRole role = PersonRole::Informant,
                    const QString& relation = QStringLiteral("leerkracht"), bool shielded = false,
                    const QString& shieldReason = {})
{
    Person p;
    p.name = name;
    p.role = role;
    p.relation = relation;
    p.organisation = QStringLiteral("Basisschool De Linde");
    p.shielded = shielded;
    p.shieldReason = shieldReason;
    auto r = Persons(v, professional()).add(p);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

inline Id addEntry(Vault& v, const EntryContent& c)
{
    auto r = Entries(v, professional()).add(c);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

inline Id addEntry(Vault& v, const QString& text) { return addEntry(v, note(text)); }

// What a parent sees of a professional's vault: the parent copy made for one of its parents (a
// parent "Ouder Test" is added when the dossier has none). The audience comes from the file.
struct ParentView {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
};
std::unique_ptr<ParentView> parentViewOf(Vault& professionalVault, const QString& forName = {});

} // namespace inzage::test
