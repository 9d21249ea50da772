// The Dutch sentence splitter on hand-written hard cases: every rule has a case that keeps a
// sentence whole and one that still splits.

#include "TestSupport.h"

#include "text/SentenceSplitter.h"

using namespace inzage;

namespace {

QStringList split(const char* text)
{
    return splitSentences(QString::fromUtf8(text));
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("a sentence is not cut after a title before a name", "[splitter]")
{
    for (const char* text : { "Dhr. Jansen belde op maandag.", "Mevr. De Vries was aanwezig.", "Mr. Bakker pleitte.",
             "Dr. Smit onderzocht het kind.", "Het gesprek met mw. Pietersen duurde lang.",
             "Prof. Dr. Ir. De Boer schreef het advies." }) {
        INFO(text);
        CHECK(split(text).size() == 1);
    }
}

TEST_CASE("a sentence is not cut after o.a., i.v.m., d.d., bijv., ca., jl., art. or nr.", "[splitter]")
{
    for (const char* text :
        { "Er is o.a. gesproken met de school.", "De afspraak ging niet door i.v.m. ziekte van de moeder.",
            "In het verslag d.d. 3 maart 2025 staat het anders.", "Neem bijv. De Bron als voorbeeld.",
            "Het gesprek duurde ca. 40 minuten.", "Op 3 maart jl. heeft de vader gebeld.",
            "Dit volgt uit art. 1:255 BW.", "Zie ook art. 7.3.8 Jeugdwet.", "Het gaat om zaak nr. 12345.",
            "Het kind verblijft t.a.v. de schoolgang bij de vader.", "Zij heeft m.b.t. de omgang niets gezegd." }) {
        INFO(text);
        CHECK(split(text).size() == 1);
    }
}

TEST_CASE("initials stay with the surname", "[splitter]")
{
    CHECK(split("De zaak werd behandeld door mr. E.R.T.A. Luijten, kinderrechter.").size() == 1);
    CHECK(split("Volgens J. de Graaf is het gezin verhuisd.").size() == 1);
    CHECK(split("A.B. Jansen en C. Pietersen waren erbij.").size() == 1);
}

TEST_CASE("numbered points, dates, ECLI numbers and legal references stay whole", "[splitter]")
{
    CHECK(split("3.3.3. Conclusie van de raad over de omgang.").size() == 1);
    CHECK(split("2. De moeder is het hier niet mee eens.").size() == 1);
    CHECK(split("Zie paragraaf 2.1 voor de aanleiding.").size() == 1);
    CHECK(split("Op 3 jan. 2026 vond het huisbezoek plaats.").size() == 1);
    CHECK(split("Het huisbezoek was op 14 feb. 2025 om tien uur.").size() == 1);
    CHECK(split("De rechtbank verwijst naar ECLI:NL:RBAMS:2024:123 en naar ECLI:NL:HR:2019:1234.").size() == 1);
    CHECK(split("De raad verzoekt op grond van artikel 1:255 lid 1 BW een ondertoezichtstelling.").size() == 1);
    CHECK(split("Het verzoek steunt op art. 1:265b lid 1 BW jo. art. 1:255 BW.").size() == 1);
}

TEST_CASE("two sentences are never glued together", "[splitter]")
{
    CHECK(split("De moeder belde. De vader niet.") == list({ "De moeder belde.", "De vader niet." }));
    CHECK(split("Het kind is geboren in 2016. Daarna verhuisde het gezin.")
        == list({ "Het kind is geboren in 2016.", "Daarna verhuisde het gezin." }));
    CHECK(split("Zie ECLI:NL:RBAMS:2024:123. De rechtbank oordeelde anders.").size() == 2);
    CHECK(split("Dit staat in artikel 1:255 lid 1 BW. De raad acht dit nodig.").size() == 2);
    CHECK(split("Er waren boeken, schriften enz. De kamer was netjes.").size() == 2);
    CHECK(split("Het gesprek was op 3 jan. De moeder was boos.").size() == 2);
}

TEST_CASE("question and exclamation marks end a sentence before a capital", "[splitter]")
{
    CHECK(split("Waarom is niemand gekomen? De moeder weet het niet.")
        == list({ "Waarom is niemand gekomen?", "De moeder weet het niet." }));
    CHECK(split("Dat klopt niet! Zij was er wel.").size() == 2);
    CHECK(split("Is dat zo?! Ja.").size() == 2);
}

TEST_CASE("a quotation keeps its closing mark and a reporting clause after it stays in the sentence", "[splitter]")
{
    CHECK(split("De moeder zei: \"Ik kom niet meer.\" Daarna ging zij weg.")
        == list({ "De moeder zei: \"Ik kom niet meer.\"", "Daarna ging zij weg." }));
    CHECK(split("\"Waarom moet ik weg?\" vroeg het kind.").size() == 1);
    CHECK(split("Hij zei: “Het is klaar.” Zij knikte.").size() == 2);
    CHECK(split("De vader is boos. “Ik wil mijn kind zien,” zegt hij.").size() == 2);
}

TEST_CASE("an ellipsis ends a sentence only before a capital", "[splitter]")
{
    CHECK(split("Zij wist het niet... De vader ook niet.").size() == 2);
    CHECK(split("Zij wist het niet… en toen belde zij.").size() == 1);
    CHECK(split("De rechtbank overweegt (...) dat het kind veilig moet zijn.").size() == 1);
}

TEST_CASE("a sentence may start with 's or a digit after an ordinary word", "[splitter]")
{
    CHECK(split("Het kind sliep slecht. 's Avonds huilde het vaak.").size() == 2);
    CHECK(split("Er wonen vier kinderen. 2 van hen gaan naar school.").size() == 2);
    CHECK(split("Het is te laat. 's morgens").size() == 1);
}

TEST_CASE("whitespace is collapsed and the sentences join back to the paragraph", "[splitter]")
{
    const QString p = QStringLiteral("  De  moeder\tbelde.\nDe vader   niet.  ");
    const QStringList s = splitSentences(p);
    CHECK(s.join(QLatin1Char(' ')) == p.simplified());
    CHECK(splitSentences(QString()).isEmpty());
    CHECK(split("Zonder punt aan het eind") == list({ "Zonder punt aan het eind" }));
}
