#include "text/HintContext.h"

#include "text/Folding.h"
#include "text/HintWords.h"

#include <QRegularExpression>

namespace inzage::hints {

namespace {

QString foldedHeading(const QString& heading)
{
    // "3.2 Standpunt van de moeder" → "standpunt van de moeder", "II. Het geding" → "het geding"; a
    // roman numeral only with its dot, so "Inhoudsindicatie" and "Visie" keep their first letter.
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:(?:\\d+(?:\\.\\d+)*\\.?|[IVXivx]+[.)])\\s*)+(?=\\p{L})"));
    QString h = foldForSearch(heading).trimmed();
    h.remove(numbering);
    return h.trimmed();
}

bool startsWithAny(const QString& h, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (h.startsWith(QLatin1String(w)))
            return true;
    }
    return false;
}

} // namespace

SectionSense senseOfHeading(const QString& heading, DocumentKind kind)
{
    const QString h = foldedHeading(heading);
    if (h.isEmpty())
        return {};
    const QString speaker = headingSpeaker(h);
    // The author's own view under a heading that names the author: "Visie van de Raad".
    const std::vector<Token> t = tokenize(h);
    bool namesAuthor = false;
    bool namesOther = false;
    for (const Mention& m : findMentions(t)) {
        if (m.isAuthor(kind))
            namesAuthor = true;
        else if (!m.pronoun)
            namesOther = true;
    }
    if (startsWithAny(h,
            { "analyse", "conclusie", "advies", "beoordeling", "de beoordeling", "overweging", "afweging",
                "beschouwing", "samenvatting en conclusie", "risicotaxatie", "zorgen", "de motivering", "motivering",
                "onderbouwing", "visie", "standpunt van de raad", "beantwoording", "conclusies", "slotsom", "tot slot",
                "inhoudsindicatie", "het oordeel", "oordeel van", "de overwegingen" })
        && (!namesOther || namesAuthor))
        return { Label::Mening, {} };
    if (startsWithAny(h,
            { "standpunt", "standpunten", "informatie", "gesprek", "gesprekken", "zienswijze", "reactie", "verklaring",
                "het verweer", "verweer", "visie", "mening", "contact met", "telefonisch contact", "informant", "wat ",
                "de standpunten", "de verzoeken", "het standpunt", "het verzoek en het verweer", "inbreng", "beleving",
                "ervaring", "de grieven", "grieven" })
        || (namesOther && !namesAuthor && t.size() <= 3
            && !startsWithAny(h,
                { "aanleiding", "procesverloop", "feiten", "de feiten", "bevindingen", "observatie", "waarneming",
                    "gegevens" }))) {
        return { Label::Bron, speaker };
    }
    if (startsWithAny(h,
            { "aanleiding", "procesverloop", "het procesverloop", "verloop van de procedure",
                "het verloop van de procedure", "de procedure", "procedure", "feiten", "de feiten", "gegevens",
                "personalia", "onderzoeksactiviteiten", "gezinssamenstelling", "juridische situatie",
                "voorgeschiedenis", "de beslissing", "beslissing", "de uitspraak", "dictum", "onderzoeksvraag",
                "vraagstelling", "bronnen", "het geding", "geding", "het verloop van het geding", "procesgang" }))
        return { Label::Feit, {} };
    return {};
}

bool looksLikeHeading(const QString& text, DocumentKind kind)
{
    const QString s = text.trimmed();
    if (s.isEmpty() || s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('?')) || s.endsWith(QLatin1Char(':')))
        return false;
    const std::vector<Token> t = tokenize(s);
    if (t.empty() || t.size() > 7)
        return false;
    return senseOfHeading(s, kind).label != Label::Onbeoordeeld;
}

DocumentKind detectDocumentKind(const std::vector<QString>& texts)
{
    // A Raad report names the kinderrechter too ("De Raad verzoekt de kinderrechter…"): count what
    // each kind of author does in its own voice and take the larger.
    static const std::vector<const char*> court { "ter zitting", "ter terechtzitting", "mondelinge behandeling",
        "rechtbank overweegt", "kinderrechter overweegt", "hof overweegt", "oordeel van de rechtbank",
        "oordeel van de kinderrechter", "oordeel van het hof", "rechtbank ~ van oordeel", "kinderrechter ~ van oordeel",
        "hof ~ van oordeel", "rechtbank stelt", "kinderrechter stelt", "rechtbank beslist", "kinderrechter beslist",
        "rechtbank wijst", "kinderrechter wijst", "rechtbank acht", "kinderrechter acht", "hof acht",
        "rechtbank gaat uit", "kinderrechter gaat uit", "beschikking waarvan beroep", "verzoekschrift", "beroepschrift",
        "verweerschrift", "hoger beroep", "bestreden beschikking", "ter griffie", "voert ~ het volgende aan",
        "voert ~ het navolgende aan", "ziet de rechtbank", "ziet de kinderrechter", "ziet het hof", "acht de rechtbank",
        "acht de kinderrechter", "acht het hof" };
    static const std::vector<const char*> report { "raad adviseert", "raad is van mening", "raad concludeert",
        "raad heeft gesproken", "raadsonderzoeker", "raad ~ onderzoek", "raad acht", "raad ziet", "raad vindt",
        "ondergetekende", "huisbezoek" };
    int courtVotes = 0;
    int reportVotes = 0;
    for (const QString& text : texts) {
        const std::vector<Token> t = tokenize(text);
        const std::vector<bool> none(t.size(), false);
        if (findFirst(t, court, none).found())
            ++courtVotes;
        if (findFirst(t, report, none).found())
            ++reportVotes;
    }
    if (courtVotes > reportVotes)
        return DocumentKind::Court;
    // A report that never names the Raad is written by Veilig Thuis or a GI.
    for (const QString& text : texts) {
        for (const Mention& m : findMentions(tokenize(text))) {
            if (m.key == QLatin1String("raad") || m.key == QLatin1String("raadsonderzoeker"))
                return DocumentKind::RaadReport;
        }
    }
    return DocumentKind::OtherReport;
}

void HintContext::enterSection(const QString& heading)
{
    if (heading == m_heading)
        return;
    m_heading = heading;
    m_section = senseOfHeading(heading, m_kind);
    m_framing = {};
    m_lastSpeaker = m_section.speaker;
}

void HintContext::frame(Label label, const QString& speaker, const QString& sentence)
{
    m_framing = { label, speaker, sentence };
}

} // namespace inzage::hints
