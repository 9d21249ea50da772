// entry_label_count (schema 4): the unfiltered label counts beside every first page come from it,
// so it must always agree with the entries it counts.

#include "DomainSupport.h"
#include "TestSupport.h"

#include "dossier/Entries.h"

using namespace inzage;
using namespace inzage::test;

namespace {

// The table's rows against a count of the entries themselves, as "label/visible=n" lines.
QString stored(Vault& v)
{
    QStringList out;
    Statement st(v.db(), "SELECT label, visible_to_parent, n FROM entry_label_count WHERE n > 0 ORDER BY 1, 2");
    while (st.step() == SQLITE_ROW)
        out << QStringLiteral("%1/%2=%3").arg(st.text(0)).arg(st.integer(1)).arg(st.integer(2));
    return out.join(QLatin1Char(' '));
}

QString counted(Vault& v)
{
    QStringList out;
    Statement st(v.db(), "SELECT label, visible_to_parent, count(*) FROM entry GROUP BY 1, 2 ORDER BY 1, 2");
    while (st.step() == SQLITE_ROW)
        out << QStringLiteral("%1/%2=%3").arg(st.text(0)).arg(st.integer(1)).arg(st.integer(2));
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("label counts follow every add, relabel and change of visibility", "[entries][counts]")
{
    TempVault t;
    Vault& v = *t.vault;
    Entries entries(v, professional());
    CHECK(scalar(v, "SELECT count(*) FROM entry_label_count") == 8);
    CHECK(stored(v).isEmpty());

    const Id a = addEntry(v, QStringLiteral("De moeder belde op maandag."));
    const Id b = addEntry(v, feit(QStringLiteral("Het kind was op school.")));
    EntryContent internal = note(QStringLiteral("Interne notitie."));
    internal.visibleToParent = false;
    const Id c = addEntry(v, internal);
    CHECK(stored(v) == counted(v));

    REQUIRE(entries.setLabel(a, Label::Mening, BasisKind::Geen, {}, std::nullopt, {}, {}).isOk());
    EntryContent shown = entries.get(c)->content;
    shown.visibleToParent = true;
    REQUIRE(entries.revise(c, shown, QStringLiteral("zichtbaar")).isOk());
    EntryContent sameLabel = entries.get(b)->content;
    sameLabel.text += QStringLiteral(" Ook op dinsdag.");
    REQUIRE(entries.revise(b, sameLabel, QStringLiteral("tekst")).isOk());

    CHECK(stored(v) == counted(v));
    CHECK(stored(v) == QStringLiteral("feit/1=1 mening/1=1 onbeoordeeld/1=1"));
    const auto all = entries.counts({});
    REQUIRE(all.isOk());
    CHECK(all->feit == 1);
    CHECK(all->mening == 1);
    CHECK(all->onbeoordeeld == 1);
    CHECK(all->total() == 3);
}

TEST_CASE("a missing label-count row is an error, not a wrong total", "[entries][counts]")
{
    TempVault t;
    Vault& v = *t.vault;
    rawSql(v, "DROP TRIGGER entry_label_count_no_delete");
    rawSql(v, "DELETE FROM entry_label_count WHERE label = 'onbeoordeeld' AND visible_to_parent = 1");
    const auto added = Entries(v, professional()).add(note(QStringLiteral("Een notitie.")), {});
    REQUIRE_FALSE(added.isOk());
    CHECK(added.status().code() == ErrorCode::Damaged);
    CHECK(scalar(v, "SELECT count(*) FROM entry") == 0); // nothing half-written
}

TEST_CASE("a parent copy counts only the entries the parent may see", "[entries][counts][parent-copy]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("Zichtbaar voor de ouder."));
    addEntry(v, feit(QStringLiteral("Ook zichtbaar.")));
    EntryContent internal = feit(QStringLiteral("Alleen intern."));
    internal.visibleToParent = false;
    addEntry(v, internal);

    auto view = parentViewOf(v);
    Vault& copy = *view->vault;
    CHECK(stored(copy) == counted(copy));
    CHECK(stored(copy) == QStringLiteral("feit/1=1 onbeoordeeld/1=1"));
    const auto parentCounts = Entries(copy, parent()).counts({});
    REQUIRE(parentCounts.isOk());
    CHECK(parentCounts->feit == 1);
    CHECK(parentCounts->total() == 2);
    const auto professionalCounts = Entries(v, professional()).counts({});
    REQUIRE(professionalCounts.isOk());
    CHECK(professionalCounts->feit == 2);
    CHECK(professionalCounts->total() == 3);
}
