#pragma once

#include "dossier/Entries.h"
#include "dossier/Model.h"

#include <QString>

#include <vector>

namespace inzage::cli {

// Plain-text rendering of entries for the terminal. "Who was spoken to" is on every entry.
QString describeSpokenTo(const SpokenTo& s);
QString renderEntry(const Entry& e, bool full);
QString renderAnswer(const Answer& a);
QString renderCounts(const LabelCounts& c);

} // namespace inzage::cli
