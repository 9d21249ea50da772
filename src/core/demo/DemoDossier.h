#pragma once

#include "common/Status.h"
#include "vault/Vault.h"

namespace inzage {

// The built-in demo: a fictional family (Vermeulen / El Amrani), written for this project,
// with every label, a shielded source, a hidden internal note, answers in several states and
// appointments that were held, cancelled and made up. Fills an empty professional vault.
Status buildDemoDossier(Vault& vault);

inline constexpr const char* kDemoPassphrase = "demo-inzage-2026";

} // namespace inzage
