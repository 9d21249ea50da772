// Qt Quick Test runner for the pages in qml/. Each run gets a fresh demo parent copy in a
// temporary folder and one AppController registered as the App singleton, exactly as the app
// does; the test files reach the passphrases and paths through the context property `fixture`.

#include "DemoFiles.h"
#include "LabellingFixture.h"

#include "AppController.h"
#include "AppStartup.h"

#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <cstdlib>
#include <memory>

namespace {

class Fixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString parentPassphrase READ parentPassphrase CONSTANT)
    Q_PROPERTY(QString professionalPassphrase READ professionalPassphrase CONSTANT)
    Q_PROPERTY(QString parentCopy MEMBER parentCopy CONSTANT)
    Q_PROPERTY(QString professional MEMBER professional CONSTANT)
    Q_PROPERTY(QString labelling MEMBER labelling CONSTANT)
    Q_PROPERTY(QString labellingPassphrase READ labellingPassphrase CONSTANT)
    // Where a test saves the screens it grabs (INZAGE_SHOT_DIR), "" for nowhere.
    Q_PROPERTY(QString shotDir READ shotDir CONSTANT)
    Q_PROPERTY(QString folder MEMBER folder CONSTANT)

public:
    QString parentPassphrase() const { return QString::fromUtf8(inzage::test::kParentPassphrase); }
    QString professionalPassphrase() const { return QString::fromUtf8(inzage::test::kProfessionalPassphrase); }
    QString shotDir() const { return qEnvironmentVariable("INZAGE_SHOT_DIR"); }
    QString labellingPassphrase() const { return QString::fromUtf8(inzage::test::kLabellingPassphrase); }
    QString parentCopy;
    QString professional;
    QString labelling; // unlabelled sentences for the labelling view
    QString folder;
    int m_updates = 0;

    // A parent copy of the demo with `entries` more entries, in a folder of its own; its path.
    Q_INVOKABLE QString makeLongCopy(int entries)
    {
        const QString dir = folder + QStringLiteral("/long%1").arg(entries);
        QDir().mkpath(dir);
        auto files = inzage::test::makeDemoFiles(dir, entries);
        if (!files)
            qFatal("inzage_qml_tests: long copy: %s", qPrintable(files.message()));
        return files->parentCopy;
    }
    // A file with `bytes` in it, for "not a dossier" tests.
    Q_INVOKABLE QString writeFile(const QString& name, const QString& content)
    {
        const QString path = folder + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content.toUtf8()) < 0)
            qFatal("inzage_qml_tests: cannot write %s", qPrintable(path));
        return path;
    }
    // The professional reads the answer file, replies to every new answer, and writes an update file.
    Q_INVOKABLE QString replyToAnswers(const QString& answerFile, const QString& reply)
    {
        const QString update = folder + QStringLiteral("/update-%1.inzage-update").arg(++m_updates);
        const inzage::Status s = inzage::test::replyToAnswers({professional, parentCopy}, answerFile, reply, update);
        return s ? update : QStringLiteral("FAILED: ") + s.message();
    }
    Q_INVOKABLE bool exists(const QString& path) const { return QFileInfo::exists(path); }
    Q_INVOKABLE QString pathIn(const QString& name) const { return folder + QLatin1Char('/') + name; }
};

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        setenv("TZ", "Europe/Amsterdam", 1);
        // Recent files and places go to a settings file of this run, never the user's own.
        QCoreApplication::setOrganizationName(QStringLiteral("Inzage-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("inzage-qml-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // As runApp() does: Dutch dates ("12 maart 2026") and the Fusion style.
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        // The App singleton is an instance and may serve one engine only: ctest runs each
        // tst_*.qml in its own process, so there is one engine here.
        if (m_app)
            qFatal("inzage_qml_tests: run one tst_*.qml per process (-input FILE)");
        if (!m_dir.isValid())
            qFatal("inzage_qml_tests: no temporary folder");
        auto files = inzage::test::makeDemoFiles(m_dir.path());
        if (!files)
            qFatal("inzage_qml_tests: demo files: %s", qPrintable(files.message()));
        m_fixture.parentCopy = files->parentCopy;
        m_fixture.folder = m_dir.path();
        m_fixture.professional = files->professional;
        auto labelling = inzage::test::makeLabellingFile(m_dir.path());
        if (!labelling)
            qFatal("inzage_qml_tests: labelling file: %s", qPrintable(labelling.message()));
        m_fixture.labelling = *labelling;
        m_app = std::make_unique<inzage::app::AppController>();
        m_app->setVaultPath(files->parentCopy);
        inzage::app::registerForQml(*engine, *m_app);
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), &m_fixture);
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    Fixture m_fixture;
    std::unique_ptr<inzage::app::AppController> m_app;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(inzage_qml, Setup)

#include "main.moc"
