#include "DomainSupport.h"

#include "dossier/Warnings.h"

#include <algorithm>

using namespace inzage;
using namespace inzage::test;

namespace {

bool has(const std::vector<LabelWarning>& list, const char* rule)
{
    return std::any_of(list.begin(), list.end(), [&](const LabelWarning& w) { return w.rule == QLatin1String(rule); });
}

std::vector<LabelWarning> checkContent(const EntryContent& c, const std::vector<Person>& persons = {})
{
    Entry e;
    e.id = 7;
    e.content = c;
    return Warnings::check(e, persons);
}

EntryContent mening(const QString& text, const QString& section = QStringLiteral("Gezin"))
{
    EntryContent c = note(text, section);
    c.label = Label::Mening;
    c.holderId = 1;
    return c;
}

EntryContent bron(const QString& text, const QString& on, Method method)
{
    EntryContent c = note(text);
    c.label = Label::Bron;
    SpokenTo s = spoke(3, on, method);
    s.name = QStringLiteral("Juf Anna");
    c.spokenTo.push_back(s);
    return c;
}

} // namespace

TEST_CASE("a feit with a doubt word warns, the same feit without it does not", "[warnings]")
{
    const auto doubtful = checkContent(feit(QStringLiteral("Tim was waarschijnlijk ziek op 3 maart.")));
    CHECK(has(doubtful, "feit_doubt_word"));
    CHECK(doubtful.front().message.contains(QStringLiteral("'waarschijnlijk'")));
    CHECK(doubtful.front().entryId == 7);
    CHECK_FALSE(has(checkContent(feit(QStringLiteral("Tim was ziek op 3 maart."))), "feit_doubt_word"));
}

TEST_CASE("a feit without a basis warns, with a document basis it does not", "[warnings]")
{
    EntryContent c = feit(QStringLiteral("Tim was in maart 6 dagen afwezig."));
    CHECK_FALSE(has(checkContent(c), "feit_without_basis"));
    c.basisKind = BasisKind::Geen; // as older files may hold it: the writer refuses it today
    c.basisDetail.clear();
    CHECK(has(checkContent(c), "feit_without_basis"));
}

TEST_CASE("a bron warns without who, without a date and without how", "[warnings]")
{
    EntryContent nobody = note(QStringLiteral("De buurvrouw hoorde geschreeuw."));
    nobody.label = Label::Bron;
    CHECK(has(checkContent(nobody), "bron_without_spoken_to"));

    const auto undated = checkContent(bron(QStringLiteral("Juf Anna zegt dat Tim moe is."), {}, Method::Onbekend));
    CHECK(has(undated, "bron_without_date"));
    CHECK(has(undated, "bron_without_method"));

    const auto complete = checkContent(
        bron(QStringLiteral("Juf Anna zegt dat Tim moe is."), QStringLiteral("2025-03-04"), Method::Telefoon));
    CHECK(complete.empty());
}

TEST_CASE("a mening without holder or author warns, with a holder it does not", "[warnings]")
{
    EntryContent c = mening(QStringLiteral("Vader is te streng."));
    CHECK_FALSE(has(checkContent(c), "mening_without_holder"));
    c.holderId.reset();
    CHECK(has(checkContent(c), "mening_without_holder"));
    c.authorId = 2;
    CHECK_FALSE(has(checkContent(c), "mening_without_holder"));
}

TEST_CASE("a conclusion warns until it rests on feiten", "[warnings]")
{
    EntryContent inSection
        = mening(QStringLiteral("Hulp in het vrijwillig kader is niet genoeg."), QStringLiteral("Conclusie"));
    CHECK(has(checkContent(inSection), "conclusion_without_feiten"));
    EntryContent byWords = mening(QStringLiteral("Daarom is een ondertoezichtstelling nodig."));
    CHECK(has(checkContent(byWords), "conclusion_without_feiten"));
    byWords.restsOn = { 4, 5 };
    CHECK_FALSE(has(checkContent(byWords), "conclusion_without_feiten"));
    CHECK_FALSE(has(checkContent(mening(QStringLiteral("Vader is te streng."))), "conclusion_without_feiten"));
}

TEST_CASE("a mening stated as certain warns until it rests on feiten", "[warnings]")
{
    EntryContent c = mening(QStringLiteral("Het staat vast dat vader drinkt."));
    CHECK(has(checkContent(c), "firm_claim_without_basis"));
    c.restsOn = { 4 };
    CHECK_FALSE(has(checkContent(c), "firm_claim_without_basis"));
}

TEST_CASE("text the parent sees that names a shielded source warns, hidden text does not", "[warnings]")
{
    Person melder;
    melder.name = QStringLiteral("Ans de Bruin");
    melder.relation = QStringLiteral("buurvrouw");
    melder.shielded = true;
    melder.shieldReason = QStringLiteral("melder, art. 4.2 Wmo");
    Person juf;
    juf.name = QStringLiteral("Anna Smit");
    juf.relation = QStringLiteral("leerkracht");
    const std::vector<Person> persons { melder, juf };

    CHECK(has(
        checkContent(note(QStringLiteral("Mevrouw De Bruin belde op 3 maart.")), persons), "shielded_source_named"));
    CHECK(has(checkContent(note(QStringLiteral("De buurvrouw hoorde geschreeuw.")), persons), "shielded_source_named"));
    CHECK_FALSE(
        has(checkContent(note(QStringLiteral("De leerkracht Anna Smit belde.")), persons), "shielded_source_named"));
    CHECK_FALSE(has(checkContent(note(QStringLiteral("Er was veel bruine verf.")), persons), "shielded_source_named"));
    EntryContent hidden = note(QStringLiteral("De buurvrouw hoorde geschreeuw."));
    hidden.visibleToParent = false;
    CHECK_FALSE(has(checkContent(hidden, persons), "shielded_source_named"));
}

TEST_CASE("the warnings of a vault cover every page of entries and write nothing", "[warnings]")
{
    TempVault t;
    Vault& v = *t.vault;
    addPerson(v, QStringLiteral("Ans de Bruin"), PersonRole::Informant, QStringLiteral("buurvrouw"), true,
        QStringLiteral("melder, art. 4.2 Wmo"));
    std::vector<EntryContent> many;
    for (int i = 0; i < 1005; ++i)
        many.push_back(note(QStringLiteral("Notitie %1.").arg(i)));
    many.push_back(feit(QStringLiteral("Tim lijkt vaak afwezig.")));
    many.push_back(note(QStringLiteral("De buurvrouw belde de politie.")));
    REQUIRE(Entries(v, professional()).addAll(many, QStringLiteral("import")).isOk());
    const auto before = auditRows(v);

    auto list = Warnings(v, professional()).all();
    REQUIRE(list.isOk());
    CHECK(list->size() == 2);
    CHECK(has(*list, "feit_doubt_word"));
    CHECK(has(*list, "shielded_source_named"));
    CHECK(auditRows(v) == before);
}
