#pragma once

#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QVariantMap>

namespace inzage::app {

// The latest concept report sent to the parents, as this file holds it, for Mijn dossier's banner:
// {sent, sentOn, reactUntil (in words), open, entries}; `entries` gets the concept's entry ids
// (text) mapped to true, for "In het concept" on each card.
QVariantMap conceptBanner(Vault& vault, const Actor& reader, QVariantMap& entries);

} // namespace inzage::app
