#include "TestSupport.h"

#include "text/HintEvaluation.h"
#include "text/LabelHints.h"

using namespace inzage;

namespace {

std::vector<LabelHint> hintsFor(const std::vector<HintSentence>& doc)
{
    return LabelHints::forDocument(doc);
}

} // namespace

TEST_CASE("reported speech is a bron with the speaker as the person spoken to", "[hints]")
{
    const LabelHint h = LabelHints::forSentence(
        QStringLiteral("Volgens de groepsleerkracht, mevrouw Jansen, komt Tim vaak zonder ontbijt naar school."));
    CHECK(h.label == Label::Bron);
    CHECK(h.reason == QStringLiteral("bevat 'volgens'"));
    CHECK(h.spokenTo == QStringLiteral("mevrouw Jansen (groepsleerkracht)"));

    const LabelHint said = LabelHints::forSentence(QStringLiteral("De huisarts geeft aan dat Tim in maart ziek was."));
    CHECK(said.label == Label::Bron);
    CHECK(said.spokenTo == QStringLiteral("huisarts"));
    CHECK(said.reason.contains(QStringLiteral("geeft … aan")));
}

TEST_CASE("a doubt word or a judgement without a reported speaker is a mening", "[hints]")
{
    const LabelHint h = LabelHints::forSentence(QStringLiteral("Tim lijkt zich thuis niet veilig te voelen."));
    CHECK(h.label == Label::Mening);
    CHECK(h.reason == QStringLiteral("twijfelwoord 'lijkt'"));
    CHECK(
        LabelHints::forSentence(QStringLiteral("De Raad is van mening dat hulp in een gedwongen kader nodig is.")).label
        == Label::Mening);
    CHECK(LabelHints::forSentence(QStringLiteral("De opvoedsituatie is zorgelijk.")).label == Label::Mening);
}

TEST_CASE("a dated action without a judgement is a feit", "[hints]")
{
    const LabelHint h
        = LabelHints::forSentence(QStringLiteral("Op 2 maart 2025 heeft de school een zorgmelding verstuurd."));
    CHECK(h.label == Label::Feit);
    CHECK(h.reason == QStringLiteral("datum en handeling, geen oordeel"));
}

TEST_CASE("a heading carries its speaker to the sentences under it", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Tim zit in groep 4."), QStringLiteral("Informatie school") },
        { QStringLiteral("Hij is vaak moe in de ochtend."), QStringLiteral("Informatie school") },
        { QStringLiteral("Vader wil meer omgang."), QStringLiteral("Standpunt vader") },
    });
    CHECK(hints[0].label == Label::Bron);
    CHECK(hints[0].reason == QStringLiteral("onder het kopje 'Informatie school'"));
    CHECK(hints[0].spokenTo == QStringLiteral("school"));
    CHECK(hints[1].label == Label::Bron);
    CHECK(hints[2].label == Label::Bron);
    CHECK(hints[2].spokenTo == QStringLiteral("vader"));
}

TEST_CASE("an analysis heading makes its sentences the author's mening", "[hints]")
{
    const auto hints
        = hintsFor({ { QStringLiteral("Tim raakt klem tussen zijn ouders."), QStringLiteral("Analyse") } });
    CHECK(hints[0].label == Label::Mening);
    CHECK(hints[0].reason == QStringLiteral("onder het kopje 'Analyse'"));
}

TEST_CASE("a framing sentence carries over until the section ends", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("De moeder voert het volgende aan."), QStringLiteral("Gesprekken") },
        { QStringLiteral("Zij heeft een nieuwe baan in Utrecht."), QStringLiteral("Gesprekken") },
        { QStringLiteral("Het contact met de school is verbeterd."), QStringLiteral("Gesprekken") },
        { QStringLiteral("Tim woont bij zijn moeder in Utrecht."), QStringLiteral("Gezinssituatie") },
    });
    CHECK(hints[0].label == Label::Bron);
    CHECK(hints[1].label == Label::Bron);
    CHECK(hints[1].spokenTo == QStringLiteral("moeder"));
    CHECK(hints[2].label == Label::Bron);
    CHECK(hints[2].reason.startsWith(QStringLiteral("na de aankondiging")));
    CHECK(hints[3].label == Label::Feit);
}

