// The dossier can be read in report order or by the date of what each entry is about; paging
// goes on from where the last page ended in both, and undated entries come last.

#include "DomainSupport.h"

#include "dossier/Entries.h"

using namespace inzage;
using namespace inzage::test;

namespace {

QStringList texts(const std::vector<Entry>& page)
{
    QStringList out;
    for (const Entry& e : page)
        out << e.content.text;
    return out;
}

} // namespace

TEST_CASE("entries sorted by date page on in date order with undated entries last", "[entries][order]")
{
    TempVault v;
    const std::pair<const char*, const char*> rows[] = { { "maart", "2026-03-12" }, { "zonder datum", "" },
        { "januari", "2026-01-05" }, { "ook maart", "2026-03-12" }, { "februari", "2026-02-20" } };
    for (const auto& [text, date] : rows) {
        EntryContent c = note(QString::fromLatin1(text));
        c.eventDate = QString::fromLatin1(date);
        REQUIRE(addEntry(*v.vault, c) > 0);
    }
    EntryFilter f;
    f.order = EntryOrder::Date;
    f.limit = 2;
    QStringList all;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = Entries(*v.vault, professional()).list(f);
        REQUIRE(page.isOk());
        all << texts(*page);
        if (int(page->size()) < f.limit)
            break;
        f.afterPosition = page->back().position;
        f.afterDate = page->back().content.eventDate;
    }
    CHECK(all == QStringList { "januari", "februari", "maart", "ook maart", "zonder datum" });

    EntryFilter report;
    report.limit = 10;
    auto inReport = Entries(*v.vault, professional()).list(report);
    REQUIRE(inReport.isOk());
    CHECK(texts(*inReport) == QStringList { "maart", "zonder datum", "januari", "ook maart", "februari" });
}
