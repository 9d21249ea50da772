#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char* argv[])
{
    setenv("TZ", "Europe/Amsterdam", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    setenv("QT_QPA_PLATFORM", "offscreen", 0); // ctest sets it too; a bare run must not need a display
    // No speech engine (and no speech-dispatcher started per window): "Lees voor" is off and says so.
    setenv("INZAGE_SPEECH_ENGINE", "none", 0);
    // A QApplication, as the app has: the reviewer's charts (Qt Charts) need one.
    QApplication app(argc, argv);
    // Recent files and places go to a settings file of this run, never the user's own.
    QTemporaryDir settings;
    QCoreApplication::setOrganizationName(QStringLiteral("Inzage-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("inzage-app-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // As runApp() does: Dutch dates ("12 maart 2026") and the Fusion style.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    return Catch::Session().run(argc, argv);
}
