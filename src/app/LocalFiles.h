#pragma once

#include <QString>

namespace inzage::app {

// A path from what a file dialog or a drop gives (a file: URL or a plain path).
QString localPath(const QString& pathOrUrl);
// Why a new file (answers, calendar, copy) cannot be written at path; empty when it can. Inzage
// never overwrites a file.
QString refuseNewFile(bool open, const QString& path);

} // namespace inzage::app
