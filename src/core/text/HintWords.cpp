// The word lists of the label hints (and the warnings); tokens and matching are in HintTokens.cpp.
#include "text/HintWords.h"

namespace inzage::hints {

namespace cues {

const std::vector<const char*>& speech()
{
    static const std::vector<const char*> list {
        "vertelt",
        "vertelde",
        "verteld",
        "vertellen",
        "zegt",
        "zei",
        "zeiden",
        "gezegd",
        "zeggen",
        "geeft ~ aan",
        "gaf ~ aan",
        "gaven ~ aan",
        "aangegeven",
        "verklaart",
        "verklaarde",
        "verklaard",
        "verklaren",
        "meldt",
        "meldde",
        "melden",
        "gemeld dat",
        "stelt dat",
        "stelde dat",
        "stellen dat",
        "gesteld dat",
        "voert ~ aan",
        "voerde ~ aan",
        "aangevoerd",
        "brengt ~ naar voren",
        "naar voren gebracht",
        "naar voren gebracht",
        "betoogt",
        "betoogde",
        "betoogd",
        "benadrukt",
        "benadrukte",
        "licht ~ toe",
        "lichtte ~ toe",
        "toegelicht",
        "ontkent",
        "ontkende",
        "ontkend",
        "erkent",
        "erkende",
        "bevestigt",
        "bevestigde",
        "bevestigd",
        "beaamt",
        "beaamde",
        "laat weten",
        "liet weten",
        "laten weten",
        "deelt ~ mee",
        "deelde ~ mee",
        "medegedeeld",
        "meegedeeld",
        "merkt ~ op",
        "merkte ~ op",
        "opgemerkt",
        "te kennen gegeven",
        "geeft te kennen",
        "schrijft",
        "schreef",
        "geschreven dat",
        "beschrijft",
        "beschreef",
        "noemt",
        "noemde",
        "vertelt",
        "klaagt",
        "klaagde",
        "ervaart",
        "ervaren",
        "vindt",
        "vond",
        "vinden",
        "is het ~ eens",
        "is het ~ oneens",
        "zijn het ~ eens",
        "verzet zich",
        "verzetten zich",
        "heeft ~ bezwaar",
        "hebben ~ bezwaar",
        "stemt ~ in",
        "wil graag",
        "wenst",
        "is van mening",
        "zijn van mening",
        "was van mening",
        "maakt zich ~ zorgen",
        "maken zich ~ zorgen",
        "maakte zich ~ zorgen",
        "heeft ~ zorgen",
        "hebben ~ zorgen",
        "naar eigen zeggen",
        "desgevraagd",
        "verwijt",
        "verwijten",
        "beschuldigt",
        "betwist",
        "betwisten",
        "betwistte",
        "bestrijdt",
        "weerspreekt",
    };
    return list;
}

const std::vector<const char*>& according()
{
    static const std::vector<const char*> list { "volgens", "aldus", "naar zeggen van", "namens", "van de kant van",
        "blijkens de verklaring van" };
    return list;
}

const std::vector<const char*>& judgement()
{
    static const std::vector<const char*> list {
        "is van mening",
        "zijn van mening",
        "is van oordeel",
        "zijn van oordeel",
        "is ~ van oordeel",
        "zijn ~ van oordeel",
        "volgt ~ het advies",
        "deelt ~ de zorgen",
        "naar het oordeel van",
        "oordeelt",
        "oordeelde",
        "overweegt",
        "overwegen",
        "overwoog",
        "acht het",
        "acht ~ noodzakelijk",
        "acht ~ wenselijk",
        "acht ~ aangewezen",
        "acht ~ aannemelijk",
        "acht ~ in het belang",
        "achten",
        "achtte",
        "adviseert",
        "adviseren",
        "adviseerde",
        "geadviseerd",
        "concludeert",
        "concluderen",
        "concludeerde",
        "komt tot de conclusie",
        "vindt",
        "vinden",
        "begrijpt",
        "ziet ~ aanleiding",
        "ziet ~ geen",
        "neemt ~ in aanmerking",
        "weegt ~ mee",
        "houdt ~ rekening",
        "verzoekt",
        "verzoeken",
        "stelt voor",
        "schat ~ in",
        "verwacht",
        "verwachten",
        "heeft ~ zorgen",
        "maakt zich ~ zorgen",
        "denkt dat",
        "denken dat",
        "dacht dat",
        "dachten dat",
        "valt ~ op dat",
    };
    return list;
}

const std::vector<const char*>& takesPlace()
{
    static const std::vector<const char*> list { "vond ~ plaats", "vonden ~ plaats", "vindt ~ plaats",
        "vinden ~ plaats" };
    return list;
}

const std::vector<const char*>& doubt()
{
    static const std::vector<const char*> list {
        "lijkt",
        "lijken",
        "leek",
        "leken",
        "waarschijnlijk",
        "vermoedelijk",
        "vermoedt",
        "vermoeden",
        "mogelijk",
        "mogelijkerwijs",
        "wellicht",
        "misschien",
        "zou",
        "zouden",
        "kennelijk",
        "blijkbaar",
        "schijnt",
        "ogenschijnlijk",
        "naar verwachting",
        "lijkt erop",
    };
    return list;
}

const std::vector<const char*>& evaluative()
{
    static const std::vector<const char*> list {
        "zorgelijk*",
        "zorgwekkend*",
        "zorgen",
        "zorg over",
        "onvoldoende",
        "voldoende",
        "onveilig*",
        "kwetsbaar",
        "kwetsbare",
        "belast",
        "overbelast*",
        "ernstig*",
        "schadelijk*",
        "bedreig*",
        "noodzakelijk*",
        "noodzaak",
        "nodig",
        "wenselijk*",
        "onwenselijk*",
        "belangrijk*",
        "van belang",
        "in het belang",
        "passend*",
        "geschikt*",
        "ongeschikt*",
        "zou moeten",
        "moet",
        "moeten",
        "dient",
        "dienen",
        "verwachting",
        "inschatting",
        "indruk",
        "komt ~ over als",
        "komen ~ over als",
        "kwam ~ over als",
        "het beeld",
        "risico*",
        "twijfel*",
        "onduidelijk",
        "duidelijk dat",
        "onmiskenbaar",
        "evident",
        "problematisch*",
        "problematiek",
        "loyaliteitsconflict",
        "instabiel*",
        "stabiel*",
        "gebrekkig*",
        "tekortschiet*",
        "schiet ~ tekort",
        "schieten ~ tekort",
        "onvermogen",
        "niet in staat",
        "in staat",
        "te weinig",
        "te veel",
        "aangewezen",
        "gerechtvaardigd",
        "gegrond",
        "ongegrond",
        "terecht",
        "onterecht",
        "redelijk*",
        "aannemelijk",
        "onaannemelijk",
        "overtuigd",
        "begrijpelijk",
        "helaas",
        "gelukkig",
        "opvallend*",
        "positief",
        "positieve",
        "negatief",
        "negatieve",
        "goed",
        "goede",
        "slecht*",
        "angstig*",
        "gespannen",
        "hecht*",
        "liefdevol*",
        "zwaar",
        "zware",
        "moeizaam",
        "moeilijk*",
        "beperkt",
        "beperkte",
        "sterk",
        "sterke",
        "onvoorspelbaar*",
        "ontwikkelingsbedreig*",
    };
    return list;
}

const std::vector<const char*>& concluding()
{
    static const std::vector<const char*> list {
        "concludeert",
        "concluderen",
        "concludeerde",
        "conclusie",
        "concluderend",
        "daarom",
        "derhalve",
        "dus",
        "kortom",
        "al met al",
        "gelet op",
        "gezien het voorgaande",
        "op grond van het voorgaande",
        "om die reden",
        "dan ook",
        "samenvattend",
        "adviseert",
        "adviseren",
    };
    return list;
}

const std::vector<const char*>& hearsay()
{
    static const std::vector<const char*> list { "zou ~ hebben", "zouden ~ hebben", "zou ~ zijn", "zouden ~ zijn",
        "zou ~ worden", "naar verluidt", "van horen zeggen" };
    return list;
}

const std::vector<const char*>& contact()
{
    static const std::vector<const char*> list {
        "gesproken met",
        "gesprek gehad met",
        "gesprek met",
        "telefonisch contact",
        "contact gehad",
        "contact opgenomen",
        "contact gezocht",
        "huisbezoek afgelegd",
        "huisbezoek plaatsgevonden",
        "is gesproken",
        "zijn gesproken",
        "heeft ~ gebeld",
        "heeft ~ gemaild",
        "heeft ~ bezocht",
        "gesprek plaatsgevonden",
        "heeft plaatsgevonden",
        "hebben plaatsgevonden",
        "vond ~ plaats",
        "vonden ~ plaats",
        "vindt ~ plaats",
        "vinden ~ plaats",
        "zijn verschenen",
        "is verschenen",
        "zijn gehoord",
        "is gehoord",
    };
    return list;
}

const std::vector<const char*>& observation()
{
    static const std::vector<const char*> list {
        "zag",
        "zagen",
        "heeft ~ gezien",
        "hebben ~ gezien",
        "observeerde",
        "geobserveerd",
        "waargenomen",
        "nam ~ waar",
        "was aanwezig",
        "waren aanwezig",
        "tijdens het huisbezoek",
        "tijdens de observatie",
    };
    return list;
}

const std::vector<const char*>& document()
{
    static const std::vector<const char*> list {
        "verzoekschrift",
        "verzoek",
        "beschikking",
        "rapport",
        "rapportage",
        "verslag",
        "brief",
        "e-mail",
        "mail",
        "melding",
        "meldingen",
        "dossier",
        "uitspraak",
        "vonnis",
        "stukken",
        "schoolrapport",
        "plan van aanpak",
        "hulpverleningsplan",
        "zorgmelding",
        "proces-verbaal",
        "aangifte",
        "uittreksel",
        "brp",
        "indicatie",
        "ingediend",
        "ingekomen",
        "ontvangen",
        "verstuurd",
        "gedateerd",
        "opgesteld",
        "griffie",
    };
    return list;
}

const std::vector<const char*>& established()
{
    static const std::vector<const char*> list { "staat vast", "vast staat", "stelt ~ vast", "staat ~ vast",
        "uit ~ blijkt", "blijkt uit", "uit ~ is gebleken", "is gebleken dat", "gebleken is dat", "blijkens",
        "staat dat", "staat vermeld", "staat beschreven", "staat genoteerd" };
    return list;
}

const std::vector<const char*>& decision()
{
    static const std::vector<const char*> list { "spreekt ~ uit", "verlengt", "wijst ~ af", "wijst ~ toe", "bepaalt",
        "uitvoerbaar bij voorraad", "beveelt", "benoemt", "machtigt", "verleent", "stelt ~ onder toezicht", "ontheft",
        "is gegeven door", "in het openbaar uitgesproken", "beslist" };
    return list;
}

const std::vector<const char*>& firmClaim()
{
    static const std::vector<const char*> list {
        "staat vast",
        "vast staat",
        "zonder twijfel",
        "ongetwijfeld",
        "zeker is",
        "het is duidelijk dat",
        "onmiskenbaar",
        "evident",
        "altijd",
        "nooit",
        "iedereen",
        "niemand",
        "onomstotelijk",
        "bewezen",
    };
    return list;
}

const std::vector<const char*>& partyAccount()
{
    static const std::vector<const char*> list { "het volgende aan", "het navolgende aan", "het volgende aangevoerd",
        "het navolgende aangevoerd", "het volgende verklaard", "het navolgende verklaard", "als volgt onderbouwd",
        "als volgt toegelicht", "ten grondslag gelegd", "stelt zich ~ op het standpunt",
        "stellen zich ~ op het standpunt", "op het standpunt gesteld" };
    return list;
}

const std::vector<const char*>& hearing()
{
    static const std::vector<const char*> list { "ter zitting", "ter terechtzitting", "namens", "in toelichting",
        "tijdens de mondelinge behandeling", "bij de mondelinge behandeling", "tijdens de zitting", "op de zitting" };
    return list;
}

} // namespace cues

} // namespace inzage::hints
