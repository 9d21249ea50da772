// The labelling view in the real Main.qml: the professional's own vault, unlocked by keyboard,
// opens it (not the parent's pages), and the keys label at once, with no click needed first.

#include "AppTestSupport.h"

#include "AppStartup.h"
#include "LabelController.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

// By visual children: items made by QML are not always QObject children of the item they sit in.
QQuickItem* itemNamed(QQuickItem* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* hit = itemNamed(child, name))
            return hit;
    }
    return nullptr;
}

} // namespace

TEST_CASE("labelling window: the professional's vault opens the labelling view and the keys work at once",
    "[walkthrough][labelling]")
{
    DemoFolder demo;
    AppController app;
    QQmlApplicationEngine engine;
    registerForQml(engine, app);
    app.setVaultPath(demo.files.professional);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Inzage/Main.qml")));
    REQUIRE(engine.rootObjects().size() == 1);
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    REQUIRE(window != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->requestActivate();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QQuickItem* root = window->contentItem();

    auto* field = itemNamed(root, QStringLiteral("passphraseField"));
    REQUIRE(field != nullptr);
    field->forceActiveFocus();
    for (const char c : std::string(kProfessionalPassphrase))
        QTest::keyClick(window, c);
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return app.unlocked(); }));
    CHECK(app.professional());

    QQuickItem* page = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        page = itemNamed(root, QStringLiteral("labelPage"));
        return page && page->isVisible();
    }));
    auto* dossier = itemNamed(root, QStringLiteral("dossierPage"));
    REQUIRE(dossier != nullptr);
    CHECK_FALSE(dossier->isVisible());

    auto* entryArea = itemNamed(root, QStringLiteral("entryArea"));
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
