#pragma once

// The batch audit's rows of the benchmark: many small vaults in a folder, audited by
// AuditBatch::run on every core, and how the time per vault grows with the number of vaults.

#include "common/Status.h"
#include "dossier/Model.h"

#include <QString>

#include <vector>

namespace inzage::bench {

struct BatchTimes {
    int vaults = 0;
    double totalMs = 0;
    double perVaultMs = 0;
};

// For each size, that many vaults of `entries` entries each (KDF of the tests; a NAME.pass beside
// each) in a folder of its own under `folder`, then one batch audit with `jobs` threads.
Result<std::vector<BatchTimes>> measureBatchAudit(const QString& folder, const Actor& actor,
                                                  const std::vector<int>& sizes, int entries, int jobs);

} // namespace inzage::bench
