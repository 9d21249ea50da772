#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QString>

namespace inzage {

struct ParentCopyReport {
    QString exchangeId; // names this copy in answer and update files
    int entries = 0; // entries in the copy
    int leftOut = 0; // entries not visible to the parent, absent from the copy
    int answers = 0;
    int shieldedPersons = 0;
};

// Makes an ouderexemplaar: a separate vault under the parent's own passphrase holding only what the
// parent may see. Entries whose current revision is not visible to the parent are absent (not
// hidden: their text is nowhere in the file, nor in its search index); a shielded person appears
// as "Afgeschermde bron" with the legal reason and without name, relation, organisation or phone.
// Rows are copied between the two encrypted files with ATTACH … KEY and INSERT … SELECT, keeping
// their ids, so answers made in the copy point at the same entries in the professional's vault.
// Both files get a fresh random 32-byte key for this copy (exchange_key), which seals the answer
// files coming back and the update files going out.
class ParentCopy {
public:
    static Result<ParentCopyReport> create(Vault& professional, const Actor& actor, const QString& destination,
        const SecureBytes& parentPassphrase, const KdfParams& kdf);
};

} // namespace inzage
