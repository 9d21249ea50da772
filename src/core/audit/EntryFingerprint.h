#pragma once

#include "dossier/Model.h"

#include <QString>

namespace inzage {

// How an entry revision is described in its audit row (the `after` of entry.add and entry.revise):
// "rev=…; label=…; section=…; spoken_to=<count>; visible=0|1; text=<textFingerprint>".
// Files written by every earlier version hold exactly this text, so it must never change.
QString describeRevision(const EntryContent& content, int rev);
// The same from the stored columns (label as stored, e.g. "feit"), for the verifier.
QString describeRevision(int rev, const QString& label, const QString& section, std::int64_t spokenToCount,
    bool visibleToParent, const QString& text);

} // namespace inzage
