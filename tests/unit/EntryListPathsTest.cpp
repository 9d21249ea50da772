// The list paths that only large dossiers take: a search with more hits than the threshold walks
// the entries in position order a window at a time, and filters read the entry's own copies of
// label, section and visible_to_parent. Both must give what the plain definition gives.
#include "DomainSupport.h"

using namespace inzage;
using namespace inzage::test;

namespace {

// 3,000 entries: more "moeder" hits than the walk's threshold (2,000), "school" in every 7th.
struct Dossier {
    TempVault t;
    std::vector<Id> ids;
    std::vector<EntryContent> contents;

    Dossier()
    {
        for (int i = 0; i < 3000; ++i) {
            EntryContent c = i % 3 == 0 ? feit(QStringLiteral("Moeder belt %1.").arg(i), QStringLiteral("Thuis"))
                                        : note(QStringLiteral("Gesprek met moeder %1.").arg(i));
            if (i % 7 == 0)
                c.text += QStringLiteral(" School gebeld.");
            if (i % 11 == 0)
                c.text = QStringLiteral("Vader %1.").arg(i); // not a hit
            c.visibleToParent = i % 5 != 0;
            contents.push_back(c);
        }
        auto r = Entries(*t.vault, professional()).addAll(contents, {});
        REQUIRE(r.isOk());
        ids = *r;
    }

    // The page by definition: the first `limit` matching entries after the position, in order.
    std::vector<Id> expected(const EntryFilter& f, const QString& word, bool forParent = false) const
    {
        std::vector<Id> out;
        for (std::size_t i = 0; i < ids.size() && int(out.size()) < f.limit; ++i) {
            const EntryContent& c = contents[i];
            if (std::int64_t(i + 1) <= f.afterPosition || !c.text.contains(word, Qt::CaseInsensitive)
                || (f.label && c.label != *f.label) || (forParent && !c.visibleToParent)
                || (!f.section.isEmpty() && c.section != f.section))
                continue;
            out.push_back(ids[i]);
        }
        return out;
    }
};

std::vector<Id> page(Vault& v, const EntryFilter& f)
{
    auto r = Entries(v, professional()).list(f);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    std::vector<Id> out;
    for (const Entry& e : *r)
        out.push_back(e.id);
    return out;
}

} // namespace

TEST_CASE("a search with many hits pages exactly as the definition says", "[search][list]")
{
    Dossier d;
    Vault& v = *d.t.vault;
    auto view = parentViewOf(v); // the same entries as a parent reads them: the hidden ones absent
    for (const QString& word : { QStringLiteral("moeder"), QStringLiteral("school") }) {
        for (std::int64_t after : { std::int64_t(-1), std::int64_t(0), std::int64_t(1500), std::int64_t(2950) }) {
            EntryFilter f;
            f.search = word;
            f.afterPosition = after;
            INFO(str(word) << " after " << after);
            CHECK(page(v, f) == d.expected(f, word));
            f.label = Label::Feit;
            CHECK(page(*view->vault, f) == d.expected(f, word, true));
            f.label.reset();
            f.section = QStringLiteral("Aanleiding");
            f.limit = 7;
            CHECK(page(v, f) == d.expected(f, word));
        }
    }
}

TEST_CASE("paging through a search with many hits visits every hit once", "[search][list]")
{
    Dossier d;
    EntryFilter f;
    f.search = QStringLiteral("moeder");
    f.limit = 250;
    std::size_t seen = 0;
    for (int guard = 0; guard < 100; ++guard) {
        auto r = Entries(*d.t.vault, professional()).list(f);
        REQUIRE(r.isOk());
        if (r->empty())
            break;
        seen += r->size();
        f.afterPosition = r->back().position;
    }
    f.afterPosition = -1;
    f.limit = 100000;
    CHECK(seen == d.expected(f, QStringLiteral("moeder")).size());
}

TEST_CASE("the entry's copies of label, section and visibility follow every revision", "[entries][list]")
{
    TempVault t;
    Vault& v = *t.vault;
    Entries entries(v, professional());
    const Id id = addEntry(v, note(QStringLiteral("Moeder belt."), QStringLiteral("Thuis")));
    auto e = entries.get(id);
    REQUIRE(e.isOk());
    EntryContent changed = e->content;
    changed.label = Label::Mening;
    changed.section = QStringLiteral("Analyse");
    changed.visibleToParent = false;
    REQUIRE(entries.revise(id, changed, {}).isOk());

    CHECK(scalarText(v, "SELECT label || '/' || section || '/' || visible_to_parent FROM entry")
        == QStringLiteral("mening/Analyse/0"));
    EntryFilter f;
    f.label = Label::Mening;
    f.section = QStringLiteral("Analyse");
    CHECK(page(v, f) == std::vector<Id> { id });
    auto view = parentViewOf(v);
    CHECK(page(*view->vault, f).empty());
    auto counts = entries.counts({});
    REQUIRE(counts.isOk());
    CHECK(counts->mening == 1);
    CHECK(counts->onbeoordeeld == 0);
    auto sections = entries.sections();
    REQUIRE(sections.isOk());
    CHECK(*sections == QStringList { QStringLiteral("Analyse") });
}

// The section list walks the section index (a skip scan): it must give what GROUP BY gives, in the
// order of each section's first entry the reader sees, for the professional and for a parent.
TEST_CASE("sections are listed by their first entry the reader sees and hidden-only sections are left out", "[entries][list][audience]")
{
    TempVault t;
    Vault& v = *t.vault;
    auto add = [&](const QString& section, bool visible) {
        EntryContent c = note(QStringLiteral("In %1.").arg(section), section);
        c.visibleToParent = visible;
        REQUIRE(Entries(v, professional()).add(c).isOk());
    };
    add(QStringLiteral("Zorgen"), false);  // position 1: hidden, so Zorgen starts at 4 for a parent
    add(QStringLiteral("Aanleiding"), true);
    add(QStringLiteral("Intern"), false);  // only hidden entries
    add(QStringLiteral("Zorgen"), true);
    add(QString(), true);                  // no heading
    add(QStringLiteral("Beslissing"), true);
    add(QStringLiteral("Aanleiding"), true);
    auto pro = Entries(v, professional()).sections();
    REQUIRE(pro.isOk());
    CHECK(*pro == QStringList {"Zorgen", "Aanleiding", "Intern", QString(), "Beslissing"});
    auto view = parentViewOf(v);
    REQUIRE(view);
    auto forParent = Entries(*view->vault, inzage::test::parent()).sections();
    REQUIRE(forParent.isOk());
    CHECK(*forParent == QStringList {"Aanleiding", "Zorgen", QString(), "Beslissing"});
}
