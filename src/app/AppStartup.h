#pragma once

class QGuiApplication;
class QQmlEngine;

namespace inzage::app {

class AppController;

// Registers the controller for QML (singleton "App" in module Inzage.App) and loads the fonts
// and translations the UI needs. Shared by the app and the Qt Quick Tests.
void registerForQml(QQmlEngine& engine, AppController& controller);

// Parses the command line (VAULT, --language, --screenshot FILE --page N --passphrase-file F),
// opens Main.qml and runs the event loop.
int runApp(QGuiApplication& app);

} // namespace inzage::app
