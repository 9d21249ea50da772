#pragma once

// A professional's vault of unlabelled sentences for the labelling view's tests: long enough to
// label a hundred by keys, with the hints (bron, mening, feit) the sentences call for. No Catch
// here: the Qt Quick Test runner uses it too.

#include "common/Status.h"

#include <QString>

namespace inzage::test {

inline constexpr const char* kLabellingPassphrase = "labelen-met-toetsen";

// Writes labelen.inzage into `folder` with `count` unlabelled entries and two persons.
Result<QString> makeLabellingFile(const QString& folder, int count = 120);

} // namespace inzage::test
