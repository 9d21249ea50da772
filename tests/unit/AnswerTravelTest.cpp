// An answer is "verstuurd" only once it is in an answer file; until then it is on this computer only.
// A reply that comes in after the reader's last visit is new.

#include "ExchangeSupport.h"

#include "audit/AuditChain.h"
#include "exchange/AnswerTravel.h"

#include <QFileInfo>

using namespace inzage;
using namespace inzage::test;

namespace {

struct Travel : ExchangePair {
    Id entry = 0;
    int files = 0;

    Travel()
    {
        entry = addEntry(*pro.vault, QStringLiteral("Vader belde de school."));
        makeCopy();
    }
    Answer answer(const QString& text)
    {
        auto a = Answers(*copy, parent()).add(entry, AnswerKind::Vraag, text);
        INFO(str(a.message()));
        REQUIRE(a.isOk());
        return *a;
    }
    QString send()
    {
        const QString f = pro.dir.filePath(QStringLiteral("reacties-%1.inzage-reacties").arg(++files));
        const Status s = AnswerTravel::exportAnswers(*copy, parent(), f);
        INFO(str(s.message()));
        REQUIRE(s.isOk());
        return f;
    }
    AnswerTravelState state(const QString& uid, std::int64_t seen = 0)
    {
        auto all = AnswerTravel::states(*copy, seen);
        INFO(str(all.message()));
        REQUIRE(all.isOk());
        return all->value(uid);
    }
};

} // namespace

TEST_CASE("an answer is not sent until it is written into an answer file", "[exchange][travel]")
{
    Travel t;
    const Answer a = t.answer(QStringLiteral("Wie heeft dit gezegd?"));
    CHECK_FALSE(t.state(a.uid).sent);
    CHECK(t.state(a.uid).sentAt.isEmpty());

    const QString file = t.send();
    CHECK(QFileInfo::exists(file));
    CHECK(t.state(a.uid).sent);
    CHECK(t.state(a.uid).sentAt.startsWith(QStringLiteral("20")));

    // Changed after sending: not sent again until the next file.
    REQUIRE(Answers(*t.copy, parent()).revise(a.id, AnswerKind::Vraag, QStringLiteral("Wie zei dit precies?")).isOk());
    CHECK_FALSE(t.state(a.uid).sent);
    t.send();
    CHECK(t.state(a.uid).sent);
    // The record is in the copy's own hash chain, which stays intact.
    auto verdict = AuditChain::verify(t.copy->db());
    REQUIRE(verdict.isOk());
    CHECK(verdict->intact);
}

TEST_CASE("an answer file that cannot be written records nothing as sent", "[exchange][travel]")
{
    Travel t;
    const Answer a = t.answer(QStringLiteral("Klopt dit wel?"));
    const QString taken = t.send();
    // The same name again: refused (a file is never overwritten) and the answer written since stays unsent.
    const Answer b = t.answer(QStringLiteral("En dit?"));
    const Status again = AnswerTravel::exportAnswers(*t.copy, parent(), taken);
    CHECK_FALSE(again.isOk());
    CHECK_FALSE(t.state(b.uid).sent);
    const Status nowhere = AnswerTravel::exportAnswers(*t.copy, parent(), t.pro.dir.filePath(QStringLiteral("geen/map/x")));
    CHECK_FALSE(nowhere.isOk());
    CHECK_FALSE(t.state(b.uid).sent);
    CHECK(t.state(a.uid).sent);
}

TEST_CASE("answers are written into an answer file only from a parent copy", "[exchange][travel]")
{
    Travel t;
    const Status s = AnswerTravel::exportAnswers(*t.pro.vault, professional(), t.pro.dir.filePath(QStringLiteral("x")));
    CHECK(s.code() == ErrorCode::Forbidden);
    CHECK(s.message().contains(QStringLiteral("ouderexemplaar")));
}

TEST_CASE("a reply that comes in after the last visit is new, and only then", "[exchange][travel]")
{
    Travel t;
    const Answer a = t.answer(QStringLiteral("Wanneer hoor ik iets?"));
    auto imported = AnswerExchange::importAnswers(*t.pro.vault, professional(), t.send());
    REQUIRE(imported.isOk());
    const Answer proA = answerByUid(*t.pro.vault, a.uid);
    REQUIRE(Answers(*t.pro.vault, professional()).handle(proA.id, AnswerStatus::InBehandeling, QStringLiteral("Volgende week.")).isOk());
    const QString update = t.pro.dir.filePath(QStringLiteral("update.bin"));
    REQUIRE(AnswerExchange::exportUpdates(*t.pro.vault, {}, update).isOk());

    auto seenBefore = AnswerTravel::lastSeq(*t.copy);
    REQUIRE(seenBefore.isOk());
    REQUIRE(AnswerExchange::importUpdates(*t.copy, parent(), update).isOk());
    CHECK(t.state(a.uid, *seenBefore).replyNew);
    CHECK(t.state(a.uid, *seenBefore).sent); // a reply does not make it unsent
    auto seenAfter = AnswerTravel::lastSeq(*t.copy);
    REQUIRE(seenAfter.isOk());
    CHECK(*seenAfter > *seenBefore);
    CHECK_FALSE(t.state(a.uid, *seenAfter).replyNew);
}
