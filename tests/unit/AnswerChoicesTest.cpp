// The choices a parent gets on an entry follow from its label, and each says what happens next.

#include "dossier/AnswerChoices.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace inzage;

namespace {

std::vector<AnswerKind> kinds(Label l)
{
    std::vector<AnswerKind> out;
    for (const AnswerChoice& c : AnswerChoices::forLabel(l))
        out.push_back(c.kind);
    return out;
}

bool offers(Label l, AnswerKind k)
{
    const auto all = kinds(l);
    return std::find(all.begin(), all.end(), k) != all.end();
}

QString titleOf(Label l, AnswerKind k)
{
    for (const AnswerChoice& c : AnswerChoices::forLabel(l)) {
        if (c.kind == k)
            return c.title;
    }
    return {};
}

} // namespace

TEST_CASE("a feit can be called wrong and can be asked to be corrected", "[answers][choices]")
{
    CHECK(titleOf(Label::Feit, AnswerKind::KloptNiet) == QStringLiteral("Dit klopt niet"));
    CHECK(titleOf(Label::Feit, AnswerKind::Correctieverzoek) == QStringLiteral("Verbeter dit"));
    CHECK(AnswerChoices::check(Label::Feit, AnswerKind::Correctieverzoek).isOk());
}

TEST_CASE("a mening is not corrected on request: the parent adds their own view beside it", "[answers][choices]")
{
    CHECK_FALSE(offers(Label::Mening, AnswerKind::Correctieverzoek));
    CHECK(titleOf(Label::Mening, AnswerKind::Aanvulling)
        == QStringLiteral("Ik zie het anders: mijn eigen visie toevoegen"));
    const Status s = AnswerChoices::check(Label::Mening, AnswerKind::Correctieverzoek);
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(s.message().contains(QStringLiteral("mijn eigen visie toevoegen")));
}

TEST_CASE("a bron can be disputed: this person did not say that", "[answers][choices]")
{
    CHECK(titleOf(Label::Bron, AnswerKind::KloptNiet) == QStringLiteral("Dit heeft deze persoon niet zo gezegd"));
    CHECK_FALSE(offers(Label::Bron, AnswerKind::Correctieverzoek));
    const Status s = AnswerChoices::check(Label::Bron, AnswerKind::Correctieverzoek);
    CHECK(s.code() == ErrorCode::InvalidInput);
    CHECK(s.message().contains(QStringLiteral("Dit heeft deze persoon niet zo gezegd")));
}

TEST_CASE("every choice on every label says what happens next and that it happens after sending", "[answers][choices]")
{
    for (Label l : { Label::Feit, Label::Mening, Label::Bron, Label::Onbeoordeeld }) {
        const auto choices = AnswerChoices::forLabel(l);
        CHECK(choices.size() >= 3);
        CHECK(offers(l, AnswerKind::Vraag)); // a question fits every entry
        for (const AnswerChoice& c : choices) {
            INFO(c.title.toStdString());
            CHECK_FALSE(c.title.isEmpty());
            CHECK(c.whatHappens.size() > 40);
            CHECK(c.whatHappens.contains(QStringLiteral("nadat u uw reacties heeft verstuurd")));
            CHECK(AnswerChoices::check(l, c.kind).isOk());
        }
    }
}

TEST_CASE("a note not yet labelled may be a fact: the parent can ask for it to be corrected", "[answers][choices]")
{
    CHECK(offers(Label::Onbeoordeeld, AnswerKind::Correctieverzoek));
    CHECK(titleOf(Label::Onbeoordeeld, AnswerKind::Correctieverzoek) == QStringLiteral("Verbeter dit"));
    CHECK(AnswerChoices::check(Label::Onbeoordeeld, AnswerKind::Correctieverzoek).isOk());
}
