#include "exchange/SentenceMatcher.h"

#include "text/Folding.h"

#include <QHash>
#include <QRegularExpression>

#include <deque>

namespace inzage {

namespace {

QHash<QString, int> wordCounts(const QString& s)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QHash<QString, int> counts;
    for (const QString& w : s.split(separators, Qt::SkipEmptyParts))
        ++counts[w];
    return counts;
}

} // namespace

QString normaliseSentence(const QString& text)
{
    return foldForSearch(text.simplified());
}

double wordSimilarity(const QString& a, const QString& b)
{
    const QHash<QString, int> wa = wordCounts(a);
    const QHash<QString, int> wb = wordCounts(b);
    int na = 0, nb = 0, common = 0;
    for (auto it = wa.cbegin(); it != wa.cend(); ++it) {
        na += it.value();
        common += qMin(it.value(), wb.value(it.key()));
    }
    for (int n : wb)
        nb += n;
    return na + nb == 0 ? 1.0 : 2.0 * common / (na + nb);
}

std::vector<int> matchSentences(const QStringList& oldSentences, const QStringList& newSentences, double threshold)
{
    const int oldCount = int(oldSentences.size());
    const int newCount = int(newSentences.size());
    std::vector<int> match(std::size_t(newCount), -1);
    std::vector<bool> used(std::size_t(oldCount), false);

    QHash<QString, std::deque<int>> byText;
    for (int j = 0; j < oldCount; ++j)
        byText[oldSentences[j]].push_back(j);
    for (int i = 0; i < newCount; ++i) {
        auto it = byText.find(newSentences[i]);
        if (it == byText.end() || it->empty())
            continue;
        match[std::size_t(i)] = it->front();
        used[std::size_t(it->front())] = true;
        it->pop_front();
    }

    for (int i = 0; i < newCount; ++i) {
        if (match[std::size_t(i)] >= 0)
            continue;
        int lo = -1, hi = oldCount;
        for (int p = i - 1; p >= 0; --p)
            if (match[std::size_t(p)] >= 0) {
                lo = match[std::size_t(p)];
                break;
            }
        for (int n = i + 1; n < newCount; ++n)
            if (match[std::size_t(n)] >= 0) {
                hi = match[std::size_t(n)];
                break;
            }
        if (lo >= hi) { // the neighbours crossed (a moved paragraph): look everywhere
            lo = -1;
            hi = oldCount;
        }
        int best = -1;
        double bestScore = threshold;
        for (int j = lo + 1; j < hi; ++j) {
            if (used[std::size_t(j)])
                continue;
            const double score = wordSimilarity(oldSentences[j], newSentences[i]);
            if (score >= bestScore && (best < 0 || score > bestScore)) {
                best = j;
                bestScore = score;
            }
        }
        if (best >= 0) {
            match[std::size_t(i)] = best;
            used[std::size_t(best)] = true;
        }
    }
    return match;
}

} // namespace inzage
