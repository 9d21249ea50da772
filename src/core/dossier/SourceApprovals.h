#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "dossier/Persons.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace inzage {

// Accordering, as the professional typed it: which entry, who approved it, on which day, how.
struct ApprovalInput {
    Id entry = 0;
    PersonRef by; // a person spoken to for this bron (never added here)
    QString on; // YYYY-MM-DD, not in the future
    QString method; // gesprek, telefoon, huisbezoek, schriftelijk
};

// Records that a person spoken to for a bron approved what is written (the Raad asks its
// informants to): a row beside the entry's current revision, audited, never changed. A shielded
// person may approve; a parent sees the approval of a shielded source without a name, as every
// shielded person (Audience::mask).
//
// Refused, changing nothing: an entry that is not a bron, a person not in the dossier or not spoken
// to for this entry, a missing or future date, a date before that conversation, an unknown or
// missing method, the same person approving the same revision twice.
class SourceApprovals {
    Q_DECLARE_TR_FUNCTIONS(inzage::SourceApprovals)

public:
    SourceApprovals(Vault& vault, const Actor& actor);

    Result<Id> approve(const ApprovalInput& input);

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
