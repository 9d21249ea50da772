// inzage: the parent's app. Thin: models and logic live in inzage_app / inzage_core.
#include "AppController.h"
#include "AppStartup.h"

#include <QApplication>

#include "vault/ProcessGuard.h"

int main(int argc, char* argv[])
{
    // No core dumps and no reading of this process's memory: it holds key material and dossier text.
    (void)inzage::guardProcessMemory();

    // QApplication, not QGuiApplication: the reviewer's charts (Qt Charts) need the widgets one.
    QApplication app(argc, argv);
    return inzage::app::runApp(app);
}
