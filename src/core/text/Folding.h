#pragma once

#include <QString>

namespace inzage {

// Case- and accent-insensitive form for search: "Cliënt" and "CLIENT" both become "client".
// ICU does the work (NFD, drop nonspacing marks, full case folding), so ß, ligatures and
// Turkish dotted I behave as Unicode says rather than as an ASCII table would.
QString foldForSearch(const QString& text);

} // namespace inzage
