#pragma once

#include "vault/Vault.h"

namespace inzage {

// Which workspace the app shows follows from how the file was opened (Vault::role()), decided
// here and nowhere else: the professional's own vault opened for writing gets the professional's
// workspace (labelling, answers inbox, case file, report); a parent copy gets the parent's pages.
inline bool opensProfessionalWorkspace(const Vault& vault)
{
    return vault.role() == Role::Professional;
}

} // namespace inzage
