#pragma once

// The labelling view's row of the benchmark: moving focus to the next entry and loading it with
// its neighbours, hint and warnings (LabelSession::focusView) on a generated dossier.

#include "common/Status.h"
#include "dossier/Model.h"

#include <QString>

namespace inzage::bench {

struct LabellingTimes {
    int entries = 0;
    int moves = 0;
    double openMs = 0; // LabelSession::open: reads every entry and hints the whole document
    double moveMedianMs = 0; // moveTo(next) + focusView(2)
    double moveP99Ms = 0;
    double moveMaxMs = 0;
    double labelMedianMs = 0; // label (one revision, audited, synchronous=FULL) + focusView(2)
};

// Builds a vault of `entries` unlabelled sentences in `folder` and times `moves` moves and ten labels.
Result<LabellingTimes> measureLabelling(const QString& folder, const Actor& actor, int entries, int moves);

} // namespace inzage::bench
