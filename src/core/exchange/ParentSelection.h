#pragma once

#include "common/Status.h"
#include "dossier/Audience.h"

#include <QByteArray>

#include <sqlcipher/sqlite3.h>

#include <vector>

namespace inzage {

// The rows a parent sees, as temporary id tables (temp.pc_entry, pc_revision, pc_answer,
// pc_person) on the professional's connection, selected through the parent's Audience. The parent
// copy and its update files both select through these, so they never disagree.
std::vector<QByteArray> parentSelection(const Audience& parent);
// Runs one of those statements, binding :person and :legacy (the name answers of unknown owner
// were written under).
Status runParentSelection(sqlite3* db, const QByteArray& sql, Id person, const QString& legacyName);
extern const char* const kDropParentSelection;

} // namespace inzage
