// Qt Quick Test runner for the pages in qml/. Each run gets a fresh demo parent copy in a
// temporary folder and one AppController registered as the App singleton, exactly as the app
// does; the test files reach the passphrases and paths through the context property `fixture`.

#include "DemoFiles.h"
#include "LabellingFixture.h"

#include "AppController.h"
#include "AppStartup.h"
#include "audit/AuditChain.h"
#include "dossier/Answers.h"
#include "dossier/Persons.h"
#include "vault/OpenMemory.h"
#include "vault/Sql.h"
#include "vault/Vault.h"

#include <QApplication>
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
#include <cstring>
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
    int m_older = 0;

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
    // A parent copy this computer saw one change further than the file now holds (as when an
    // older copy is put back): opening it must warn. A copy of the demo copy with its own memory
    // secret, so the demo copy itself stays unremembered.
    Q_INVOKABLE QString makeOlderCopy()
    {
        const QString path = folder + QStringLiteral("/teruggezet-%1.inzage").arg(++m_older);
        const QString backup = path + QStringLiteral(".reserve");
        if (!QFile::copy(parentCopy, path))
            qFatal("inzage_qml_tests: cannot copy %s", qPrintable(parentCopy));
        const inzage::SecureBytes secret(inzage::test::kParentPassphrase, std::strlen(inzage::test::kParentPassphrase));
        {
            auto v = inzage::Vault::open(path, secret);
            if (!v)
                qFatal("inzage_qml_tests: %s", qPrintable(v.message()));
            inzage::Statement own((*v)->db(), "UPDATE meta SET value = ?1 WHERE key = 'memory_secret'");
            own.bind(1, inzage::OpenMemory::newSecret());
            if (!own.exec(QStringLiteral("secret")))
                qFatal("inzage_qml_tests: no own memory secret");
        }
        if (!QFile::copy(path, backup))
            qFatal("inzage_qml_tests: cannot copy %s", qPrintable(path));
        {
            auto v = inzage::Vault::open(path, secret);
            if (!v || !inzage::OpenMemory::check(**v, inzage::OpenMemory::defaultDirectory()))
                qFatal("inzage_qml_tests: cannot remember %s", qPrintable(path));
            if (!inzage::AuditChain::append((*v)->db(), {QStringLiteral("test"), QStringLiteral("test.touch"),
                                                         QStringLiteral("test:1"), {}, {}}))
                qFatal("inzage_qml_tests: cannot write %s", qPrintable(path));
        }
        QFile::remove(path);
        if (!QFile::rename(backup, path))
            qFatal("inzage_qml_tests: cannot put %s back", qPrintable(path));
        return path;
    }
    // A request that came in on paper, recorded in the professional's vault before the app opens
    // it: the demo holds no correctieverzoek. Returns "" or what went wrong.
    Q_INVOKABLE QString addPaperRequest(int entryId, const QString& parentName, const QString& text)
    {
        const inzage::SecureBytes secret(
            inzage::test::kProfessionalPassphrase, std::strlen(inzage::test::kProfessionalPassphrase));
        auto v = inzage::Vault::open(professional, secret);
        if (!v)
            return v.message();
        const inzage::Actor pro {QStringLiteral("Anouk Verbeek"), inzage::Role::Professional};
        inzage::PersonRef ref;
        ref.nameOrId = parentName;
        ref.addWhenMissing = false;
        auto person = inzage::Persons(**v, pro).resolve(ref);
        if (!person)
            return person.message();
        auto a = inzage::Answers(**v, pro).add(entryId, inzage::AnswerKind::Correctieverzoek, text, *person);
        return a ? QString() : a.message();
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
        // No speech engine (and no speech-dispatcher started): "Lees voor" is off and says so.
        setenv("INZAGE_SPEECH_ENGINE", "none", 0);
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

// As QUICK_TEST_MAIN_WITH_SETUP, but with a QApplication, as the app has: Qt Charts (the reviewer's
// dashboard) draws through the graphics view and needs one; the runner uses the application that exists.
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "inzage_qml", nullptr, &setup);
}

#include "main.moc"
