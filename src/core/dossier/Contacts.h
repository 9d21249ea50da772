#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <vector>

namespace inzage {

// "Gesproken met": everyone in the dossier, when and how they were spoken to and in how many
// entries; family members never spoken to show with zero, so that gap is visible.
struct ContactMoment {
    QString date;
    Method method = Method::Onbekend;
};

struct ContactSummary {
    Person person; // as the reader may see it (a shielded source is not named to a parent)
    int entryCount = 0;
    std::vector<ContactMoment> moments;
    bool isFamily() const { return person.role == PersonRole::Ouder || person.role == PersonRole::Kind; }
};

// What the vault's reader may see (Audience): for a parent, visible entries only, shielded sources masked.
Result<std::vector<ContactSummary>> contactSummary(Vault& vault);

} // namespace inzage
