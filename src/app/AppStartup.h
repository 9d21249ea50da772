#pragma once

#include <QSize>
#include <QString>

#include <optional>

class QGuiApplication;
class QQmlEngine;

namespace inzage::app {

class AppController;

// Registers the controller for QML (singleton "App" in module Inzage.App) and loads the fonts
// and translations the UI needs. Shared by the app and the Qt Quick Tests.
void registerForQml(QQmlEngine& engine, AppController& controller);

// "1366x768" for --size: both at least 200 and at most 10000, else nothing.
std::optional<QSize> parseWindowSize(const QString& text);

// Parses the command line (VAULT, --language, --reviewer, --screenshot FILE --page N --passphrase-file F),
// opens Main.qml and runs the event loop. app is a QApplication in the real program: Qt Charts (the
// reviewer's dashboard) draws through the graphics view and needs one.
int runApp(QGuiApplication& app);

} // namespace inzage::app
