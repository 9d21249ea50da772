// The reviewer's view in the real window: the unlock page's choice opens the file read-only, the
// three pages work from the keyboard and the mouse, and after a whole session the file is
// byte-identical; the program itself (`inzage --reviewer`) opens a file and folder it cannot write.

#include "AppTestSupport.h"
#include "WalkSupport.h"

#include "AppStartup.h"
#include "FindingsModel.h"
#include "ReviewerController.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace inzage;
using namespace inzage::app;
using namespace inzage::test;

namespace {

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

const QFileDevice::Permissions kReadOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
const QFileDevice::Permissions kReadOnlyFolder
    = kReadOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

} // namespace

TEST_CASE("reviewer window: 'Openen als toetser' opens the reviewer's pages read-only and the file stays "
          "byte-identical",
    "[walkthrough][reviewer]")
{
    DemoFolder demo;
    const QString path = demo.files.professional;
    REQUIRE(QFile::setPermissions(path, kReadOnly));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(demo.dir.path()).entryList(QDir::Files | QDir::Hidden);

    AppController app;
    QQmlApplicationEngine engine;
    registerForQml(engine, app);
    app.setVaultPath(path);
    auto* window = loadMainWindow(engine);
    window->resize(1366, 768);
    waitUntilActive(window);
    Walk walk(window, QStringLiteral("reviewer-"));

    walk.click(QStringLiteral("reviewerCheckBox"));
    REQUIRE(app.openAsReviewer());
    walk.type(QStringLiteral("passphraseField"), QString::fromUtf8(kProfessionalPassphrase));
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return app.unlocked(); }));
    CHECK(app.reviewer());
    walk.item(QStringLiteral("reviewerView"));
    walk.item(QStringLiteral("readOnlyBanner"));
    CHECK(findItem(window->contentItem(), QStringLiteral("dossierPage")) == nullptr);
    CHECK(findItem(window->contentItem(), QStringLiteral("labelPage")) == nullptr);
    CHECK(findItem(window->contentItem(), QStringLiteral("paperButton")) == nullptr);

    // Cijfers: the charts and the same figures in words.
    walk.item(QStringLiteral("sharesChartView"));
    const QStringList dashboard = walk.texts();
    CHECK(anyContains(dashboard, QStringLiteral("Notities met een label")));
    CHECK(anyContains(dashboard, QStringLiteral("Reacties van de ouders")));
    walk.shoot("cijfers");

    // Bevindingen by key, then the first finding with an entry opens its history.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    walk.item(QStringLiteral("findingsList"));
    auto& findings = *qobject_cast<FindingsModel*>(qobject_cast<ReviewerController*>(app.review())->findings());
    REQUIRE(findings.count() > 0);
    // From the keyboard: the list has it at once; Down and Enter open the second finding.
    QQuickItem* list = walk.item(QStringLiteral("findingsList"));
    REQUIRE(waitFor([&] { return list->hasActiveFocus(); }));
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Return);
    QQuickItem* history = walk.item(QStringLiteral("entryHistory"));
    CHECK(history->property("entryId").toInt() == findings.get(1).value(QStringLiteral("entry")).toInt());
    walk.click(QStringLiteral("finding_0"));
    CHECK(history->property("entryId").toInt() == findings.get(0).value(QStringLiteral("entry")).toInt());
    REQUIRE(waitFor([&] { return findItem(window->contentItem(), QStringLiteral("historyTitle")) != nullptr; }));
    CHECK(anyContains(walk.texts(), QStringLiteral("Versie 1")));
    walk.shoot("bevindingen");

    // Steekproef: drawn with a seed, one item ticked (in memory only).
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    walk.item(QStringLiteral("memoryOnlyNote"));
    walk.type(QStringLiteral("sampleSeedField"), QStringLiteral("42"));
    walk.click(QStringLiteral("drawSampleButton"));
    auto& review = *qobject_cast<ReviewerController*>(app.review());
    REQUIRE(waitFor([&] { return review.sample().size() == 5; }));
    CHECK(anyContains(walk.texts(), QStringLiteral("seed 42")));
    const int entry = review.sample()[0].toMap().value(QStringLiteral("entryId")).toInt();
    walk.click(QStringLiteral("check_%1_0").arg(entry));
    CHECK(review.ticked(entry, 0));
    walk.shoot("steekproef");
    // The entry's history from the sample: the findings page shows it, the ticks stay.
    walk.click(QStringLiteral("sampleHistory_%1").arg(entry));
    REQUIRE(waitFor([&] { return history->isVisible(); }));
    CHECK(history->property("entryId").toInt() == entry);
    CHECK(review.ticked(entry, 0));

    walk.click(QStringLiteral("lockButton"));
    REQUIRE(waitFor([&] { return !app.unlocked(); }));
    CHECK(sha256(path) == before);
    CHECK(QDir(demo.dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE("reviewer window: inzage --reviewer shows the findings of a file and folder it cannot write and leaves "
          "them byte-identical",
    "[walkthrough][reviewer]")
{
    DemoFolder demo;
    QTemporaryDir out; // where the program may write: its screenshot, settings and memory
    REQUIRE(out.isValid());
    const QString path = demo.files.professional;
    const QString pass = out.filePath(QStringLiteral("pass.txt"));
    {
        QFile f(pass);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kProfessionalPassphrase);
    }
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(out.path(), all));
    REQUIRE(QFile::setPermissions(pass, kReadOnly));
    REQUIRE(QFile::setPermissions(path, kReadOnly));
    REQUIRE(QFile::setPermissions(demo.dir.path(), kReadOnlyFolder));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(demo.dir.path()).entryList(QDir::Files | QDir::Hidden);

    // As root, permissions stop no write: run as nobody when we can, so the file really cannot be written.
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    const bool asNobody = geteuid() == 0 && !setpriv.isEmpty();
    const QString shot = out.filePath(QStringLiteral("bevindingen.png"));
    QStringList args { QStringLiteral("--reviewer"), QStringLiteral("--passphrase-file"), pass,
        QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--size"), QStringLiteral("1366x768"),
        QStringLiteral("--screenshot"), shot, path };
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), out.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), out.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("INZAGE_MEMORY_DIR"), out.filePath(QStringLiteral("geopend")));
    // In the sanitizer build the app's own exit would report Qt Quick's image caches (see
    // tests/lsan.supp, which this child does not read): leaks are checked in-process elsewhere.
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    p.setProcessEnvironment(env);
    if (asNobody) {
        args.prepend(QStringLiteral(INZAGE_APP));
        args = QStringList {
            QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")
        } + args;
        p.start(setpriv, args);
    } else {
        p.start(QStringLiteral(INZAGE_APP), args);
    }
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    CHECK(QImage(shot).width() == 1366);
    CHECK(sha256(path) == before);
    CHECK(QDir(demo.dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    REQUIRE(QFile::setPermissions(
        demo.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}
