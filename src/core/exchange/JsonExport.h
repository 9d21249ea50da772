#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace inzage {

// JSON shapes shared by `inzage-cli … --json` and `export --json`. Field names are English and
// snake_case; vocabulary values are the Dutch domain words (feit, bron, klopt-niet, …).
QJsonObject toJson(const Entry& e);
QJsonObject toJson(const SpokenTo& s);
QJsonObject toJson(const SourceApproval& a);
QJsonObject toJson(const Answer& a);
QJsonObject toJson(const Person& p);
QJsonObject toJson(const CaseInfo& i);
QJsonObject toJson(const Appointment& a);
QJsonObject toJson(const LabelCounts& c);

// The whole dossier as one document: case info, persons, entries with every revision, answers
// with every revision, appointments, and the audit chain head. Held in memory: for small
// dossiers and tests; `export --json` streams the same document with writeDossierJson().
[[nodiscard]] Result<QJsonObject> exportDossier(Vault& vault);

} // namespace inzage
