// The labelling view in the real Main.qml: the professional's own vault, unlocked by keyboard,
// opens it (not the parent's pages), and the keys label at once, with no click needed first.

#include "AppTestSupport.h"
#include "WalkSupport.h"

#include "AppStartup.h"
#include "LabelController.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

TEST_CASE("labelling window: the professional's vault opens the labelling view and the keys work at once",
    "[walkthrough][labelling]")
{
    DemoFolder demo;
    AppController app;
    QQmlApplicationEngine engine;
    registerForQml(engine, app);
    app.setVaultPath(demo.files.professional);
    auto* window = loadMainWindow(engine);
    waitUntilActive(window);
    QQuickItem* root = window->contentItem();

    auto* field = findItem(root, QStringLiteral("passphraseField"), false);
    REQUIRE(field != nullptr);
    field->forceActiveFocus();
    for (const char c : std::string(kProfessionalPassphrase))
        QTest::keyClick(window, c);
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return app.unlocked(); }));
    CHECK(app.professional());

    QQuickItem* page = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        page = findItem(root, QStringLiteral("labelPage"), false);
        return page && page->isVisible();
    }));
    auto* dossier = findItem(root, QStringLiteral("dossierPage"), false);
    REQUIRE(dossier != nullptr);
    CHECK_FALSE(dossier->isVisible());

    auto* entryArea = findItem(root, QStringLiteral("entryArea"), false);
    REQUIRE(entryArea != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return entryArea->hasActiveFocus(); }));

    auto& lc = *qobject_cast<LabelController*>(app.labelling());
    const int position = lc.position();
    REQUIRE(lc.storedLabel(position) == QStringLiteral("onbeoordeeld"));
    QTest::keyClick(window, Qt::Key_2);
    CHECK(lc.storedLabel(position) == QStringLiteral("mening"));
    CHECK(lc.position() == position + 1);
    QTest::keyClick(window, Qt::Key_Backspace);
    CHECK(lc.storedLabel(position) == QStringLiteral("onbeoordeeld"));
    CHECK(lc.position() == position);
}
