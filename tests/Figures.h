#pragma once

// The figures table (README "Betrouwbaarheid"): a test that has something to count writes its
// rows to BUILD/figures/NAME.tsv (one "what<TAB>figure" per line, the file replaced on every run);
// `tools/dev test` prints every file it finds there, and the fuzz runs' own, as one table at the
// end (tools/figures). Adding a figure is one call: recordFigures("kills", {{"kills survived", n}}).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <utility>
#include <vector>

#ifndef INZAGE_FIGURES_DIR
#error "INZAGE_FIGURES_DIR must name the build's figures folder (see tests/CMakeLists.txt)"
#endif

namespace inzage::test {

using FigureRows = std::vector<std::pair<QString, QString>>;

inline void recordFigures(const char* name, const FigureRows& rows)
{
    const QString dir = QStringLiteral(INZAGE_FIGURES_DIR);
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + QString::fromUtf8(name) + QStringLiteral(".tsv"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return; // a figure is a report, not a test result
    for (const auto& [what, figure] : rows)
        f.write(what.toUtf8() + '\t' + figure.toUtf8() + '\n');
}

} // namespace inzage::test
