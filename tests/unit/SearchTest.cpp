#include "DomainSupport.h"

#include "text/Folding.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace inzage;
using namespace inzage::test;

namespace {

std::vector<QString> search(Vault& v, const QString& query)
{
    EntryFilter f;
    f.search = query;
    auto r = Entries(v, professional()).list(f);
    INFO("query: " << str(query) << " -> " << str(r.message()));
    REQUIRE(r.isOk());
    std::vector<QString> texts;
    for (const Entry& e : *r)
        texts.push_back(e.content.text);
    return texts;
}

} // namespace

TEST_CASE("folding for search drops accents and case", "[search][folding]")
{
    CHECK(foldForSearch(QStringLiteral("Cliënt")) == QStringLiteral("client"));
    CHECK(foldForSearch(QStringLiteral("CLIËNT")) == QStringLiteral("client"));
    CHECK(foldForSearch(QStringLiteral("ÉÉN")) == QStringLiteral("een"));
    CHECK(foldForSearch(QStringLiteral("één")) == QStringLiteral("een"));
    CHECK(foldForSearch(QStringLiteral("Ça va, naïef, coördinator")) == QStringLiteral("ca va, naief, coordinator"));
    CHECK(foldForSearch(QStringLiteral("İstanbul")) == QStringLiteral("istanbul"));
    CHECK(foldForSearch(QStringLiteral("ﬁets")) == QStringLiteral("fiets"));
    CHECK(foldForSearch(QString()).isEmpty());
}

TEST_CASE("folding for search turns ß into ss, as Unicode case folding says", "[search][folding]")
{
    CHECK(foldForSearch(QStringLiteral("Straße")) == QStringLiteral("strasse"));
    CHECK(foldForSearch(QStringLiteral("STRASSE")) == foldForSearch(QStringLiteral("straße")));
}

TEST_CASE("folding for search leaves emoji, digits and punctuation untouched", "[search][folding]")
{
    for (const QString& s : {QStringLiteral("😀"), QStringLiteral("👍🏽"), QStringLiteral("👨‍👩‍👧"),
                             QStringLiteral("🏳️‍🌈"), QStringLiteral("❤️"), QStringLiteral("1️⃣"),
                             QStringLiteral("2024-03-12, 14:30 (tel.) \"x\"")}) {
        INFO(str(s));
        CHECK(foldForSearch(s) == s);
    }
    CHECK(foldForSearch(QStringLiteral("Café 😀")) == QStringLiteral("cafe 😀"));
}

TEST_CASE("folding replaces an unpaired surrogate instead of passing it on", "[search][folding]")
{
    CHECK(foldForSearch(QString(QChar(0xD83D))) == QString(QChar(0xFFFD)));
    CHECK(foldForSearch(QStringLiteral("A") + QChar(0xDE00) + QStringLiteral("B")) ==
          QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("b"));
    CHECK(buildSearchQuery(QStringLiteral("moe") + QChar(0xDE00) + QStringLiteral("der")) == QStringLiteral("moe* der*"));
}

TEST_CASE("folding keeps non-Latin scripts searchable", "[search][folding]")
{
    CHECK(foldForSearch(QStringLiteral("ΟΔΥΣΣΕΑΣ")) == foldForSearch(QStringLiteral("οδυσσεας")));
    CHECK(foldForSearch(QStringLiteral("Привет")) == QStringLiteral("привет"));
    CHECK(foldForSearch(QStringLiteral("שלום")) == QStringLiteral("שלום"));
}

TEST_CASE("search finds text regardless of accents and case", "[search]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("De cliënt kwam te laat."));
    addEntry(v, QStringLiteral("Het CLIENT-dossier is compleet."));
    addEntry(v, QStringLiteral("Moeder zegt dat alles goed gaat."));

    CHECK(search(v, QStringLiteral("client")).size() == 2);
    CHECK(search(v, QStringLiteral("cliënt")).size() == 2);
    CHECK(search(v, QStringLiteral("CLIËNT")).size() == 2);
    CHECK(search(v, QStringLiteral("moeder")) == std::vector<QString> {QStringLiteral("Moeder zegt dat alles goed gaat.")});
    CHECK(search(v, QStringLiteral("vader")).empty());
}

