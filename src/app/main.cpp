// inzage: the parent's app. Thin: models and logic live in inzage_app / inzage_core.
#include "AppController.h"
#include "AppStartup.h"

#include <QGuiApplication>

#include <sys/resource.h>

int main(int argc, char* argv[])
{
    // No core dumps: they would hold key material and dossier text.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QGuiApplication app(argc, argv);
    return inzage::app::runApp(app);
}