TEST_CASE("in a court decision the court judges and the parties are sources", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Ter zitting heeft de vader verklaard dat hij de afspraken nakomt."), {} },
        { QStringLiteral("De Raad heeft ter zitting geadviseerd het verzoek toe te wijzen."), {} },
        { QStringLiteral("De rechtbank overweegt als volgt."), {} },
        { QStringLiteral("Naar het oordeel van de rechtbank is de ontwikkeling van het kind bedreigd."), {} },
        { QStringLiteral("De kinderrechter verlengt de ondertoezichtstelling tot 1 mei 2026."), {} },
    });
    CHECK(hints[0].label == Label::Bron);
    CHECK(hints[0].spokenTo == QStringLiteral("vader"));
    CHECK(hints[1].label == Label::Bron); // the Raad is a party before the court
    CHECK(hints[2].label == Label::Mening);
    CHECK(hints[3].label == Label::Mening);
    CHECK(hints[4].label == Label::Feit);
}

TEST_CASE("in a Raad report the Raad's advice is its own mening", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("De raadsonderzoeker heeft op 4 april 2025 gesproken met de moeder."), {} },
        { QStringLiteral("De Raad adviseert een ondertoezichtstelling voor de duur van een jaar."), {} },
    });
    CHECK(hints[0].label == Label::Feit);
    CHECK(hints[1].label == Label::Mening);
}

TEST_CASE("an organisation's name is no judgement", "[hints]")
{
    const LabelHint h
        = LabelHints::forSentence(QStringLiteral("Op 5 januari 2025 heeft Veilig Thuis een melding ontvangen."));
    CHECK(h.label == Label::Feit);
}

TEST_CASE("text without words gets no suggestion", "[hints]")
{
    CHECK(LabelHints::forSentence(QStringLiteral(" – 12 ")).none());
}

TEST_CASE("the evaluation counts hits per document and refuses a file without label and text", "[hints]")
{
    const QString tsv = QStringLiteral("source\tlabel\ttext\n"
                                       "a\tbron\tDe moeder vertelt dat Tim goed slaapt.\n"
                                       "a\tmening\tDe situatie lijkt stabiel.\n"
                                       "b\tfeit\tTim lijkt op zijn vader.\n");
    auto eval = HintEvaluator::evaluateTsv(tsv);
    REQUIRE(eval.isOk());
    CHECK(eval->rows.size() == 3);
    CHECK(eval->correct == 2);
    CHECK(eval->confusion[std::size_t(Label::Feit)][std::size_t(Label::Mening)] == 1);

    auto bad = HintEvaluator::evaluateTsv(QStringLiteral("tekst\tsoort\nx\ty\n"));
    CHECK(bad.code() == ErrorCode::InvalidInput);
    auto unknownLabel = HintEvaluator::evaluateTsv(QStringLiteral("label\ttext\nweetniet\tTim slaapt.\n"));
    CHECK(unknownLabel.code() == ErrorCode::InvalidInput);
    CHECK(unknownLabel.message().contains(QStringLiteral("Regel 2")));
}

// A sentence's own signals outrank the heading it stands under (measured on tests/data/hints and,
// never tuned on, ../shared/corpus; see README "Label hints").
TEST_CASE("a dated action under a conversation heading is a feit, not what the person said", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Oma is op 12 mei 2025 bij haar thuis bezocht."), QStringLiteral("Gesprek met oma") },
        { QStringLiteral("Oma zorgt elke woensdag voor de kinderen."), QStringLiteral("Gesprek met oma") },
    });
    CHECK(hints[0].label == Label::Feit);
    CHECK(hints[0].reason == QStringLiteral("datum en handeling, geen oordeel"));
    CHECK(hints[1].label == Label::Bron); // no signal of its own: the heading decides
    CHECK(hints[1].spokenTo == QStringLiteral("oma"));
}

