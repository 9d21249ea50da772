#include "dossier/Audience.h"

#include "vault/Sql.h"

#include <QCoreApplication>

namespace inzage {

Result<Audience> Audience::of(const Vault& vault)
{
    Audience a;
    a.m_role = vault.role();
    a.m_parentPersonId = vault.parentPersonId();
    if (!a.isParent())
        return a;
    return a.readShieldedNames(vault);
}

Result<Audience> Audience::parentOf(const Vault& professional, Id personId)
{
    Audience a;
    a.m_role = Role::Ouder;
    a.m_parentPersonId = personId;
    return a.readShieldedNames(professional);
}

Result<Audience> Audience::readShieldedNames(const Vault& vault)
{
    Audience& a = *this;
    // A parent copy stores no shielded names (the masks below were applied when it was made), but
    // a copy made by an older version may: read them so text naming them is masked all the same.
    Statement st(vault.db(), "SELECT name FROM person WHERE shielded = 1 AND length(name) > 0");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        a.m_shieldedNames << st.text(0).toLower();
    if (rc != SQLITE_DONE)
        return sqlError(vault.db(), rc,
                        QCoreApplication::translate("inzage::Audience", "De personen konden niet worden gelezen."));
    return a;
}

bool Audience::namesShielded(const QString& text) const
{
    if (text.isEmpty())
        return false;
    const QString lower = text.toLower();
    for (const QString& name : m_shieldedNames) {
        if (lower.contains(name))
            return true;
    }
    return false;
}

QString Audience::maskNames(const QString& text) const
{
    if (!isParent() || !namesShielded(text))
        return text;
    QString out = text;
    const QString word = QCoreApplication::translate("inzage::Audience", "afgeschermde bron");
    for (const QString& name : m_shieldedNames)
        out.replace(name, word, Qt::CaseInsensitive);
    return out;
}

void Audience::mask(Person& p) const
{
    if (!isParent() || !p.shielded)
        return;
    p.name.clear();
    p.role = PersonRole::Informant;
    p.relation.clear();
    p.organisation.clear();
    p.phone.clear();
    p.birthDate.clear();
}

void Audience::mask(SpokenTo& s) const
{
    if (!isParent() || !s.shielded)
        return;
    s.name.clear();
    s.role = PersonRole::Informant;
    s.relation.clear();
    s.organisation.clear();
}

void Audience::mask(SourceApproval& a) const
{
    if (!isParent() || !a.shielded)
        return;
    a.name.clear();
    a.role = PersonRole::Informant;
    a.relation.clear();
}

void Audience::mask(Entry& e) const
{
    if (!isParent())
        return;
    if (e.authorShielded)
        e.authorName.clear();
    if (e.holderShielded)
        e.holderName.clear();
    for (SpokenTo& s : e.content.spokenTo)
        mask(s);
    for (SourceApproval& a : e.approvals)
        mask(a);
    // "waarneming door <name>": a basis that names a shielded source names it to the family.
    if (namesShielded(e.content.basisDetail))
        e.content.basisDetail.clear();
    if (namesShielded(e.changeNote))
        e.changeNote.clear();
}

QByteArray Audience::entryClause(const char* alias) const
{
    if (!isParent())
        return {};
    return QByteArray("AND ") + alias + ".visible_to_parent = 1 ";
}

QByteArray Audience::revisionClause(const char* alias) const
{
    return entryClause(alias);
}

QByteArray Audience::answerOwnedBy(const char* alias, std::optional<Id> personId)
{
    const QByteArray a(alias);
    if (!personId)
        return "(" + a + ".owner_person_id IS NULL)";
    const QByteArray id = QByteArray::number(qint64(*personId));
    return "(" + a + ".owner_person_id IS NULL OR " + a + ".owner_person_id = " + id + " OR " + a
        + ".id IN (SELECT answer_id FROM answer_share WHERE person_id = " + id + "))";
}

QByteArray Audience::answerClause(const char* alias) const
{
    if (!isParent())
        return {};
    const QByteArray a(alias);
    // EXISTS per answer, not IN (SELECT …): SQLite 3.15 builds the whole IN list of visible entries
    // first (a second at a million entries), even when there is not one answer to test.
    return "AND EXISTS (SELECT 1 FROM entry aud_e WHERE aud_e.id = " + a + ".entry_id AND aud_e.visible_to_parent = 1) AND "
        + answerOwnedBy(alias, m_parentPersonId) + " ";
}

QByteArray Audience::maskedPersonColumns(const char* alias)
{
    const QByteArray p(alias);
    auto masked = [&](const char* column, const char* empty) {
        return "CASE WHEN " + p + ".shielded THEN " + empty + " ELSE " + p + "." + column + " END";
    };
    return p + ".id, " + masked("name", "''") + ", " + masked("role", "'informant'") + ", " + masked("relation", "''")
        + ", " + masked("organisation", "''") + ", " + masked("phone", "''") + ", " + masked("birth_date", "NULL")
        + ", " + p + ".shielded, " + p + ".shield_reason";
}

QByteArray Audience::maskedBasisDetail(const char* revisionAlias)
{
    const QByteArray r(revisionAlias);
    return "CASE WHEN EXISTS (SELECT 1 FROM person sp WHERE sp.shielded = 1 AND length(sp.name) > 0 AND "
           "instr(lower("
        + r + ".basis_detail), lower(sp.name)) > 0) THEN '' ELSE " + r + ".basis_detail END";
}

QString visibilityWords()
{
    return QCoreApplication::translate("inzage::Audience",
                                       "zichtbaar: ja, yes, 1, zichtbaar; niet zichtbaar: nee, no, 0, verborgen, intern");
}

Result<bool> parseVisibility(const QString& word)
{
    const QString w = word.trimmed().toLower();
    static const QStringList yes {QStringLiteral("ja"), QStringLiteral("yes"), QStringLiteral("1"),
                                  QStringLiteral("zichtbaar")};
    static const QStringList no {QStringLiteral("nee"), QStringLiteral("no"), QStringLiteral("0"),
                                 QStringLiteral("verborgen"), QStringLiteral("intern")};
    if (yes.contains(w))
        return true;
    if (no.contains(w))
        return false;
    return Status(ErrorCode::InvalidInput,
                  QCoreApplication::translate("inzage::Audience",
                                              "'%1' zegt niet duidelijk of de ouder dit mag zien. Toegestaan: %2.")
                      .arg(word, visibilityWords()));
}

} // namespace inzage