TEST_CASE("search matches word prefixes", "[search]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("Gesprek met de jeugdbeschermer."));
    addEntry(v, QStringLiteral("De leerkracht belde."));
    CHECK(search(v, QStringLiteral("jeugd")).size() == 1);
    CHECK(search(v, QStringLiteral("Leer")).size() == 1);
    CHECK(search(v, QStringLiteral("beschermer")).empty()); // prefixes, not infixes
}

TEST_CASE("search with several words needs all of them", "[search]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("Moeder belde de school."));
    addEntry(v, QStringLiteral("Vader belde de huisarts."));
    CHECK(search(v, QStringLiteral("belde school")).size() == 1);
    CHECK(search(v, QStringLiteral("belde")).size() == 2);
    CHECK(search(v, QStringLiteral("school huisarts")).empty());
}

TEST_CASE("search after a text revision finds the new text and not the old", "[search]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id id = addEntry(v, QStringLiteral("Moeder was boos."));
    Entries entries(v, professional());
    auto e = entries.get(id);
    REQUIRE(e.isOk());
    EntryContent c = e->content;
    c.text = QStringLiteral("Moeder was verdrietig.");
    REQUIRE(entries.revise(id, c, {}).isOk());

    CHECK(search(v, QStringLiteral("verdrietig")).size() == 1);
    CHECK(search(v, QStringLiteral("boos")).empty());
    // A revision that does not touch the text keeps it findable.
    REQUIRE(entries.setLabel(id, Label::Mening, BasisKind::Geen, {}, std::nullopt, {}).isOk());
    CHECK(search(v, QStringLiteral("verdrietig")).size() == 1);
    CHECK(scalar(v, "SELECT count(*) FROM entry_search") == 1);
}

TEST_CASE("search combines with the other filters and respects parent visibility", "[search]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, feit(QStringLiteral("School meldt verzuim."), QStringLiteral("School")));
    EntryContent hidden = note(QStringLiteral("School intern overleg."), QStringLiteral("School"));
    hidden.visibleToParent = false;
    addEntry(v, hidden);
    addEntry(v, note(QStringLiteral("School is ver weg."), QStringLiteral("Thuis")));

    CHECK(search(v, QStringLiteral("school")).size() == 3);
    CHECK(search(*parentViewOf(v)->vault, QStringLiteral("school")).size() == 2);

    EntryFilter f;
    f.search = QStringLiteral("school");
    f.section = QStringLiteral("School");
    f.label = Label::Feit;
    auto r = Entries(v, professional()).list(f);
    REQUIRE(r.isOk());
    REQUIRE(r->size() == 1);
    CHECK(r->front().content.text == QStringLiteral("School meldt verzuim."));

    auto counts = Entries(v, professional()).counts(f);
    REQUIRE(counts.isOk());
    CHECK(counts->feit == 1);
    CHECK(counts->onbeoordeeld == 1);
    CHECK(counts->total() == 2);
}

TEST_CASE("search finds words in right-to-left text and after emoji", "[search]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("الأم قالت شكرا"));
    addEntry(v, QStringLiteral("😀😀 gezellig bezoek"));
    CHECK(search(v, QStringLiteral("شكرا")).size() == 1);
    CHECK(search(v, QStringLiteral("gezellig")).size() == 1);
}

