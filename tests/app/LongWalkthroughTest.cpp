// A parent with a long file, through the real Main.qml: unlock a copy of 5,000 entries, go to the
// last entry with the keyboard (Ctrl+End), answer it, write the answer file, let the professional
// reply, and read the update file: the reply shows, marked new. Screens are saved as PNGs
// (screenshots/long-NN-name.png in the build folder) to be looked at.

#include "AppTestSupport.h"
#include "WalkSupport.h"

#include "AppStartup.h"
#include "EntryListModel.h"

#include <QQmlApplicationEngine>
#include <QScreen>
#include <QTemporaryDir>

#include <algorithm>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

TEST_CASE("walkthrough: 5,000 entries, to the last by keyboard, answer it, send, fetch the reply", "[walkthrough][long]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto files = makeDemoFiles(dir.path(), 5000);
    INFO(str(files.message()));
    REQUIRE(files.isOk());

    AppController app;
    QQmlApplicationEngine engine;
    registerForQml(engine, app);
    app.setVaultPath(files->parentCopy);
    auto* window = loadMainWindow(engine);
    // A 1366×768 laptop; under QT_SCALE_FACTOR=2 on such a screen, the 683×384 it leaves.
    const QSize screen = window->screen()->availableSize();
    window->resize(std::min(1366, screen.width()), std::min(768, screen.height()));
    waitUntilActive(window);
    Walk walk(window, QStringLiteral("long-"));

    walk.type(QStringLiteral("passphraseField"), QString::fromUtf8(kParentPassphrase));
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return app.unlocked(); }));
    auto* entries = qobject_cast<EntryListModel*>(app.entries());
    REQUIRE(entries->total() > 5000);
    QQuickItem* list = walk.item(QStringLiteral("entryList"));
    CHECK(entries->rowCount() < 1000); // pages, not the whole file
    walk.shoot("dossier");

    // To the last entry with the keyboard, from the search field.
    walk.click(QStringLiteral("searchField"));
    QTest::keyClick(window, Qt::Key_End, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return entries->rowCount() == entries->total(); }, 10000));
    const int lastRow = entries->rowCount() - 1;
    REQUIRE(waitFor([&] { return list->property("currentIndex").toInt() == lastRow; }));
    CHECK(list->hasActiveFocus());
    const int lastId = entries->entryIdAt(lastRow);
    QQuickItem* card = walk.item(QStringLiteral("entry_%1").arg(lastId));
    CHECK(card->property("text").toString() == QStringLiteral("Notitie nummer 5000."));
    // Large numbers as Dutch writes them: "5.000 van 5.000".
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    CHECK(anyContains(walk.texts(), QStringLiteral("U bent bij nr. %1 (%2 van %3)").arg(lastId).arg(dutch.toString(lastRow + 1), dutch.toString(entries->total()))));
    CHECK(dutch.toString(entries->total()).contains(QLatin1Char('.'))); // more than 5,000: "5.018"
    CHECK_FALSE(anyContains(walk.texts(), QStringLiteral("van %1)").arg(entries->total())));
    walk.shoot("last-entry");
    QTest::keyClick(window, Qt::Key_Up);
    REQUIRE(waitFor([&] { return list->property("currentIndex").toInt() == lastRow - 1; }));
    QTest::keyClick(window, Qt::Key_Down);
    REQUIRE(waitFor([&] { return list->property("currentIndex").toInt() == lastRow; }));

    // Answer it. Entry 5000 is not a multiple of three: unlabelled, so "Dit klopt niet" is offered.
    const QString words = QStringLiteral("Dit gesprek heeft nooit plaatsgevonden.");
    walk.click(QStringLiteral("answerButton_%1").arg(lastId));
    walk.item(QStringLiteral("answerText"));
    QTest::qWait(60);
    walk.click(QStringLiteral("kind_klopt-niet"));
    CHECK(walk.item(QStringLiteral("whatHappens"))->property("text").toString().startsWith(QStringLiteral("Wat gebeurt er nu?")));
    walk.type(QStringLiteral("answerText"), words);
    walk.shoot("answer-dialog");
    // Tab leaves the text box for the Save button, Enter presses it.
    QTest::keyClick(window, Qt::Key_Tab);
    QQuickItem* save = walk.item(QStringLiteral("answerSave"));
    REQUIRE(waitFor([&] { return save->hasActiveFocus(); }));
    walk.shoot("answer-save-focused");
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return findItem(window->contentItem(), QStringLiteral("answerSave")) == nullptr; }));
    card = walk.item(QStringLiteral("entry_%1").arg(lastId));
    REQUIRE(waitFor([&] { return anyContains(visibleTexts(card), words); }));
    CHECK(anyContains(visibleTexts(card), QStringLiteral("Nog niet verstuurd")));
    CHECK(list->property("currentIndex").toInt() == lastRow); // still at the last entry
    walk.shoot("answered");

    // Write the answer file.
    walk.click(QStringLiteral("tab1"));
    QQuickItem* bar = walk.item(QStringLiteral("travelBar"));
    CHECK(anyContains(walk.texts(), QStringLiteral("1 reactie is nog niet verstuurd")));
    walk.shoot("mijn-reacties-unsent");
    // The file chooser opens on a good name beside the parent copy; Escape closes it, nothing written.
    walk.click(QStringLiteral("sendAnswersButton"));
    QTest::qWait(400);
    walk.shoot("send-dialog");
    QTest::keyClick(window, Qt::Key_Escape);
    QTest::qWait(200);
    CHECK(app.unsentCount() == 1);
    const QString answerFile = dir.filePath(QStringLiteral("mijn-reacties.inzage-reacties"));
    QVariant sent;
    REQUIRE(QMetaObject::invokeMethod(bar, "sendTo", Q_RETURN_ARG(QVariant, sent),
        Q_ARG(QVariant, QUrl::fromLocalFile(answerFile).toString())));
    CHECK(sent.toString().isEmpty());
    REQUIRE(QFileInfo::exists(answerFile));
    REQUIRE(waitFor([&] { return anyContains(walk.texts(), QStringLiteral("Verstuurd op ")); }));
    CHECK(anyContains(walk.texts(), QStringLiteral("Stuur dit bestand naar uw hulpverlener")));
    CHECK(fileBytes(answerFile).indexOf(words.toUtf8()) < 0); // encrypted
    walk.shoot("mijn-reacties-sent");

    // The professional replies; the parent reads the update file.
    const QString update = dir.filePath(QStringLiteral("antwoord.inzage-update"));
    const Status replied = replyToAnswers(*files, answerFile, QStringLiteral("We bellen u deze week."), update);
    INFO(str(replied.message()));
    REQUIRE(replied.isOk());
    QVariant fetched;
    REQUIRE(QMetaObject::invokeMethod(bar, "fetchFrom", Q_RETURN_ARG(QVariant, fetched), Q_ARG(QVariant, update)));
    CHECK(fetched.toMap().value(QStringLiteral("ok")).toBool());
    REQUIRE(waitFor([&] { return anyContains(walk.texts(), QStringLiteral("We bellen u deze week.")); }));
    CHECK(anyContains(walk.texts(), QStringLiteral("Nieuw antwoord")));
    walk.shoot("reply-fetched");

    // Back on the dossier the last entry still holds the place, with the reply.
    walk.click(QStringLiteral("tab0"));
    card = walk.item(QStringLiteral("entry_%1").arg(lastId));
    REQUIRE(waitFor([&] { return anyContains(visibleTexts(card), QStringLiteral("We bellen u deze week.")); }));
    CHECK(anyContains(visibleTexts(card), QStringLiteral("Nieuw antwoord!")));
    // The card grew by the reply and is still whole in view (once the list has laid it out again).
    const auto whole = [&] {
        const QPointF top = card->mapToItem(list, QPointF(0, 0));
        return top.y() >= -1 && top.y() + card->height() <= list->height() + 1;
    };
    CHECK(waitFor(whole));
    walk.shoot("dossier-reply");
}
