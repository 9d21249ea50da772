#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <sodium.h>

#include <cstdlib>

int main(int argc, char* argv[])
{
    setenv("TZ", "Europe/Amsterdam", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    if (sodium_init() < 0)
        return 1;
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