TEST_CASE("'vond plaats' describes the meeting, it is nobody's opinion", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Het tweede gesprek vond plaats in de bibliotheek."), QStringLiteral("Gesprek met oom") },
    });
    CHECK(hints[0].label == Label::Feit);
    CHECK(LabelHints::forSentence(QStringLiteral("Oom vond de afspraak te vroeg.")).label == Label::Bron);
}

TEST_CASE("a judgement word outranks a source heading: who thinks decides between mening and bron", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Het is zorgelijk dat Sem zo vaak alleen thuis is."), QStringLiteral("Informatie buurtteam") },
        { QStringLiteral("Wij denken dat Sem meer structuur nodig heeft."), QStringLiteral("Informatie buurtteam") },
        { QStringLiteral("De buurtcoach denkt dat Sem meer structuur nodig heeft."), QStringLiteral("Overig") },
    });
    CHECK(hints[0].label == Label::Mening);
    CHECK(hints[1].label == Label::Mening);
    CHECK(hints[2].label == Label::Bron);
    CHECK(hints[2].spokenTo == QStringLiteral("buurtcoach"));
}

TEST_CASE("under an analysis heading a dated sentence or a record without judgement is a feit", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Sinds augustus 2024 woont Sem bij zijn tante."), QStringLiteral("Analyse") },
        { QStringLiteral("Het dossier van het buurtteam bevat vier verslagen."), QStringLiteral("Analyse") },
        { QStringLiteral("Sem mist de steun van een vaste volwassene."), QStringLiteral("Analyse") },
    });
    CHECK(hints[0].label == Label::Feit);
    CHECK(hints[1].label == Label::Feit);
    CHECK(hints[2].label == Label::Mening);
}

// Court decisions (session 6): how a decision hands the word to a party and takes it back.

TEST_CASE("in a decision an announced account is the party's until the court speaks in its own name", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral(
              "De vader voert in het beroepschrift, zoals ter zitting aangevuld, kort samengevat het volgende aan."),
            {} },
        { QStringLiteral("De vader heeft sinds januari 2024 een eigen woning in Zwolle gehuurd."), {} },
        { QStringLiteral("De vader vindt dat de jeugdbeschermer te weinig doet."), {} },
        { QStringLiteral("Het gaat goed met Daan op zijn nieuwe school."), {} },
        { QStringLiteral("Het hof overweegt als volgt."), {} },
        { QStringLiteral("Daan woont sinds maart 2023 bij zijn grootouders."), {} },
        { QStringLiteral("Het hof is van oordeel dat de ondertoezichtstelling nog nodig is."), {} },
    });
    CHECK(hints[0].label == Label::Bron);
    CHECK(hints[0].spokenTo == QStringLiteral("vader"));
    CHECK(hints[1].label == Label::Bron); // a dated action, but the father's account
    CHECK(hints[1].spokenTo == QStringLiteral("vader"));
    CHECK(hints[2].label == Label::Bron);
    CHECK(hints[3].label == Label::Bron); // a value word, but the father's
    CHECK(hints[4].label == Label::Mening);
    CHECK(hints[5].label == Label::Feit); // the court's reasoning states facts too
    CHECK(hints[6].label == Label::Mening);
}

TEST_CASE("in a decision 'als volgt onderbouwd' and 'stelt zich op het standpunt' announce an account", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Ter zitting is de zaak besproken."), {} },
        { QStringLiteral("De raad heeft het verzoek ter zitting als volgt onderbouwd."), {} },
        { QStringLiteral("Er zijn ernstige zorgen over de hechting van Mila."), {} },
        { QStringLiteral("De GI stelt zich op het standpunt dat verlenging noodzakelijk is."), {} },
        { QStringLiteral("Mila heeft al twee jaar geen contact met haar vader."), {} },
    });
    CHECK(hints[1].label == Label::Bron);
    CHECK(hints[1].spokenTo == QStringLiteral("raad"));
    CHECK(hints[2].label == Label::Bron); // the Raad's concern, not the court's
    CHECK(hints[3].label == Label::Bron);
    CHECK(hints[3].spokenTo == QStringLiteral("GI"));
    CHECK(hints[4].label == Label::Bron);
}

