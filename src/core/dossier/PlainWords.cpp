#include "dossier/PlainWords.h"

namespace inzage {

std::vector<PlainWord> PlainWords::labels()
{
    return { label(Label::Feit), label(Label::Mening), label(Label::Bron), label(Label::Onbeoordeeld),
        { QStringLiteral("afgeschermd"), tr("Afgeschermde bron"),
            tr("Iemand die informatie heeft gegeven, maar van wie de naam niet in uw dossier staat. Dat mag "
               "alleen met een reden, bijvoorbeeld om die persoon te beschermen."),
            tr("U ziet wel wat er is gezegd, maar niet door wie. U kunt op wat er staat reageren zoals op "
               "elke andere notitie.") } };
}

PlainWord PlainWords::label(Label label)
{
    switch (label) {
    case Label::Feit:
        return { QStringLiteral("feit"), tr("Feit"),
            tr("Iets wat is gebeurd of wat je kunt nagaan: een datum, een afspraak, wat er in een brief staat."),
            tr("Klopt een feit niet? Dan kunt u vragen om het te verbeteren. De hulpverlener moet daar binnen "
               "een maand op antwoorden.") };
    case Label::Mening:
        return { QStringLiteral("mening"), tr("Mening"),
            tr("Wat een hulpverlener ergens van vindt: een oordeel, een zorg of een advies. Bij elke mening "
               "staat van wie die mening is."),
            tr("Een mening wordt niet veranderd omdat u het er niet mee eens bent. U kunt wel uw eigen visie "
               "ernaast laten zetten. Die leest iedereen die het dossier leest.") };
    case Label::Bron:
        return { QStringLiteral("bron"), tr("Bron"),
            tr("Wat iemand anders heeft verteld, bijvoorbeeld school, de huisarts of de buren. Er staat bij "
               "met wie er is gesproken, wanneer en hoe."),
            tr("Heeft die persoon het niet zo gezegd? Dan kunt u dat laten weten. De hulpverlener vraagt het "
               "dan na.") };
    case Label::Onbeoordeeld:
        break;
    }
    return { QStringLiteral("onbeoordeeld"), tr("Nog niet beoordeeld"),
        tr("De hulpverlener heeft nog niet aangegeven of dit een feit, een mening of een bron is."),
        tr("Lees het met extra aandacht. U kunt er gewoon op reageren.") };
}

std::vector<PlainWord> PlainWords::glossary()
{
    return {
        { QStringLiteral("concept-rapport"), tr("Concept-rapport"),
            tr("Een rapport dat nog niet af is. U mag het lezen voordat het wordt verstuurd."),
            tr("Dit is het moment om te reageren: wat u nu zegt, kan nog in het rapport komen.") },
        { QStringLiteral("gi"), tr("GI (gecertificeerde instelling)"),
            tr("De organisatie die de jeugdbescherming uitvoert, bijvoorbeeld SAVE. Uw jeugdbeschermer werkt "
               "daar."),
            tr("De GI maakt met u afspraken en houdt zich aan wat de kinderrechter heeft besloten.") },
        { QStringLiteral("maatregel"), tr("Maatregel"),
            tr("Een beslissing van de kinderrechter over uw kind, zoals een ondertoezichtstelling of een "
               "uithuisplaatsing."),
            tr("Een maatregel geldt voor een bepaalde tijd. U mag daarover uw mening geven aan de kinderrechter.") },
        { QStringLiteral("ots"), tr("OTS (ondertoezichtstelling)"),
            tr("De kinderrechter besluit dat een jeugdbeschermer met u meekijkt en helpt bij de opvoeding."),
            tr("U blijft de ouder en houdt het gezag. De jeugdbeschermer kan wel afspraken met u maken die u "
               "moet nakomen.") },
        { QStringLiteral("raad"), tr("Raad voor de Kinderbescherming"),
            tr("Een organisatie die onderzoekt of een kind veilig opgroeit, en de kinderrechter advies geeft."),
            tr("De Raad spreekt met u en met anderen. In het rapport moet staan met wie er is gesproken.") },
        { QStringLiteral("veilig-thuis"), tr("Veilig Thuis"),
            tr("De organisatie waar mensen zorgen over huiselijk geweld of kindermishandeling kunnen melden."),
            tr("Veilig Thuis onderzoekt een melding en spreekt daarover ook met u.") },
    };
}

QString PlainWords::numberGaps()
{
    return tr("De nummers lopen niet altijd door (nr. 4, nr. 7). Dat komt doordat uw dossier alleen de "
              "notities laat zien die voor u zijn. De andere zijn niet voor u bedoeld, bijvoorbeeld omdat ze "
              "over iemand anders gaan. Er is niets kwijt.");
}

} // namespace inzage
