// The keyboard and the screen reader in the real window: Tab walks every page of the parent's
// view, and wherever the focus lands it is on screen (not under a clipped edge or on a hidden
// page), the focus ring is drawn around it, and it has an accessible name. A dialog gives the
// focus back to the button that opened it. Switching the language keeps the page, the place in
// the list and the open dialog.

#include "AppTestSupport.h"
#include "WalkSupport.h"

#include "AppStartup.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

QRectF sceneRect(const QQuickItem* item) { return item->mapRectToScene(QRectF(0, 0, item->width(), item->height())); }

// How much of `item` can be seen: cut by the window and by every clipping view it sits in.
QRectF seenPart(QQuickItem* item, QQuickWindow* window)
{
    QRectF seen = sceneRect(item).intersected(QRectF(QPointF(0, 0), QSizeF(window->size())));
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (p->clip())
            seen = seen.intersected(sceneRect(p));
    }
    return seen;
}

QString accessibleName(QQuickItem* item)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(item);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

struct Window {
    DemoFolder demo;
    AppController app;
    QQmlApplicationEngine engine;
    QQuickWindow* window = nullptr;
    QQuickItem* ring = nullptr;

    Window()
    {
        // Controls give their text as their accessible name only while accessibility is on.
        QAccessible::setActive(true);
        registerForQml(engine, app);
        app.setVaultPath(demo.files.parentCopy);
        REQUIRE(app.unlock(QString::fromUtf8(kParentPassphrase)));
        window = loadMainWindow(engine);
        window->resize(1366, 768);
        waitUntilActive(window);
        ring = findItem(window->contentItem()->parentItem(), QStringLiteral("focusRing"), false);
        if (!ring) // the ring sits on the overlay, beside the content item
            ring = window->findChild<QQuickItem*>(QStringLiteral("focusRing"));
        REQUIRE(ring != nullptr);
    }

    // Checks the item that has the focus now; `where` names the step in a failure.
    void checkFocus(const std::string& where)
    {
        QQuickItem* f = window->activeFocusItem();
        INFO(where);
        REQUIRE(f != nullptr);
        INFO("focus on " << f->metaObject()->className() << " '" << str(f->objectName()) << "'");
        CHECK(f->isVisible());
        CHECK(f->isEnabled());
        CHECK_FALSE(accessibleName(f).isEmpty());
        // The ring follows after the view scrolled; wait for it to settle on the item.
        QQuickItem* target = nullptr;
        CHECK(waitFor([&] {
            target = ring->property("target").value<QQuickItem*>();
            return ring->property("showing").toBool() && target != nullptr;
        }));
        if (!target)
            return;
        CHECK((target == f || target->parentItem() == f->property("contentItem").value<QQuickItem*>()));
        // Wholly in sight, as far as it fits: a card taller than the list shows at least the list's height.
        CHECK(waitFor([&] {
            const QRectF seen = seenPart(target, window);
            return seen.height() >= std::min(target->height(), 200.0) - 2 && seen.width() >= std::min(target->width(), 60.0) - 2;
        }));
        auto* frame = findItem(ring, QStringLiteral("focusFrame"));
        REQUIRE(frame != nullptr);
        CHECK(waitFor([&] { return sceneRect(frame).contains(sceneRect(target).adjusted(1, 1, -1, -1)); }));
        CHECK(frame->property("border").value<QObject*>()->property("width").toInt() >= 3);
    }
};

} // namespace

TEST_CASE("Tab walks every page: the focus is on screen, ringed and named", "[keys][focus][window]")
{
    Window w;
    for (int page = 0; page < 6; ++page) {
        w.window->setProperty("currentPage", page);
        QQuickItem* tab = findItem(w.window->contentItem(), QStringLiteral("tab%1").arg(page));
        REQUIRE(tab != nullptr);
        tab->forceActiveFocus(Qt::TabFocusReason);
        QTest::qWait(50);
        w.checkFocus("tab " + std::to_string(page));
        QSet<QQuickItem*> seen;
        for (int step = 0; step < 24; ++step) {
            QTest::keyClick(w.window, Qt::Key_Tab);
            QTest::qWait(30);
            QQuickItem* f = w.window->activeFocusItem();
            w.checkFocus("page " + std::to_string(page) + ", Tab " + std::to_string(step + 1));
            seen.insert(f);
        }
        // The walk reaches more than the header: the page's own controls are in it.
        CHECK(seen.size() > 8);
        CHECK(w.window->property("currentPage").toInt() == page);
    }
}

