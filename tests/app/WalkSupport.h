#pragma once

// Driving the real window in app tests: find items by objectName, click, type, read what is on
// screen, and save screenshots (screenshots/NN-name.png in the build folder) to be looked at.

#include "AppTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

#include <functional>
#include <iostream>
#include <utility>

namespace inzage::test {

inline bool waitFor(const std::function<bool()>& done, int ms = 3000)
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

// By visual children: items made by QML are not always QObject children of the item they sit in.
// visibleOnly = false also finds an item that is there but hidden (to check that it is hidden).
inline QQuickItem* findItem(QQuickItem* root, const QString& name, bool visibleOnly = true)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && (root->isVisible() || !visibleOnly))
        return root;
    const auto children = root->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* hit = findItem(child, name, visibleOnly))
            return hit;
    }
    return nullptr;
}

// The real Main.qml loaded into engine; its window, not yet waited for.
inline QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine)
{
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Inzage/Main.qml")));
    REQUIRE(engine.rootObjects().size() == 1);
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    REQUIRE(window != nullptr);
    return window;
}

// Waits until the window is on screen and has the keyboard.
inline void waitUntilActive(QQuickWindow* window)
{
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->requestActivate();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

inline void collectTexts(QQuickItem* root, QStringList& out)
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
inline QStringList visibleTexts(QQuickItem* root)
{
    QStringList out;
    collectTexts(root, out);
    return out;
}

inline bool anyContains(const QStringList& texts, const QString& part)
{
    for (const QString& t : texts) {
        if (t.contains(part))
            return true;
    }
    return false;
}

class Walk {
public:
    // `prefix` starts the screenshot names, so two walkthroughs do not overwrite each other.
    explicit Walk(QQuickWindow* window, QString prefix = {})
        : m_window(window)
        , m_prefix(std::move(prefix))
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
            QStringLiteral("%1%2-%3.png").arg(m_prefix).arg(++m_shot, 2, 10, QLatin1Char('0')).arg(QLatin1String(name)));
        REQUIRE(image.save(path));
        std::cout << "screenshot: " << path.toStdString() << '\n';
    }

private:
    QQuickWindow* m_window;
    QString m_prefix;
    int m_shot = 0;
};

} // namespace inzage::test
