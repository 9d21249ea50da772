// Tokens and cue matching for the label hints; the word lists are in HintWords.cpp.
#include "text/HintWords.h"

#include "text/Folding.h"

#include <QSet>
#include <QStringList>

namespace inzage::hints {

namespace {

bool joins(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('-') || c == QChar(0x2019);
}

} // namespace

std::vector<Token> tokenize(const QString& text)
{
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            const QChar c = text.at(i);
            if (!tokens.empty() && tokens.back().after.isNull() && !c.isSpace())
                tokens.back().after = c;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            const QChar c = text.at(i);
            if (c.isLetterOrNumber()) {
                ++i;
            } else if (i + 1 < n && text.at(i + 1).isLetterOrNumber()
                && (joins(c) || (text.at(i - 1).isDigit() && text.at(i + 1).isDigit()))) {
                ++i; // "ib'er", "risico's", "ex-partner", "1:255", "2.1"
            } else {
                break;
            }
        }
        Token t;
        t.text = text.mid(start, i - start);
        t.word = foldForSearch(t.text);
        t.capital = t.text.at(0).isUpper();
        tokens.push_back(std::move(t));
    }
    return tokens;
}

namespace {

bool wordMatches(const QString& word, QStringView part)
{
    if (part.endsWith(QLatin1Char('*')))
        return word.startsWith(part.chopped(1));
    return word == part;
}

bool matchFrom(const std::vector<Token>& t, const QList<QStringView>& parts, qsizetype part, qsizetype at,
    const std::vector<bool>& blocked, qsizetype* end)
{
    if (part == parts.size()) {
        *end = at;
        return true;
    }
    const qsizetype n = qsizetype(t.size());
    if (parts.at(part) == u"~") {
        for (qsizetype skip = 0; skip <= 6 && at + skip < n; ++skip) {
            if (matchFrom(t, parts, part + 1, at + skip, blocked, end))
                return true;
        }
        return false;
    }
    if (at >= n || blocked.at(std::size_t(at)) || !wordMatches(t.at(std::size_t(at)).word, parts.at(part)))
        return false;
    return matchFrom(t, parts, part + 1, at + 1, blocked, end);
}

} // namespace

Match findCue(const std::vector<Token>& tokens, const char* pattern, const std::vector<bool>& blocked, qsizetype from)
{
    const QString p = QString::fromUtf8(pattern);
    const QList<QStringView> parts = QStringView(p).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = from; i < qsizetype(tokens.size()); ++i) {
        qsizetype end = 0;
        if (!matchFrom(tokens, parts, 0, i, blocked, &end))
            continue;
        Match m { i, end, {} };
        // Show the matched words, not the skipped ones: "geeft … aan".
        QStringList shown;
        qsizetype at = i;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            if (parts.at(k) == u"~") {
                shown << QStringLiteral("…");
                // Find where the next part matched: the first position that completes the pattern.
                for (qsizetype skip = 0; skip <= 6; ++skip) {
                    qsizetype e2 = 0;
                    const QList<QStringView> rest = parts.mid(k + 1);
                    if (matchFrom(tokens, rest, 0, at + skip, blocked, &e2)) {
                        at += skip;
                        break;
                    }
                }
                continue;
            }
            shown << tokens.at(std::size_t(at)).text.toLower();
            ++at;
        }
        m.shown = shown.join(QLatin1Char(' '));
        return m;
    }
    return {};
}

Match findFirst(const std::vector<Token>& tokens, const std::vector<const char*>& patterns,
    const std::vector<bool>& blocked, qsizetype from)
{
    Match best;
    for (const char* p : patterns) {
        const Match m = findCue(tokens, p, blocked, from);
        if (!m.found())
            continue;
        if (!best.found() || m.begin < best.begin || (m.begin == best.begin && m.end > best.end))
            best = m;
    }
    return best;
}

QString firstCueIn(const QString& text, const std::vector<const char*>& patterns)
{
    const std::vector<Token> tokens = tokenize(text);
    const Match m = findFirst(tokens, patterns, std::vector<bool>(tokens.size(), false));
    return m.found() ? m.shown : QString();
}

bool isDateWord(const Token& t)
{
    static const QSet<QString> months {
        QStringLiteral("januari"),
        QStringLiteral("februari"),
        QStringLiteral("maart"),
        QStringLiteral("april"),
        QStringLiteral("mei"),
        QStringLiteral("juni"),
        QStringLiteral("juli"),
        QStringLiteral("augustus"),
        QStringLiteral("september"),
        QStringLiteral("oktober"),
        QStringLiteral("november"),
        QStringLiteral("december"),
        QStringLiteral("jan"),
        QStringLiteral("feb"),
        QStringLiteral("mrt"),
        QStringLiteral("apr"),
        QStringLiteral("jun"),
        QStringLiteral("jul"),
        QStringLiteral("aug"),
        QStringLiteral("sep"),
        QStringLiteral("sept"),
        QStringLiteral("okt"),
        QStringLiteral("nov"),
        QStringLiteral("dec"),
        QStringLiteral("maandag"),
        QStringLiteral("dinsdag"),
        QStringLiteral("woensdag"),
        QStringLiteral("donderdag"),
        QStringLiteral("vrijdag"),
        QStringLiteral("zaterdag"),
        QStringLiteral("zondag"),
        QStringLiteral("gisteren"),
    };
    if (months.contains(t.word))
        return true;
    const QString& w = t.word;
    // 2025, 14-01-2025, 14.01.2025
    if (w.size() == 4 && (w.startsWith(QLatin1String("19")) || w.startsWith(QLatin1String("20"))) && w.at(2).isDigit()
        && w.at(3).isDigit())
        return true;
    return w.size() >= 8 && w.at(0).isDigit() && (w.count(QLatin1Char('-')) == 2 || w.count(QLatin1Char('.')) == 2);
}

bool isParticiple(const Token& t)
{
    const QString& w = t.word;
    if (w.size() < 5)
        return false;
    const bool ending = w.endsWith(QLatin1Char('d')) || w.endsWith(QLatin1Char('t')) || w.endsWith(QLatin1String("en"));
    if (!ending)
        return false;
    if (w.startsWith(QLatin1String("ge")))
        return true;
    // Separable and prefixed verbs: aangevraagd, ingediend, opgesteld, uitgesproken; verhuisd, bezocht.
    static const char* separable[]
        = { "aange", "inge", "opge", "uitge", "afge", "toege", "doorge", "meege", "terugge", "overge" };
    for (const char* p : separable) {
        if (w.startsWith(QLatin1String(p)))
            return true;
    }
    static const char* prefixed[] = { "ver", "be", "ont", "her" };
    for (const char* p : prefixed) {
        if (w.startsWith(QLatin1String(p)) && w.size() >= 7 && !w.endsWith(QLatin1String("en")))
            return true;
    }
    return false;
}

} // namespace inzage::hints
