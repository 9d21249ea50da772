// Importing a report as entries, and importing a newer version of it: what is kept, revised,
// marked removed and added, and that nothing is written when the import cannot finish.

#include "DocumentFixtures.h"
#include "DomainSupport.h"

#include "dossier/Entries.h"
#include "exchange/DocumentImport.h"
#include "dossier/LabelSession.h"
#include "dossier/Warnings.h"
#include "exchange/DocumentReader.h"
#include "report/ReportCheck.h"

using namespace inzage;
using namespace inzage::test;

namespace {

struct Imported {
    Document doc;
    QByteArray bytes;
};

Imported docx(const QByteArray& bytes)
{
    auto d = DocumentReader::read(bytes, QStringLiteral("rapport.docx"));
    INFO(str(d.message()));
    REQUIRE(d.isOk());
    return { *d, bytes };
}

QByteArray fixtureXml()
{
    QFile f(documentFixtureDir("rapport.docx") + QStringLiteral("/word/document.xml"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The report a week later: one sentence reworded, one list item gone, one sentence new.
QByteArray secondVersion()
{
    QByteArray xml = fixtureXml();
    REQUIRE(xml.contains("<w:t xml:space=\"preserve\"> te laat.</w:t>"));
    xml.replace(
        "<w:t xml:space=\"preserve\"> te laat.</w:t>", "<w:t xml:space=\"preserve\"> bijna elke dag te laat.</w:t>");
    REQUIRE(xml.contains("<w:t>Daan is vrolijk.</w:t>"));
    xml.replace("<w:t>Daan is vrolijk.</w:t>", "<w:t>De vader is niet bereikt.</w:t>");
    return fixtureWith("rapport.docx", QStringLiteral("word/document.xml"), xml);
}

DocumentImportResult importOk(Vault& v, const Imported& d)
{
    auto r = DocumentImport::run(
        v, professional(), d.doc, QStringLiteral("rapport"), QStringLiteral("rapport.docx"), d.bytes);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

Entry entry(Vault& v, Id id)
{
    auto e = Entries(v, professional()).get(id);
    INFO(str(e.message()));
    REQUIRE(e.isOk());
    return *e;
}

} // namespace

TEST_CASE("a document becomes one unlabelled entry a sentence, under its section", "[document-import]")
{
    TempVault tv;
    const Imported d = docx(fixtureDocument("rapport.docx"));
    const DocumentImportResult r = importOk(*tv.vault, d);
    CHECK(r.version == 1);
    CHECK(r.hadTrackedChanges);
    REQUIRE(r.added.size() == sentencesOf(d.doc).size());
    CHECK(r.kept.empty());
    const Entry first = entry(*tv.vault, r.added.front());
    CHECK(first.content.text == QStringLiteral("Op 14 januari 2025 meldde dhr. Jansen zich bij Veilig Thuis."));
    CHECK(first.content.section == QStringLiteral("Aanleiding"));
    CHECK(first.content.label == Label::Onbeoordeeld);
    CHECK(entry(*tv.vault, r.added.back()).content.section == QStringLiteral("Zienswijze"));
}

TEST_CASE(
    "a newer version keeps unchanged entries and labels, revises changed ones, marks removed ones", "[document-import]")
{
    TempVault tv;
    const DocumentImportResult first = importOk(*tv.vault, docx(fixtureDocument("rapport.docx")));
    Entries entries(*tv.vault, professional());
    // Sentence 0 is labelled before the new version comes in; sentence 4 ("... vaak te laat.") changes.
    const Id labelled = first.added[0];
    const Id reworded = first.added[3];
    const Id dropped = first.added[5];
    REQUIRE(entry(*tv.vault, reworded).content.text == QStringLiteral("Volgens de leerkracht komt Noor vaak te laat."));
    REQUIRE(entry(*tv.vault, dropped).content.text == QStringLiteral("Daan is vrolijk."));
    REQUIRE(entries.setLabel(labelled, Label::Mening, BasisKind::Geen, {}, std::nullopt, {}).isOk());

    const DocumentImportResult second = importOk(*tv.vault, docx(secondVersion()));
    CHECK(second.version == 2);
    CHECK(second.changed == std::vector<Id> { reworded });
    CHECK(second.removed == std::vector<Id> { dropped });
    REQUIRE(second.added.size() == 1);
    CHECK(second.kept.size() == first.added.size() - 2);

    CHECK(entry(*tv.vault, labelled).content.label == Label::Mening);
    const Entry changed = entry(*tv.vault, reworded);
    CHECK(changed.content.text == QStringLiteral("Volgens de leerkracht komt Noor vaak bijna elke dag te laat."));
    auto history = entries.history(reworded);
    REQUIRE(history.isOk());
    REQUIRE(history->size() == 2);
    CHECK(history->front().content.text == QStringLiteral("Volgens de leerkracht komt Noor vaak te laat."));

    CHECK(entry(*tv.vault, dropped).content.text == QStringLiteral("Daan is vrolijk."));
    CHECK(*DocumentImport::isRemoved(*tv.vault, dropped));
    CHECK_FALSE(*DocumentImport::isRemoved(*tv.vault, labelled));
    const Entry added = entry(*tv.vault, second.added.front());
    CHECK(added.content.text == QStringLiteral("De vader is niet bereikt."));
    CHECK(added.content.label == Label::Onbeoordeeld);
}

TEST_CASE("importing the same file again changes nothing in the vault", "[document-import]")
{
    TempVault tv;
    const Imported d = docx(fixtureDocument("rapport.docx"));
    importOk(*tv.vault, d);
    const QByteArray before = readAll(tv.path);
    const DocumentImportResult again = importOk(*tv.vault, d);
    CHECK(again.unchanged);
    CHECK(again.added.empty());
    CHECK(readAll(tv.path) == before);
}

TEST_CASE("a reviewer cannot import and the vault stays as it was", "[document-import]")
{
    TempVault tv;
    const Imported d = docx(fixtureDocument("rapport.docx"));
    tv.vault.reset();
    const QByteArray before = readAll(tv.path);
    auto ro = Vault::open(tv.path, pass("correct paard batterij"), OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto r = DocumentImport::run(
        **ro, professional(), d.doc, QStringLiteral("rapport"), QStringLiteral("rapport.docx"), d.bytes);
    CHECK(r.code() == ErrorCode::Forbidden);
    ro->reset();
    CHECK(readAll(tv.path) == before);
}

TEST_CASE("an entry removed by a newer version is marked on every read and no longer blocks the report",
    "[document-import]")
{
    TempVault tv;
    const DocumentImportResult first = importOk(*tv.vault, docx(fixtureDocument("rapport.docx")));
    const Id dropped = first.added[5];
    const Id kept = first.added[0];
    importOk(*tv.vault, docx(secondVersion()));

    const Entry removed = entry(*tv.vault, dropped);
    CHECK(removed.removed());
    CHECK_FALSE(entry(*tv.vault, kept).removed());
    auto page = Entries(*tv.vault, professional()).list(EntryFilter {});
    REQUIRE(page.isOk());
    int marked = 0;
    for (const Entry& e : *page)
        marked += e.removed() ? 1 : 0;
    CHECK(marked == 1); // still listed, with its mark: nothing is hidden from the professional

    // Every entry is unlabelled: the check names each one still in the report, not the removed one.
    auto check = ReportCheck(*tv.vault, professional()).run();
    REQUIRE(check.isOk());
    bool namesKept = false;
    for (const Blocker& b : check->blockers) {
        CHECK(b.entry != std::optional<Id>(dropped));
        namesKept = namesKept || b.entry == std::optional<Id>(kept);
    }
    CHECK(namesKept);
    auto warnings = Warnings(*tv.vault, professional()).all();
    REQUIRE(warnings.isOk());
    for (const LabelWarning& w : *warnings)
        CHECK(w.entryId != dropped);

    // The labelling view offers only what is still in the report ("N van M beoordeeld").
    auto session = LabelSession::open(*tv.vault, professional());
    REQUIRE(session.isOk());
    CHECK(session->indexOf(dropped) == -1);
    CHECK(session->indexOf(kept) >= 0);
    CHECK(session->size() == int(page->size()) - 1);

    // The parent sees it too, marked as no longer in the report.
    auto view = parentViewOf(*tv.vault);
    auto inCopy = Entries(*view->vault, parent()).get(dropped);
    INFO(str(inCopy.message()));
    REQUIRE(inCopy.isOk());
    CHECK(inCopy->removed());
    CHECK(inCopy->removedAt == removed.removedAt);
    auto keptInCopy = Entries(*view->vault, parent()).get(kept);
    REQUIRE(keptInCopy.isOk());
    CHECK_FALSE(keptInCopy->removed());
}