TEST_CASE("the search query keeps only words, each as a prefix term", "[search][query]")
{
    CHECK(buildSearchQuery(QStringLiteral("Cliënt")) == QStringLiteral("client*"));
    CHECK(buildSearchQuery(QStringLiteral("  moeder   belde ")) == QStringLiteral("moeder* belde*"));
    CHECK(buildSearchQuery(QStringLiteral("\"moeder\"")) == QStringLiteral("moeder*"));
    CHECK(buildSearchQuery(QStringLiteral("moe*")) == QStringLiteral("moe*"));
    CHECK(buildSearchQuery(QStringLiteral("-vader")) == QStringLiteral("vader*"));
    CHECK(buildSearchQuery(QStringLiteral("(a OR b)")) == QStringLiteral("a* or* b*"));
    CHECK(buildSearchQuery(QStringLiteral("moeder NEAR/3 school")) == QStringLiteral("moeder* near* 3* school*"));
    CHECK(buildSearchQuery(QStringLiteral("folded:moeder")) == QStringLiteral("folded* moeder*"));
    CHECK(buildSearchQuery(QStringLiteral("^begin")) == QStringLiteral("begin*"));
    CHECK(buildSearchQuery(QStringLiteral("*** \"\" () : -")).isEmpty());
    CHECK(buildSearchQuery(QString()).isEmpty());
}

TEST_CASE("no user input makes search fail", "[search][query]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("Moeder belde de school over NEAR en OR."));
    const QStringList nasty {
        QStringLiteral("\""), QStringLiteral("\"moeder"), QStringLiteral("moeder\""), QStringLiteral("*"),
        QStringLiteral("**moe**"), QStringLiteral("-"), QStringLiteral("-moeder"), QStringLiteral("moeder -school"),
        QStringLiteral("NEAR"), QStringLiteral("moeder NEAR school"), QStringLiteral("NEAR/2"), QStringLiteral("AND"),
        QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("moeder OR"), QStringLiteral("AND moeder"),
        QStringLiteral("("), QStringLiteral(")"), QStringLiteral("(moeder"), QStringLiteral("moeder))"),
        QStringLiteral(":"), QStringLiteral("folded:moeder"), QStringLiteral("entry_search:x"), QStringLiteral("^"),
        QStringLiteral("'); DROP TABLE entry; --"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"),
        QStringLiteral("\u0000"), QStringLiteral("😀"), QStringLiteral("   "), QStringLiteral("\n\t"),
        QStringLiteral("a\u0301"), QStringLiteral("\u200B"), QStringLiteral("ﷺ"), QString(2000, QLatin1Char('a')),
        QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9 0"),
        QString(QChar(0xD83D)), QStringLiteral("moe") + QChar(0xDE00) + QStringLiteral("der"),
        QStringLiteral(")\\e%\"D") + QChar(0xD83D) + QStringLiteral("'RR(O:_"),
    };
    for (const QString& q : nasty) {
        INFO("query: " << str(q));
        EntryFilter f;
        f.search = q;
        auto listed = Entries(v, professional()).list(f);
        CHECK(listed.isOk());
        auto counted = Entries(v, professional()).counts(f);
        CHECK(counted.isOk());
    }
    CHECK(search(v, QStringLiteral("\"moeder")).size() == 1);
    CHECK(search(v, QStringLiteral("NEAR")).size() == 1);
    CHECK(search(v, QStringLiteral("(school)")).size() == 1);
    CHECK(search(v, QStringLiteral("'); DROP TABLE entry; --")).empty());
    CHECK(scalar(v, "SELECT count(*) FROM entry") == 1);
}

TEST_CASE("random input from FTS syntax characters never makes search fail", "[search][query]")
{
    TempVault t;
    Vault& v = *t.vault;
    addEntry(v, QStringLiteral("Moeder belde de school."));
    const QString alphabet = QStringLiteral("\"*-():^'/ ;%_\\ORANDNEARmoeëÉ1😀\u0301\u200D");
    QRandomGenerator rng(20240312);
    for (int i = 0; i < 300; ++i) {
        QString q;
        const int n = int(rng.bounded(1, 16));
        for (int k = 0; k < n; ++k)
            q += alphabet.at(int(rng.bounded(alphabet.size())));
        INFO("query: " << str(q));
        EntryFilter f;
        f.search = q;
        auto listed = Entries(v, professional()).list(f);
        REQUIRE(listed.isOk());
        const QString built = buildSearchQuery(q);
        for (const QString& term : built.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            CHECK(QRegularExpression(QStringLiteral("^[\\p{L}\\p{N}]+\\*$")).match(term).hasMatch());
    }
}
