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

// A vault opened read-only that is not a parent copy is read as a reviewer's: the reviewer's view
// (figures, findings, sample), never an edit control.
inline bool opensReviewerView(const Vault& vault)
{
    return vault.role() == Role::Reviewer;
}

} // namespace inzage
