// A parent's first evening with the app, through the real Main.qml: unlock the demo parent copy
// (a typo first), show only the sources, answer the first one (an empty try first), look at every
// page and the Spoed popup, close the dossier, open it again, and find the answer still there.
// Every page is saved as a PNG in the build folder (screenshots/) to be looked at.

#include "AppTestSupport.h"

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

bool waitFor(const std::function<bool()>& done, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

QQuickItem* findItem(QQuickItem* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* hit = findItem(child, name))
            return hit;
    }
    return nullptr;
}

void collectTexts(QQuickItem* root, QStringList& out)
{
    if (!root || !root->isVisible())
        return;
    const QVariant text = root->property("text");
    if (text.metaType() == QMetaType::fromType<QString>() && !text.toString().isEmpty())
        out << text.toString();
    const auto children = root->childItems();
    for (QQuickItem* child : children)
        collectTexts(child, out);
}

// Everything visible in the window (or under `root`) as text, one string per text element.
QStringList visibleTexts(QQuickItem* root)
{
    QStringList out;
    collectTexts(root, out);
    return out;
}

bool anyContains(const QStringList& texts, const QString& part)
{
    for (const QString& t : texts) {
        if (t.contains(part))
            return true;
    }
    return false;
}

class Walk {
public:
    explicit Walk(QQuickWindow* window)
        : m_window(window)
    {
    }

    QQuickItem* item(const QString& name)
    {
        QQuickItem* hit = nullptr;
        waitFor([&] { return (hit = findItem(m_window->contentItem(), name)) != nullptr; });
        INFO("objectName " << str(name));
        REQUIRE(hit != nullptr);
        return hit;
    }

    void click(const QString& name) { click(item(name)); }
    void click(QQuickItem* target)
    {
        REQUIRE(target->isEnabled());
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        INFO(str(target->objectName()) << " at " << centre.x() << "," << centre.y());
        REQUIRE(m_window->contentItem()->contains(m_window->contentItem()->mapFromScene(centre)));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QTest::qWait(30);
    }

    void type(const QString& name, const QString& text)
    {
        QQuickItem* field = item(name);
        click(field);
        REQUIRE(waitFor([&] { return field->hasActiveFocus(); }));
        for (const QChar c : text) {
            REQUIRE(c.unicode() < 0x80); // QTest has no keyClicks for a QWindow; ASCII keys only
            QTest::keyClick(m_window, char(c.unicode()));
        }
        REQUIRE(waitFor([&] { return field->property("text").toString() == text; }));
    }

    QStringList texts() { return visibleTexts(m_window->contentItem()); }

    // Saves the window as screenshots/NN-name.png and checks the picture holds more than a blank page.
    void shoot(const char* name)
    {
        QTest::qWait(60); // let the scene graph catch up with the last change
        const QImage image = m_window->grabWindow();
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == m_window->size() * m_window->devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        CHECK(colours.size() > 8);
        const QString dir = QStringLiteral(INZAGE_SCREENSHOT_DIR);
        REQUIRE(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(QLatin1String(name)));
        REQUIRE(image.save(path));
        std::cout << "screenshot: " << path.toStdString() << '\n';
    }

private:
    QQuickWindow* m_window;
    int m_shot = 0;
};

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
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Inzage/Main.qml")));
    REQUIRE(engine.rootObjects().size() == 1);
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    REQUIRE(window != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->requestActivate();
    REQUIRE(QTest::qWaitForWindowActive(window));
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
    CHECK(anyContains(visibleTexts(card), QStringLiteral("status: Verstuurd")));
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
