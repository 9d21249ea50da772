// A parent's first evening with the app, through the real Main.qml: unlock the demo parent copy
// (a typo first), show only the sources, answer the first one (an empty try first), look at every
// page and the Spoed popup, close the dossier, open it again, and find the answer still there.
// Every page is saved as a PNG in the build folder (screenshots/) to be looked at.

#include "AppTestSupport.h"
#include "WalkSupport.h"

#include "AppStartup.h"
#include "EntryListModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

#include <functional>
#include <iostream>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

QStringList answerTexts(AppController& app)
{
    auto* m = qobject_cast<QAbstractItemModel*>(app.answers());
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->data(m->index(r, 0), Qt::DisplayRole).toString();
    return out;
}

} // namespace

TEST_CASE("walkthrough: unlock, filter on Bron, answer, close, reopen, the answer is still there", "[walkthrough]")
{
    DemoFolder demo;
    AppController app;
    QQmlApplicationEngine engine;
    registerForQml(engine, app);
    app.setVaultPath(demo.files.parentCopy);
    auto* window = loadMainWindow(engine);
    waitUntilActive(window);
    Walk walk(window);
    const QString words = QStringLiteral("De buurvrouw woont er pas sinds maart; zij kan dit niet weten.");

    // Unlock: a typo first.
    walk.shoot("unlock");
    walk.type(QStringLiteral("passphraseField"), QStringLiteral("ouder-eigen-wachtwoort"));
    walk.click(QStringLiteral("unlockButton"));
    CHECK_FALSE(app.unlocked());
    CHECK(walk.item(QStringLiteral("unlockMessage"))
              ->property("text")
              .toString()
              .contains(QStringLiteral("wachtwoord klopt niet")));
    CHECK(walk.item(QStringLiteral("passphraseField"))->property("text").toString().isEmpty());
    walk.shoot("unlock-wrong-passphrase");
    walk.type(QStringLiteral("passphraseField"), QString::fromUtf8(kParentPassphrase));
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return app.unlocked(); }));
    walk.item(QStringLiteral("entryList"));
    CHECK(anyContains(walk.texts(), QStringLiteral("Gezin Vermeulen")));
    walk.shoot("dossier");

    // Only the sources.
    walk.click(QStringLiteral("filter_bron"));
    auto* entries = qobject_cast<EntryListModel*>(app.entries());
    REQUIRE(waitFor([&] { return entries->labelFilter() == QStringLiteral("bron"); }));
    REQUIRE(entries->rowCount() == entries->bronCount());
    const int entryId = entries->data(entries->index(0), EntryListModel::EntryIdRole).toInt();
    QQuickItem* card = walk.item(QStringLiteral("entry_%1").arg(entryId));
    CHECK(card->property("label").toString() == QStringLiteral("bron"));
    for (QQuickItem* c :
        walk.item(QStringLiteral("entryList"))->property("contentItem").value<QQuickItem*>()->childItems()) {
        if (c->isVisible() && c->objectName().startsWith(QStringLiteral("entry_")))
            CHECK(c->property("label").toString() == QStringLiteral("bron"));
    }
    walk.shoot("dossier-bronnen");

    // Answer the first card: saving an empty answer is refused with a message, then the real one.
    const int answersBefore = int(answerTexts(app).size());
    walk.click(QStringLiteral("answerButton_%1").arg(entryId));
    walk.item(QStringLiteral("answerText"));
    walk.click(QStringLiteral("kind_klopt-niet"));
    walk.click(QStringLiteral("answerSave"));
    CHECK(walk.item(QStringLiteral("answerError"))->property("text").toString().contains(QStringLiteral("leeg")));
    CHECK(answerTexts(app).size() == answersBefore);
    walk.shoot("answer-empty-refused");
    walk.type(QStringLiteral("answerText"), words);
    CHECK(findItem(window->contentItem(), QStringLiteral("answerError")) == nullptr); // the old complaint is gone
    walk.shoot("answer-dialog");
    walk.click(QStringLiteral("answerSave"));
    REQUIRE(waitFor([&] { return answerTexts(app).contains(words); }));
    REQUIRE(waitFor([&] { return findItem(window->contentItem(), QStringLiteral("answerSave")) == nullptr; }));
    card = walk.item(QStringLiteral("entry_%1").arg(entryId));
    REQUIRE(waitFor([&] { return anyContains(visibleTexts(card), words); }));
    CHECK(anyContains(visibleTexts(card), QStringLiteral("status: Nog niet verstuurd")));
    walk.shoot("dossier-answered");

    // Every other page, and Spoed.
    walk.click(QStringLiteral("tab1"));
    walk.item(QStringLiteral("answerList"));
    REQUIRE(waitFor([&] { return anyContains(walk.texts(), words); }));
    CHECK(anyContains(walk.texts(), QStringLiteral("Verstuurd")));
    CHECK(anyContains(walk.texts(), QStringLiteral("Uw aanvulling is bij de notitie opgenomen."))); // a demo reply
    walk.shoot("mijn-reacties");
    walk.click(QStringLiteral("tab2"));
    walk.item(QStringLiteral("peopleList"));
    walk.shoot("gesproken-met");
    walk.click(QStringLiteral("tab3"));
    walk.item(QStringLiteral("chainPicture"));
    walk.shoot("wie-doet-wat");
    walk.click(QStringLiteral("tab4"));
    REQUIRE(waitFor([&] { return window->property("currentPage").toInt() == 4; }));
    walk.shoot("mijn-rechten");
    walk.click(QStringLiteral("spoedButton"));
    walk.item(QStringLiteral("call112"));
    CHECK(anyContains(walk.texts(), QStringLiteral("112")));
    CHECK(anyContains(walk.texts(), QStringLiteral("0800-2000")));
    walk.shoot("spoed");
    QTest::keyClick(window, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return findItem(window->contentItem(), QStringLiteral("call112")) == nullptr; }));

    // Close the dossier and open it again.
    walk.click(QStringLiteral("tab0"));
    walk.click(QStringLiteral("lockButton"));
    REQUIRE(waitFor([&] { return !app.unlocked(); }));
    CHECK(answerTexts(app).isEmpty());
    walk.item(QStringLiteral("passphraseField"));
    CHECK_FALSE(anyContains(walk.texts(), words)); // nothing of the dossier left on screen
    walk.shoot("closed");
    walk.type(QStringLiteral("passphraseField"), QString::fromUtf8(kParentPassphrase));
    walk.click(QStringLiteral("unlockButton"));
    REQUIRE(waitFor([&] { return app.unlocked(); }));
    CHECK(answerTexts(app).contains(words));
    entries->setLabelFilter(QStringLiteral("bron"));
    card = walk.item(QStringLiteral("entry_%1").arg(entryId));
    REQUIRE(waitFor([&] { return anyContains(visibleTexts(card), words); }));
    walk.shoot("reopened");
}
