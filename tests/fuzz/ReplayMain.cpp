// The fuzz targets without libFuzzer, for the normal and the sanitizer build: feeds a target every
// file in the folders given (its seed corpus and the crash inputs kept in tests/fuzz/regressions),
// so an input that once crashed a parser is tried again on every test run.
//
//   inzage_fuzz_replay TARGET FOLDER...

#include "FuzzTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <map>
#include <string>

namespace inzage::fuzz {

namespace {
std::map<std::string, TargetFunction>& targets()
{
    static std::map<std::string, TargetFunction> table;
    return table;
}
} // namespace

Registration::Registration(const char* name, TargetFunction function) { targets()[name] = function; }

} // namespace inzage::fuzz

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto& table = inzage::fuzz::targets();
    const auto target = argc >= 3 ? table.find(argv[1]) : table.end();
    if (target == table.end()) {
        std::fprintf(stderr, "usage: inzage_fuzz_replay TARGET FOLDER...; targets:");
        for (const auto& [name, function] : table)
            std::fprintf(stderr, " %s", name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    inzage::fuzz::initialise();
    int inputs = 0;
    for (int i = 2; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        if (!dir.exists())
            continue; // no crash found yet for this target
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            std::printf("%s: %s (%lld bytes)\n", argv[1], qPrintable(f.fileName()), static_cast<long long>(bytes.size()));
            std::fflush(stdout);
            target->second(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "%s: no inputs in the folders given (the seed corpus is missing)\n", argv[1]);
        return 1;
    }
    std::printf("%s: %d inputs replayed, no crash\n", argv[1], inputs);
    return 0;
}
