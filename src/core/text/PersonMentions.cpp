#include "text/PersonMentions.h"

#include <QSet>
#include <QStringList>

#include <cstring>

namespace inzage::hints {

namespace {

QSet<QString> setOf(std::initializer_list<const char*> words)
{
    QSet<QString> s;
    for (const char* w : words)
        s.insert(QString::fromUtf8(w));
    return s;
}

const QSet<QString>& roles()
{
    static const QSet<QString> s = setOf({
        "moeder",
        "vader",
        "ouders",
        "ouder",
        "grootmoeder",
        "grootvader",
        "grootouders",
        "oma",
        "opa",
        "tante",
        "oom",
        "stiefvader",
        "stiefmoeder",
        "partner",
        "ex-partner",
        "broer",
        "zus",
        "zusje",
        "broertje",
        "leerkracht",
        "groepsleerkracht",
        "juf",
        "meester",
        "mentor",
        "docent",
        "directeur",
        "ib'er",
        "zorgcoordinator",
        "huisarts",
        "jeugdarts",
        "arts",
        "kinderarts",
        "verpleegkundige",
        "jeugdverpleegkundige",
        "psycholoog",
        "psychiater",
        "orthopedagoog",
        "behandelaar",
        "therapeut",
        "jeugdbeschermer",
        "gezinsvoogd",
        "hulpverlener",
        "gezinscoach",
        "jeugdconsulent",
        "wijkagent",
        "politie",
        "agent",
        "buurvrouw",
        "buurman",
        "buren",
        "advocaat",
        "advocate",
        "verzoekster",
        "verzoeker",
        "belanghebbende",
        "pleegouders",
        "pleegmoeder",
        "pleegvader",
        "gastouder",
        "medewerker",
        "medewerkster",
        "raadsonderzoeker",
        "onderzoeker",
        "school",
        "creche",
        "kinderopvang",
        "gi",
        "ggd",
        "raad",
        "rechtbank",
        "kinderrechter",
        "hof",
        "wijkteam",
        "jeugdteam",
        "kind",
        "kinderen",
        "zoon",
        "dochter",
        "melder",
        "getuige",
        "informant",
        "begeleider",
        "ondergetekende",
        "curator",
        "mentrix",
        "zorgaanbieder",
        "jeugdzorgaanbieder",
        "casemanager",
        "regisseur",
        "schoolmaatschappelijk",
        "bijzondere",
    });
    return s;
}

bool isRoleWord(const QString& w)
{
    if (roles().contains(w))
        return true;
    static const char* families[] = { "leerkracht", "arts", "medewerker", "medewerkster", "begeleider", "werker",
        "coach", "consulent", "therapeut", "verpleegkundige", "moeder", "vader" };
    for (const char* f : families) {
        if (w.size() > qsizetype(std::strlen(f)) + 2 && w.endsWith(QLatin1String(f)))
            return true;
    }
    return false;
}

const QSet<QString>& titles()
{
    static const QSet<QString> s = setOf(
        { "mevrouw", "mevr", "meneer", "mijnheer", "dhr", "mr", "dr", "drs", "juf", "meester", "prof", "ir", "ing" });
    return s;
}

const QSet<QString>& particles()
{
    static const QSet<QString> s = setOf({ "van", "de", "der", "den", "ter", "ten", "te", "'t", "op", "in" });
    return s;
}

const QSet<QString>& articles()
{
    static const QSet<QString> s = setOf({ "de", "het", "haar", "zijn", "hun", "diens", "een", "deze" });
    return s;
}

const QSet<QString>& pronouns()
{
    static const QSet<QString> s = setOf({ "zij", "hij", "ze", "ik", "wij", "we" });
    return s;
}

bool isNameToken(const Token& t)
{
    return t.capital && !t.word.isEmpty() && !t.word.at(0).isDigit();
}

// "Jansen", "van der Berg", "E R T A Luijten" after a title or a first name.
qsizetype nameEnd(const std::vector<Token>& t, qsizetype i)
{
    const qsizetype n = qsizetype(t.size());
    qsizetype end = i;
    while (end < n) {
        const Token& k = t.at(std::size_t(end));
        if (isNameToken(k)) {
            ++end;
            if (k.after == QLatin1Char(',') || k.after == QLatin1Char(':'))
                break;
            continue;
        }
        // A particle counts only when a capitalised word follows it.
        if (particles().contains(k.word) && !k.capital && end + 1 < n && isNameToken(t.at(std::size_t(end + 1)))
            && end > i) {
            ++end;
            continue;
        }
        break;
    }
    return end;
}

QString join(const std::vector<Token>& t, qsizetype b, qsizetype e)
{
    QStringList parts;
    for (qsizetype i = b; i < e; ++i)
        parts << t.at(std::size_t(i)).text;
    return parts.join(QLatin1Char(' '));
}

QString lowerUnlessAcronym(const QString& s)
{
    if (s.size() <= 4 && s == s.toUpper())
        return s; // GI, GGD
    return s.toLower();
}

} // namespace

bool Mention::isAuthor(DocumentKind kind) const
{
    static const QSet<QString> everyAuthor = setOf({ "wij", "we", "ik", "ondergetekende" });
    static const QSet<QString> court = setOf({ "rechtbank", "kinderrechter", "hof" });
    static const QSet<QString> raad = setOf({ "raad", "raadsonderzoeker", "onderzoeker" });
    static const QSet<QString> other = setOf({ "veilig thuis", "gi", "jeugdbeschermer", "gezinsvoogd", "onderzoeker" });
    if (everyAuthor.contains(key))
        return true;
    switch (kind) {
    case DocumentKind::Court:
        return court.contains(key);
    case DocumentKind::RaadReport:
        return raad.contains(key);
    case DocumentKind::OtherReport:
        return other.contains(key);
    }
    return false;
}

QString Mention::display() const
{
    if (!name.isEmpty() && !role.isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, role);
    return name.isEmpty() ? role : name;
}

std::vector<Mention> findMentions(const std::vector<Token>& t)
{
    std::vector<Mention> found;
    const qsizetype n = qsizetype(t.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Token& k = t.at(std::size_t(i));
        const qsizetype start = (i > 0 && articles().contains(t.at(std::size_t(i - 1)).word)) ? i - 1 : i;
        Mention m;
        if (titles().contains(k.word)
            || (k.word == QLatin1String("heer") && i > 0 && t.at(std::size_t(i - 1)).word == QLatin1String("de"))) {
            const qsizetype e = nameEnd(t, i + 1);
            if (e == i + 1)
                continue;
            m.begin = k.word == QLatin1String("heer") ? i - 1 : i;
            m.end = e;
            m.name = join(t, m.begin, e);
            m.key = t.at(std::size_t(e - 1)).word;
        } else if (k.word == QLatin1String("veilig") && i + 1 < n
            && t.at(std::size_t(i + 1)).word == QLatin1String("thuis")) {
            qsizetype e = i + 2;
            if (t.at(std::size_t(i + 1)).after.isNull() && e < n && isNameToken(t.at(std::size_t(e))))
                ++e; // Veilig Thuis Utrecht
            m.begin = start;
            m.end = e;
            m.role = join(t, i, e);
            m.key = QStringLiteral("veilig thuis");
        } else if (isRoleWord(k.word)) {
            qsizetype e = i + 1;
            m.key = k.word;
            // Two-word roles and names: "intern begeleider", "Raad voor de Kinderbescherming".
            if (k.word == QLatin1String("raad") && e + 2 < n && t.at(std::size_t(e)).word == QLatin1String("voor"))
                e += 3;
            if (k.word == QLatin1String("bijzondere") || k.word == QLatin1String("schoolmaatschappelijk")) {
                if (e >= n)
                    continue;
                ++e;
            }
            // "de advocaat van de moeder", "de leerkracht van Noor"
            if (k.after.isNull() && e + 1 < n && t.at(std::size_t(e)).word == QLatin1String("van")
                && t.at(std::size_t(e - 1)).after.isNull()) {
                qsizetype j = e + 1;
                if (j < n && articles().contains(t.at(std::size_t(j)).word))
                    ++j;
                if (j < n && (isRoleWord(t.at(std::size_t(j)).word) || isNameToken(t.at(std::size_t(j)))))
                    e = j + 1;
            }
            m.begin = start;
            m.end = e;
            m.role = lowerUnlessAcronym(join(t, i, e));
            // "groepsleerkracht mevrouw Jansen", "juf Anna"
            if (e < n && t.at(std::size_t(e - 1)).after.isNull() && titles().contains(t.at(std::size_t(e)).word)) {
                const qsizetype ne = nameEnd(t, e + 1);
                if (ne > e + 1) {
                    m.name = join(t, e, ne);
                    m.end = ne;
                }
            }
        } else if (pronouns().contains(k.word)) {
            m.begin = i;
            m.end = i + 1;
            m.pronoun = true;
            m.role = k.word;
            m.key = k.word;
        } else {
            continue;
        }
        found.push_back(m);
        i = m.end - 1;
    }
    // Apposition: "de groepsleerkracht, mevrouw Jansen," and "mevrouw Jansen, de groepsleerkracht,".
    std::vector<Mention> merged;
    for (std::size_t i = 0; i < found.size(); ++i) {
        Mention m = found.at(i);
        if (i + 1 < found.size()) {
            const Mention& next = found.at(i + 1);
            const bool adjacent = next.begin == m.end && t.at(std::size_t(m.end - 1)).after == QLatin1Char(',');
            if (adjacent && !m.pronoun && !next.pronoun
                && ((m.name.isEmpty() && next.role.isEmpty()) || (m.role.isEmpty() && next.name.isEmpty()))) {
                if (m.name.isEmpty())
                    m.name = next.name;
                else
                    m.role = next.role;
                m.end = next.end;
                ++i;
            }
        }
        merged.push_back(m);
    }
    return merged;
}

QString headingSpeaker(const QString& heading)
{
    const std::vector<Token> t = tokenize(heading);
    for (const Mention& m : findMentions(t)) {
        if (!m.pronoun)
            return m.display();
    }
    return {};
}

} // namespace inzage::hints
