#include "AppStartup.h"

#include "AppController.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <sodium.h>

#include <cstdio>

namespace inzage::app {

void registerForQml(QQmlEngine& engine, AppController& controller)
{
    controller.setEngine(&engine);
    qmlRegisterSingletonInstance("Inzage.App", 1, 0, "App", &controller);
    qmlRegisterUncreatableType<EntryListModel>("Inzage.App", 1, 0, "EntryListModel", QStringLiteral("from App"));
    qmlRegisterUncreatableType<AnswerListModel>("Inzage.App", 1, 0, "AnswerListModel", QStringLiteral("from App"));
    qmlRegisterUncreatableType<PeopleModel>("Inzage.App", 1, 0, "PeopleModel", QStringLiteral("from App"));
    qmlRegisterUncreatableType<AppointmentModel>("Inzage.App", 1, 0, "AppointmentModel", QStringLiteral("from App"));
    qmlRegisterUncreatableType<LabelController>("Inzage.App", 1, 0, "LabelController", QStringLiteral("from App"));
    qmlRegisterUncreatableType<WorkspaceController>("Inzage.App", 1, 0, "WorkspaceController", QStringLiteral("from App"));
    qmlRegisterUncreatableType<ReviewerController>("Inzage.App", 1, 0, "ReviewerController", QStringLiteral("from App"));
    qmlRegisterUncreatableType<FindingsModel>("Inzage.App", 1, 0, "FindingsModel", QStringLiteral("from App"));
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
}

std::optional<QSize> parseWindowSize(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 200 || h < 200 || w > 10000 || h > 10000)
        return std::nullopt;
    return QSize(w, h);
}

namespace {

// For screenshots and the walkthrough only: unlock from a passphrase file (never argv).
void unlockFromFile(AppController& controller, const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    // Read straight into wiped memory: no QByteArray or QString copy of the passphrase.
    constexpr qint64 kMax = 4096;
    SecureBytes buffer(std::size_t(kMax) + 1);
    const qint64 read = f.read(reinterpret_cast<char*>(buffer.data()), kMax + 1);
    if (read < 0 || read > kMax)
        return;
    std::size_t length = std::size_t(read);
    if (length > 0 && buffer.data()[length - 1] == '\n')
        --length;
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    controller.unlockWith(SecureBytes(buffer.chars(), length));
}

} // namespace

int runApp(QGuiApplication& app)
{
    QGuiApplication::setApplicationName(QStringLiteral("Inzage"));
    QGuiApplication::setOrganizationName(QStringLiteral("Inzage"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inzage: lees uw eigen dossier en reageer erop."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dossier"), QStringLiteral("Het dossierbestand (ouderexemplaar)."));
    parser.addOption({QStringLiteral("language"), QStringLiteral("nl (standaard) of en."), QStringLiteral("CODE"),
                      QStringLiteral("nl")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Sla een schermafdruk op en sluit af."),
                      QStringLiteral("PNG")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Met --screenshot: welke pagina (ouder 0-5, hulpverlener 0-3, toetser 0-2)."), QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("dialog"),
                      QStringLiteral("Met --screenshot: open eerst dit venster (objectName, bijvoorbeeld plainWordsDialog)."),
                      QStringLiteral("NAAM")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Met --screenshot: venstergrootte, bijvoorbeeld 1366x768."),
                      QStringLiteral("BxH")});
    parser.addOption({QStringLiteral("reviewer"),
                      QStringLiteral("Open het dossier als toetser: alleen lezen, het bestand blijft onveranderd.")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Met --screenshot: ontgrendel met het wachtwoord uit dit bestand."),
                      QStringLiteral("FILE")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("size")) && !parseWindowSize(parser.value(QStringLiteral("size")))) {
        std::fprintf(stderr, "inzage: --size '%s' is geen venstergrootte. Schrijf breedte x hoogte, bijvoorbeeld "
                             "1366x768 (elk tussen 200 en 10000).\n",
                     qPrintable(parser.value(QStringLiteral("size"))));
        return 2;
    }

    AppController controller;
    QQmlApplicationEngine engine;
    registerForQml(engine, controller);
    controller.setVaultPath(parser.positionalArguments().value(0));
    controller.setLanguage(parser.value(QStringLiteral("language")));
    controller.setOpenAsReviewer(parser.isSet(QStringLiteral("reviewer")));

    const QString shot = parser.value(QStringLiteral("screenshot"));
    if (!shot.isEmpty() && parser.isSet(QStringLiteral("passphrase-file")))
        unlockFromFile(controller, parser.value(QStringLiteral("passphrase-file")));

    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Inzage/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (window && !shot.isEmpty()) {
        window->setProperty("currentPage", parser.value(QStringLiteral("page")).toInt());
        if (parser.isSet(QStringLiteral("size")))
            window->resize(*parseWindowSize(parser.value(QStringLiteral("size"))));
        if (parser.isSet(QStringLiteral("dialog"))) {
            QObject* dialog = window->findChild<QObject*>(parser.value(QStringLiteral("dialog")));
            if (!dialog || !QMetaObject::invokeMethod(dialog, "open"))
                return 2;
        }
        QTimer::singleShot(1200, &app, [window, shot] {
            const bool ok = window->grabWindow().save(shot);
            QCoreApplication::exit(ok ? 0 : 3);
        });
    }
    return app.exec();
}

} // namespace inzage::app
