// The header of the real window at the sizes a parent's laptop has: 1366×768 and 1024×768, at 100%
// and at 200% (a 683×384 and a 512×384 window). Every button stays whole inside the window, Spoed
// and Sluiten are always there, and the family's name is never cut to "Gezi…": the case number
// goes first, and on the smallest window the name is left to the window's title.

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

TEST_CASE("the header keeps every button whole from 1366 down to 512 pixels wide", "[window][sizes]")
{
    DemoFolder demo;
    AppController app;
    QQmlApplicationEngine engine;
    registerForQml(engine, app);
    app.setVaultPath(demo.files.parentCopy);
    REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
    QQuickWindow* window = loadMainWindow(engine);
    REQUIRE(window != nullptr);
    waitUntilActive(window);

    const QStringList buttons = {QStringLiteral("readPageButton"), QStringLiteral("smallerText"), QStringLiteral("largerText"),
                                 QStringLiteral("languageBox"), QStringLiteral("paperButton"), QStringLiteral("lockButton"),
                                 QStringLiteral("spoedButton")};
    for (const int width : {1366, 1024, 683, 512}) {
        INFO("window " << width << "×384");
        window->resize(width, 384);
        QQuickItem* title = findItem(window->contentItem()->parentItem(), QStringLiteral("windowTitleLabel"), false);
        if (!title)
            title = window->findChild<QQuickItem*>(QStringLiteral("windowTitleLabel"));
        REQUIRE(title != nullptr);
        // Laid out on the next frames: wait until every button is whole and inside.
        const auto cut = [&] {
            QStringList wrong;
            for (const QString& name : buttons) {
                auto* item = window->findChild<QQuickItem*>(name);
                if (!item || !item->isVisible()) {
                    wrong << name + QStringLiteral(" is not shown");
                    continue;
                }
                const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
                if (r.left() < -0.5 || r.right() > width + 0.5)
                    wrong << name + QStringLiteral(" runs to %1").arg(r.right());
                if (item->width() < item->implicitWidth() - 1)
                    wrong << name + QStringLiteral(" is %1 of %2 wide").arg(item->width()).arg(item->implicitWidth());
            }
            if (title->isVisible() && title->property("truncated").toBool())
                wrong << QStringLiteral("the family's name is cut");
            return wrong.join(QStringLiteral(", "));
        };
        waitFor([&] { return cut().isEmpty(); });
        CHECK(str(cut()) == "");
        // The name is shown wherever there is room for it.
        CHECK(title->isVisible() == (width >= 683));
    }
}
