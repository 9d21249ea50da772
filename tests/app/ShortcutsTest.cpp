// The parent's keys in the real window: Ctrl+1 … Ctrl+6 switch pages, Ctrl+F goes to the search
// field of Mijn dossier from any page, F12 opens Spoed, F1 the explanation of the words.

#include "AppTestSupport.h"
#include "WalkSupport.h"
#include "AppStartup.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

TEST_CASE("the parent's keys switch pages, reach the search field and open Spoed and the explanation",
          "[keys][window]")
{
    DemoFolder demo;
    AppController app;
    QQmlApplicationEngine engine;
    registerForQml(engine, app);
    app.setVaultPath(demo.files.parentCopy);
    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    auto* window = loadMainWindow(engine);
    waitUntilActive(window);
    Walk walk(window, QStringLiteral("keys-"));
    walk.item(QStringLiteral("entryList"));

    for (int page = 6; page >= 1; --page) {
        INFO(page);
        QTest::keyClick(window, Qt::Key(Qt::Key_0 + page), Qt::ControlModifier);
        CHECK(waitFor([&] { return window->property("currentPage").toInt() == page - 1; }));
    }
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return window->property("currentPage").toInt() == 3; }));
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    CHECK(waitFor([&] { return window->property("currentPage").toInt() == 0; }));
    CHECK(waitFor([&] {
        QQuickItem* search = walk.item(QStringLiteral("searchField"));
        return search && search->hasActiveFocus();
    }));

    auto* emergency = window->findChild<QObject*>(QStringLiteral("emergencyPopup"));
    REQUIRE(emergency);
    QTest::keyClick(window, Qt::Key_F12);
    CHECK(waitFor([&] { return emergency->property("opened").toBool(); }));
    QTest::keyClick(window, Qt::Key_Escape);
    CHECK(waitFor([&] { return !emergency->property("visible").toBool(); }));

    auto* explanation = window->findChild<QObject*>(QStringLiteral("plainWordsDialog"));
    REQUIRE(explanation);
    QTest::keyClick(window, Qt::Key_F1);
    CHECK(waitFor([&] { return explanation->property("opened").toBool(); }));
    QTest::keyClick(window, Qt::Key_Escape);
    CHECK(waitFor([&] { return !explanation->property("visible").toBool(); }));
}
