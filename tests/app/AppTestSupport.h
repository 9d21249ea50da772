#pragma once

// Shared by the app tests: the demo files in a temporary folder, a controller pointed at them, and a
// watcher that turns QAbstractItemModelTester complaints into Catch failures.

#include "DemoFiles.h"

#include "AppController.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace inzage::test {

inline std::string str(const QString& s)
{
    return s.toStdString();
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The demo dossier and its parent copy in a fresh temporary folder.
struct DemoFolder {
    QTemporaryDir dir;
    DemoFiles files;

    DemoFolder()
    {
        REQUIRE(dir.isValid());
        auto r = makeDemoFiles(dir.path());
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        files = *r;
    }
};

// A controller on the demo parent copy, unlocked with the parent's passphrase.
inline std::unique_ptr<app::AppController> unlockedController(
    const QString& path, const char* passphrase = kParentPassphrase)
{
    auto c = std::make_unique<app::AppController>();
    c->setVaultPath(path);
    const bool ok = c->unlock(QString::fromUtf8(passphrase));
    INFO(str(c->message()));
    REQUIRE(ok);
    return c;
}

// Runs QAbstractItemModelTester in Warning mode and collects what it reports, so a broken model
// fails the Catch test with the tester's own words instead of aborting the run.
class ModelCheck {
public:
    explicit ModelCheck(QAbstractItemModel* model);
    ~ModelCheck();
    ModelCheck(const ModelCheck&) = delete;
    ModelCheck& operator=(const ModelCheck&) = delete;

    // Every complaint so far, one per line ("" when the model behaved).
    QString complaints() const;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// Every value of every role of every row, for "nothing changed" comparisons.
QList<QVariantMap> snapshot(const QAbstractItemModel& model);

} // namespace inzage::test
