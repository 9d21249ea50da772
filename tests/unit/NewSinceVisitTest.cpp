// What is new in a parent copy since the reader's last visit: entries that came with an update file
// are "nieuw", entries with a new revision "aangepast", an entry hidden since is never offered, and
// on a first visit (no mark) nothing is new.
#include "ExchangeSupport.h"

#include "exchange/NewSinceVisit.h"

using namespace inzage;
using namespace inzage::test;

namespace {

struct Visit : ExchangePair {
    Id first = 0, second = 0, third = 0;
    std::int64_t mark = 0;

    Visit()
    {
        first = addEntry(*pro.vault, QStringLiteral("Moeder kwam te laat op de afspraak."));
        second = addEntry(*pro.vault, QStringLiteral("Het kind sliep slecht volgens school."));
        third = addEntry(*pro.vault, QStringLiteral("Vader belde op 3 maart."));
        makeCopy();
        auto m = NewSinceVisit::mark(*copy);
        REQUIRE(m.isOk());
        mark = *m;
    }

    void update()
    {
        const QString f = pro.dir.filePath(QStringLiteral("update.bin"));
        const Status s = AnswerExchange::exportUpdates(*pro.vault, {}, f);
        INFO(str(s.message()));
        REQUIRE(s.isOk());
        auto r = AnswerExchange::importUpdates(*copy, parent(), f);
        INFO(str(r.message()));
        REQUIRE(r.isOk());
    }
};

} // namespace

TEST_CASE("an entry that came with an update is new and a revised one is changed, in report order",
    "[exchange][new-since-visit]")
{
    Visit x;
    auto before = NewSinceVisit::since(*x.copy, x.mark);
    REQUIRE(before.isOk());
    CHECK(before->empty());

    EntryContent c = note(QStringLiteral("Moeder kwam vijf minuten te laat."));
    REQUIRE(Entries(*x.pro.vault, professional()).revise(x.first, c, QStringLiteral("verduidelijkt")).isOk());
    const Id added = addEntry(*x.pro.vault, QStringLiteral("Gesprek met de huisarts gepland."));
    x.update();

    auto now = NewSinceVisit::since(*x.copy, x.mark);
    REQUIRE(now.isOk());
    REQUIRE(now->size() == 2);
    CHECK((*now)[0].entry == x.first);
    CHECK((*now)[0].newness == Newness::Aangepast);
    CHECK((*now)[1].entry == added);
    CHECK((*now)[1].newness == Newness::Nieuw);

    // The next visit starts from the new mark: what was seen is no longer new.
    auto later = NewSinceVisit::mark(*x.copy);
    REQUIRE(later.isOk());
    CHECK(*later > x.mark);
    auto seen = NewSinceVisit::since(*x.copy, *later);
    REQUIRE(seen.isOk());
    CHECK(seen->empty());
}

TEST_CASE("an entry hidden from the parent since the last visit is not offered as new", "[exchange][new-since-visit][security]")
{
    Visit x;
    EntryContent c = note(QStringLiteral("Het kind sliep slecht volgens school."));
    c.visibleToParent = false;
    REQUIRE(Entries(*x.pro.vault, professional()).revise(x.second, c, QStringLiteral("wettelijke reden")).isOk());
    x.update();
    auto now = NewSinceVisit::since(*x.copy, x.mark);
    REQUIRE(now.isOk());
    CHECK(now->empty());
}

TEST_CASE("on a first visit (no mark yet) nothing counts as new", "[exchange][new-since-visit]")
{
    Visit x;
    addEntry(*x.pro.vault, QStringLiteral("Nieuwe notitie na het maken van het exemplaar."));
    x.update();
    auto now = NewSinceVisit::since(*x.copy, 0);
    REQUIRE(now.isOk());
    CHECK(now->empty());
    auto withMark = NewSinceVisit::since(*x.copy, x.mark);
    REQUIRE(withMark.isOk());
    CHECK(withMark->size() == 1);
}
