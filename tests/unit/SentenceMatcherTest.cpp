// Matching the sentences of a new version of a document to the old one.

#include "TestSupport.h"

#include "exchange/SentenceMatcher.h"

using namespace inzage;

TEST_CASE("sentences match exactly first, then by word similarity between their neighbours", "[matcher]")
{
    const QStringList oldS { QStringLiteral("de moeder belde."), QStringLiteral("noor komt vaak te laat."),
        QStringLiteral("daan is vrolijk."), QStringLiteral("de school bevestigt dit.") };
    const QStringList newS { QStringLiteral("de moeder belde."), QStringLiteral("noor komt bijna elke dag te laat."),
        QStringLiteral("de school bevestigt dit."), QStringLiteral("de vader is niet bereikt.") };
    CHECK(matchSentences(oldS, newS) == std::vector<int> { 0, 1, 3, -1 });
}

TEST_CASE("a repeated sentence matches its own repeat, in order", "[matcher]")
{
    const QStringList oldS { QStringLiteral("geen bijzonderheden."), QStringLiteral("a b c."),
        QStringLiteral("geen bijzonderheden.") };
    const QStringList newS { QStringLiteral("geen bijzonderheden."), QStringLiteral("geen bijzonderheden.") };
    CHECK(matchSentences(oldS, newS) == std::vector<int> { 0, 2 });
}

TEST_CASE("an unrelated sentence is new, not a revision", "[matcher]")
{
    CHECK(matchSentences({ QStringLiteral("de moeder belde op maandag.") },
              { QStringLiteral("het kind slaapt slecht sinds de verhuizing.") })
        == std::vector<int> { -1 });
    CHECK(wordSimilarity(QStringLiteral("a b c d"), QStringLiteral("a b c d")) == 1.0);
    CHECK(wordSimilarity(QStringLiteral("a b"), QStringLiteral("c d")) == 0.0);
}

TEST_CASE("normalising folds case, accents and whitespace", "[matcher]")
{
    CHECK(normaliseSentence(QStringLiteral("  De  Cliënt\tBELDE. "))
        == normaliseSentence(QStringLiteral("de client belde.")));
}