TEST_CASE("in a decision a statement that opens with the hearing carries over to what follows", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Namens de GI is ter zitting verklaard dat de jeugdbeschermer wekelijks langskomt."),
            QStringLiteral("De beoordeling") },
        { QStringLiteral("Voor de therapie geldt een wachtlijst van vier maanden."), QStringLiteral("De beoordeling") },
        { QStringLiteral("De kinderrechter overweegt als volgt."), QStringLiteral("De beoordeling") },
        { QStringLiteral("De kinderrechter acht een verlenging van een half jaar in het belang van Noor."),
            QStringLiteral("De beoordeling") },
    });
    CHECK(hints[0].label == Label::Bron);
    CHECK(hints[1].label == Label::Bron); // still what was said for the GI, under "De beoordeling"
    CHECK(hints[1].spokenTo == QStringLiteral("GI"));
    CHECK(hints[2].label == Label::Mening);
    CHECK(hints[3].label == Label::Mening);
}

TEST_CASE("in a decision a party speaks under a heading for the positions, value words included", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("De zaak is ter zitting behandeld."), QStringLiteral("Het procesverloop") },
        { QStringLiteral("Het gaat slecht met Yara op de opvang."), QStringLiteral("Het standpunt van de moeder") },
    });
    CHECK(hints[1].label == Label::Bron);
    CHECK(hints[1].spokenTo == QStringLiteral("moeder"));
}

TEST_CASE("the subject after the verb decides whose judgement it is", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("De zaak is ter zitting behandeld."), {} },
        { QStringLiteral("Anders dan de moeder betoogt, is het hof van oordeel dat de termijn is verstreken."), {} },
        { QStringLiteral("Om die reden is de moeder van oordeel dat de omgang moet worden uitgebreid."), {} },
    });
    CHECK(hints[1].label == Label::Mening);
    CHECK(hints[2].label == Label::Bron);
    CHECK(hints[2].spokenTo == QStringLiteral("moeder"));
}

TEST_CASE("who appeared on behalf of an organisation is not what it said", "[hints]")
{
    const auto hint = LabelHints::forSentence(
        QStringLiteral("Ter zitting zijn verschenen: de moeder en mevrouw Bakker namens de GI."));
    CHECK(hint.label == Label::Feit);
}

TEST_CASE("a headnote summarises the court's ruling and the procedure headings hold facts", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Hof bekrachtigt de ondertoezichtstelling van twee kinderen."),
            QStringLiteral("Inhoudsindicatie") },
        { QStringLiteral("Partijen worden hierna de ouders genoemd."),
            QStringLiteral("2. Het geding in hoger beroep") },
        { QStringLiteral("Partijen worden hierna de ouders genoemd."),
            QStringLiteral("II. Het verloop van het geding") },
    });
    CHECK(hints[0].label == Label::Mening);
    CHECK(hints[1].label == Label::Feit);
    CHECK(hints[1].reason == QStringLiteral("onder het kopje '2. Het geding in hoger beroep'"));
    CHECK(hints[2].label == Label::Feit);
}

TEST_CASE("a heading's first letter is no roman numeral: 'Informatie' and 'Visie' are read whole", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("Noor komt elke dag op tijd."), QStringLiteral("Informatie school") },
        { QStringLiteral("Noor komt elke dag op tijd."), QStringLiteral("Inhoudsindicatie") },
    });
    CHECK(hints[0].label == Label::Bron);
    CHECK(hints[0].reason == QStringLiteral("onder het kopje 'Informatie school'"));
    CHECK(hints[1].label == Label::Mening);
}

TEST_CASE("an inverted court subject marks a decision: a person after a preposition is no subject", "[hints]")
{
    const auto hints = hintsFor({
        { QStringLiteral("De kinderrechter ziet met de raad aanleiding om de ondertoezichtstelling te verlengen."),
            QStringLiteral("Inhoudsindicatie") },
        { QStringLiteral("Daarom acht de kinderrechter een verlenging van een jaar passend."),
            QStringLiteral("Inhoudsindicatie") },
    });
    CHECK(hints[0].label == Label::Mening);
    CHECK(hints[0].reason.startsWith(QStringLiteral("oordeel van de schrijver")));
    CHECK(hints[1].label == Label::Mening);
}