TEST_CASE("a dialog gives the focus back to the button that opened it", "[keys][focus][window]")
{
    Window w;
    Walk walk(w.window, QStringLiteral("focus-"));
    QQuickItem* answer = walk.item(QStringLiteral("answerButton_1"));
    answer->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(w.window, Qt::Key_Return);
    auto* dialog = w.window->findChild<QObject*>(QStringLiteral("answerDialog"));
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->property("opened").toBool(); }));
    for (int step = 0; step < 6; ++step) {
        QTest::keyClick(w.window, Qt::Key_Tab);
        QTest::qWait(30);
        w.checkFocus("answer dialog, Tab " + std::to_string(step + 1));
    }
    walk.shoot("answer-dialog");
    QTest::keyClick(w.window, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !dialog->property("visible").toBool(); }));
    CHECK(waitFor([&] { return w.window->activeFocusItem() == answer; }));

    // F1 from the search field: back in the search field afterwards.
    QQuickItem* search = walk.item(QStringLiteral("searchField"));
    search->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(w.window, Qt::Key_F1);
    auto* words = w.window->findChild<QObject*>(QStringLiteral("plainWordsDialog"));
    REQUIRE(waitFor([&] { return words->property("opened").toBool(); }));
    QTest::keyClick(w.window, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return !words->property("visible").toBool(); }));
    CHECK(waitFor([&] { return search->hasActiveFocus(); }));
}

TEST_CASE("after Sluiten the focus is on the unlock page, not on a hidden control", "[keys][focus][window]")
{
    Window w;
    Walk walk(w.window, QStringLiteral("focus-"));
    walk.click(QStringLiteral("lockButton"));
    REQUIRE_FALSE(w.app.unlocked());
    QQuickItem* field = walk.item(QStringLiteral("passphraseField"));
    CHECK(waitFor([&] { return field->hasActiveFocus(); }));
    w.checkFocus("after Sluiten");
}

TEST_CASE("switching the language keeps the page, the place in the list and the open dialog", "[i18n][window]")
{
    Window w;
    Walk walk(w.window, QStringLiteral("language-"));
    QObject* dossier = walk.item(QStringLiteral("dossierPage"));
    QVariant message;
    REQUIRE(QMetaObject::invokeMethod(dossier, "goToEntry", Q_RETURN_ARG(QVariant, message), Q_ARG(QVariant, QStringLiteral("9"))));
    REQUIRE(message.toString().isEmpty());
    QQuickItem* list = walk.item(QStringLiteral("entryList"));
    auto* entries = qobject_cast<QAbstractItemModel*>(w.app.entries());
    const auto currentEntry = [&] {
        const int row = list->property("currentIndex").toInt();
        return entries->data(entries->index(row, 0), Qt::UserRole + 1).toInt();
    };
    REQUIRE(waitFor([&] { return currentEntry() == 9; }));

    w.app.setLanguage(QStringLiteral("en"));
    QTest::qWait(600);
    CHECK(w.window->property("currentPage").toInt() == 0);
    CHECK(currentEntry() == 9);
    QQuickItem* card = walk.item(QStringLiteral("entry_9"));
    CHECK(seenPart(card, w.window).height() > 20);

    // Another page with a dialog open: both stay.
    w.app.setLanguage(QStringLiteral("nl"));
    w.window->setProperty("currentPage", 2);
    QTest::keyClick(w.window, Qt::Key_F1);
    auto* words = w.window->findChild<QObject*>(QStringLiteral("plainWordsDialog"));
    REQUIRE(waitFor([&] { return words->property("opened").toBool(); }));
    w.app.setLanguage(QStringLiteral("en"));
    QTest::qWait(300);
    CHECK(w.window->property("currentPage").toInt() == 2);
    CHECK(words->property("visible").toBool());
    w.app.setLanguage(QStringLiteral("nl"));
    QTest::qWait(300);
    CHECK(w.window->property("currentPage").toInt() == 2);
    CHECK(words->property("visible").toBool());
}
