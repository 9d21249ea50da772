#pragma once

#include "common/Status.h"
#include "vault/Vault.h"

#include <QIODevice>

namespace inzage {

// Writes the document exportDossier() returns, byte for byte as QJsonDocument::Indented prints it
// (top-level keys in the same sorted order), to `out` one entry and one answer at a time: the
// memory it takes does not grow with the dossier. Everything is read in one read transaction, so
// the entries, answers and audit head belong together. A failed write is an I/O error.
[[nodiscard]] Status writeDossierJson(Vault& vault, QIODevice& out);

} // namespace inzage
