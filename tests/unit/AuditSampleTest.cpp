// The reviewer's sample: the same seed draws the same entries, the seed is always known, and every
// entry comes with a checklist for its label.
#include "DomainSupport.h"

#include "audit/AuditSample.h"

using namespace inzage;
using namespace inzage::test;

namespace {

const char* kPass = "correct paard batterij";

std::vector<Id> ids(const AuditSample& s)
{
    std::vector<Id> out;
    for (const SampleItem& i : s.items)
        out.push_back(i.entry.id);
    return out;
}

struct Sampled {
    TempVault pro { kPass };
    std::unique_ptr<Vault> ro;

    Sampled()
    {
        for (int i = 0; i < 40; ++i)
            addEntry(*pro.vault, QStringLiteral("Zin nummer %1.").arg(i));
        EntryContent b = note(QStringLiteral("De leerkracht vertelt dat Anouk moe is."));
        b.label = Label::Bron;
        b.spokenTo = { spoke(addPerson(*pro.vault, QStringLiteral("Marja Bos")), QStringLiteral("2026-02-03")) };
        addEntry(*pro.vault, b);
        pro.vault.reset();
        auto r = Vault::open(pro.path, pass(kPass), OpenMode::ReadOnly);
        REQUIRE(r.isOk());
        ro = std::move(*r);
    }
};

} // namespace

TEST_CASE("a sample with the same seed draws the same entries, in dossier order", "[sample]")
{
    Sampled s;
    AuditSampler sampler(*s.ro, reviewer());
    auto first = sampler.draw(7, 424242);
    auto again = sampler.draw(7, 424242);
    auto other = sampler.draw(7, 424243);
    REQUIRE(first.isOk());
    REQUIRE(again.isOk());
    REQUIRE(other.isOk());
    CHECK(first->seed == 424242);
    CHECK(first->population == 41);
    CHECK(first->items.size() == 7);
    CHECK(ids(*first) == ids(*again));
    CHECK(ids(*first) != ids(*other));
    CHECK(std::is_sorted(first->items.begin(), first->items.end(),
        [](const SampleItem& a, const SampleItem& b) { return a.entry.position < b.entry.position; }));
    std::vector<Id> unique = ids(*first);
    std::sort(unique.begin(), unique.end());
    CHECK(std::adjacent_find(unique.begin(), unique.end()) == unique.end());
    // Pinned: the draw is a fixed algorithm (SplitMix64, partial Fisher–Yates), not the standard
    // library's distributions, so it is the same on every machine and after every upgrade.
    // Worked out by hand from the algorithm (an independent reimplementation), not read back.
    CHECK(ids(*sampler.draw(3, 1)) == std::vector<Id> { 28, 30, 41 });
}

TEST_CASE("a sample without a seed gets one, and drawing with it again gives the same sample", "[sample]")
{
    Sampled s;
    AuditSampler sampler(*s.ro, reviewer());
    auto drawn = sampler.draw(5, std::nullopt);
    REQUIRE(drawn.isOk());
    auto again = sampler.draw(5, drawn->seed);
    REQUIRE(again.isOk());
    CHECK(ids(*drawn) == ids(*again));
    CHECK(drawn->auditHead.size() == 64);
}

TEST_CASE("a sample larger than the dossier holds every entry once", "[sample]")
{
    Sampled s;
    auto all = AuditSampler(*s.ro, reviewer()).draw(1000, 9);
    REQUIRE(all.isOk());
    CHECK(all->items.size() == 41);
    CHECK(all->requested == 1000);
}

TEST_CASE("every sampled entry has a checklist that fits its label", "[sample]")
{
    Sampled s;
    auto all = AuditSampler(*s.ro, reviewer()).draw(41, 3);
    REQUIRE(all.isOk());
    for (const SampleItem& i : all->items) {
        REQUIRE(i.checklist.size() >= 3);
        const QString joined = i.checklist.join(QLatin1Char('\n'));
        if (i.entry.content.label == Label::Bron)
            CHECK(joined.contains(QStringLiteral("accordering")));
        else
            CHECK(joined.contains(QStringLiteral("Welk label hoort erbij")));
    }
}

TEST_CASE("a bad sample size or seed is refused with a message", "[sample]")
{
    for (const char* bad : { "0", "-3", "vijf", "" }) {
        auto n = AuditSampler::parseSize(QString::fromLatin1(bad));
        CHECK(n.code() == ErrorCode::InvalidInput);
        CHECK(n.message().contains(QStringLiteral("vanaf 1")));
    }
    for (const char* bad : { "-1", "abc", "1.5", "12345678901234567890" }) {
        auto seed = AuditSampler::parseSeed(QString::fromLatin1(bad));
        CHECK(seed.code() == ErrorCode::InvalidInput);
        CHECK(seed.message().contains(QStringLiteral("seed")));
    }
    CHECK(*AuditSampler::parseSeed(QStringLiteral("0042")) == 42);
    CHECK(*AuditSampler::parseSize(QStringLiteral("12")) == 12);
}

TEST_CASE("a sample is drawn only from a file opened read-only", "[sample]")
{
    TempVault pro { kPass };
    addEntry(*pro.vault, QStringLiteral("Een zin."));
    CHECK(AuditSampler(*pro.vault, professional()).draw(1, 1).code() == ErrorCode::Forbidden);
}
