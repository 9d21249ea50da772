// The labelling view's controller: it opens only in the professional's own vault, never shows a
// hint as the label, and refuses bad input with a message, changing nothing.

#include "AppTestSupport.h"

#include "AppStartup.h"
#include "LabelController.h"

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

LabelController& labellingOf(AppController& app) { return *qobject_cast<LabelController*>(app.labelling()); }

} // namespace

TEST_CASE("the professional's own vault opens the labelling view at the first unlabelled entry", "[app][labelling]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    CHECK(app->professional());
    LabelController& lc = labellingOf(*app);
    REQUIRE(lc.active());
    CHECK(lc.total() > 0);
    CHECK(lc.progressText() == QStringLiteral("%1 van %2 beoordeeld").arg(lc.labelled()).arg(lc.total()));
    CHECK(lc.label() == QStringLiteral("onbeoordeeld"));
    CHECK(lc.storedLabel(lc.position()) == QStringLiteral("onbeoordeeld"));
    // Who was spoken to is said on every entry, also when no one is recorded yet.
    CHECK_FALSE(lc.details().isEmpty());
}

TEST_CASE("a parent copy opens no labelling view", "[app][labelling]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.parentCopy);
    CHECK_FALSE(app->professional());
    CHECK_FALSE(labellingOf(*app).active());
    CHECK_FALSE(labellingOf(*app).labelWith(QStringLiteral("feit")));
}

TEST_CASE("an unknown label word is refused with the allowed words and changes nothing", "[app][labelling]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    LabelController& lc = labellingOf(*app);
    const int position = lc.position();
    const int labelled = lc.labelled();
    CHECK_FALSE(lc.labelWith(QStringLiteral("waarheid")));
    CHECK(lc.message().contains(QStringLiteral("feit, mening, bron, onbeoordeeld")));
    CHECK(lc.position() == position);
    CHECK(lc.labelled() == labelled);
    CHECK_FALSE(lc.canUndo());
}

TEST_CASE("a refused feit says what is missing and points at the basis field", "[app][labelling]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    LabelController& lc = labellingOf(*app);
    lc.setBasisInput(QStringLiteral("document:"));
    const int position = lc.position();
    CHECK_FALSE(lc.labelWith(QStringLiteral("feit")));
    CHECK(lc.needs() == QStringLiteral("basis"));
    CHECK(lc.message().contains(QStringLiteral("welk document")));
    CHECK(lc.position() == position);
    CHECK(lc.storedLabel(position) == QStringLiteral("onbeoordeeld"));

    lc.setBasisInput(QStringLiteral("waarneming: huisbezoek 12 maart"));
    REQUIRE(lc.labelWith(QStringLiteral("feit")));
    CHECK(lc.storedLabel(position) == QStringLiteral("feit"));
    CHECK(lc.position() == position + 1);
    CHECK(lc.needs().isEmpty());
}

TEST_CASE("the type-ahead offers a new person only for a name no one has", "[app][labelling]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    LabelController& lc = labellingOf(*app);
    const QVariantList none = lc.personsMatching(QStringLiteral("Zzyzx Qwerty"));
    REQUIRE(none.size() == 1);
    CHECK(none.front().toMap().value(QStringLiteral("isNew")).toBool());
    CHECK(none.front().toMap().value(QStringLiteral("detail")).toString() == QStringLiteral("nieuwe persoon"));

    const QVariantList everyone = lc.personsMatching(QString());
    REQUIRE(everyone.size() > 1);
    const QString someone = everyone.front().toMap().value(QStringLiteral("name")).toString();
    const QVariantList exact = lc.personsMatching(someone);
    REQUIRE_FALSE(exact.isEmpty());
    for (const QVariant& v : exact)
        CHECK_FALSE(v.toMap().value(QStringLiteral("isNew")).toBool());
}

TEST_CASE("an entry hidden from the parent says so in the labelling view", "[app][labelling]")
{
    DemoFolder demo;
    auto app = unlockedController(demo.files.professional, kProfessionalPassphrase);
    LabelController& lc = labellingOf(*app);
    bool found = false;
    for (int p = 1; p <= lc.total() && !found; ++p) {
        lc.goTo(p);
        if (lc.text().startsWith(QStringLiteral("Interne notitie"))) {
            found = true;
            CHECK(lc.details().contains(QStringLiteral("Niet zichtbaar voor de ouder.")));
        } else {
            CHECK_FALSE(lc.details().contains(QStringLiteral("Niet zichtbaar voor de ouder.")));
        }
    }
    CHECK(found);
}

TEST_CASE("a window size for --screenshot is width x height: anything else is refused", "[app]")
{
    CHECK(parseWindowSize(QStringLiteral("1366x768")) == QSize(1366, 768));
    CHECK(parseWindowSize(QStringLiteral(" 2732x1536 ")) == QSize(2732, 1536));
    for (const char* bad : { "", "1366", "1366x", "x768", "1366*768", "0x768", "1366x-1", "breed x hoog", "99999x768" })
        CHECK_FALSE(parseWindowSize(QString::fromUtf8(bad)).has_value());
}
