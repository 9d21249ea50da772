#pragma once

// The streamed TSV import's rows of the benchmark: a generated report of N lines (sources,
// opinions and facts over 30 persons, as a professional's file would have), imported by
// importTsvFile into a new vault, with the time and the peak memory it took.

#include "common/Status.h"
#include "dossier/Model.h"

#include <QString>

#include <cstdint>

namespace inzage::bench {

struct ImportTimes {
    std::int64_t entries = 0;
    double fileMiB = 0;
    double ms = 0;
    double peakMiB = -1; // above the resident size before the import; -1 when not measured
};

// Writes the TSV in `folder`, creates a vault there, imports, and removes both.
Result<ImportTimes> measureStreamedImport(const QString& folder, const Actor& actor, std::int64_t entries);

} // namespace inzage::bench
