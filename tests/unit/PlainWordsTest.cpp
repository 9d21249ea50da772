// The words of the file explained in plain Dutch: every label and the shielded source, the chain's
// words, and why note numbers skip.

#include "dossier/PlainWords.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <set>

using namespace inzage;

namespace {

// B1 as a rule of thumb: short sentences.
int longestSentenceInWords(const QString& text)
{
    int longest = 0;
    for (const QString& sentence : text.split(QRegularExpression(QStringLiteral("[.?!]\\s")), Qt::SkipEmptyParts))
        longest = std::max(longest, int(sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()));
    return longest;
}

void checkPlain(const PlainWord& w)
{
    INFO(w.key.toStdString());
    CHECK_FALSE(w.word.isEmpty());
    CHECK_FALSE(w.meaning.isEmpty());
    CHECK_FALSE(w.forYou.isEmpty());
    CHECK(longestSentenceInWords(w.meaning) <= 20);
    CHECK(longestSentenceInWords(w.forYou) <= 20);
}

} // namespace

TEST_CASE("the legend explains the four labels and the shielded source, each with what the parent can do",
          "[plain-words]")
{
    const auto labels = PlainWords::labels();
    std::vector<QString> keys;
    for (const PlainWord& w : labels) {
        checkPlain(w);
        keys.push_back(w.key);
    }
    CHECK(keys == std::vector<QString> {QStringLiteral("feit"), QStringLiteral("mening"), QStringLiteral("bron"),
                                        QStringLiteral("onbeoordeeld"), QStringLiteral("afgeschermd")});
    // What the parent can do follows the answer choices: a mening is not changed, an own view is added.
    CHECK(PlainWords::label(Label::Mening).forYou.contains(QStringLiteral("eigen visie")));
    CHECK(PlainWords::label(Label::Feit).forYou.contains(QStringLiteral("verbeteren")));
    CHECK(PlainWords::label(Label::Bron).meaning.contains(QStringLiteral("met wie")));
    CHECK(PlainWords::label(Label::Onbeoordeeld).word == QStringLiteral("Nog niet beoordeeld"));
}

TEST_CASE("the glossary explains the chain's words once each, alphabetically", "[plain-words]")
{
    const auto words = PlainWords::glossary();
    REQUIRE(words.size() >= 5);
    std::set<QString> keys;
    for (const PlainWord& w : words) {
        checkPlain(w);
        keys.insert(w.key);
    }
    CHECK(keys.size() == words.size());
    for (const char* needed : {"ots", "raad", "gi", "maatregel", "concept-rapport"})
        CHECK(keys.count(QString::fromLatin1(needed)) == 1);
    for (std::size_t i = 1; i < words.size(); ++i)
        CHECK(QString::localeAwareCompare(words[i - 1].word, words[i].word) < 0);
}

TEST_CASE("the gaps in note numbers are explained without alarm", "[plain-words]")
{
    const QString gaps = PlainWords::numberGaps();
    CHECK(gaps.contains(QStringLiteral("niets kwijt")));
    CHECK(longestSentenceInWords(gaps) <= 20);
}
