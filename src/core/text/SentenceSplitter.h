#pragma once

#include <QString>
#include <QStringList>

namespace inzage {

// Splits one paragraph of Dutch text into sentences. Rules, not statistics: a sentence ends at
// . ! ? or an ellipsis when what follows can start a sentence (a capital, an opening quote or
// bracket before a capital, "'s Avonds"), and never after an abbreviation (dhr., o.a., art.),
// initials ("E.R.T.A. Luijten"), a numbered point at the start ("3.3.3. Conclusie"), or before a
// digit that continues a date or a reference ("3 jan. 2026", "art. 1:255"). ICU's nl break
// iterator has no Dutch abbreviation data, so it is not used. Whitespace is collapsed to single
// spaces; joining the sentences with a space gives the collapsed paragraph back.
QStringList splitSentences(const QString& paragraph);

} // namespace inzage
