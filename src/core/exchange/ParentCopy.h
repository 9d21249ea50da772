#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "dossier/Persons.h"
#include "vault/Vault.h"

#include <QString>

namespace inzage {

struct ParentCopyReport {
    QString exchangeId; // names this copy in answer and update files
    Id personId = 0;    // the parent (or child) it was made for
    QString personName;
    int entries = 0; // entries in the copy
    int leftOut = 0; // entries not visible to the parent, absent from the copy
    int answers = 0;
    int shieldedPersons = 0;
};

struct ParentCopyRequest {
    QString destination;
    // Who the copy is for: a person with role ouder, or a child (role kind) from 12. Empty: the
    // dossier's only parent; refused when there are more.
    PersonRef forPerson;
    KdfParams kdf = KdfParams::moderate();
    // When given, the parent's passphrase must differ from it (the professional's own).
    const SecureBytes* ownPassphrase = nullptr;
};

// Makes an ouderexemplaar: a separate vault under the parent's own passphrase holding only what
// that parent may see, selected through Audience::parentOf (the same rules as every other read):
// entries not visible to the parent are absent (not hidden: their text is nowhere in the file, nor
// in its search index); a shielded person is a flag with the legal reason, without name, role,
// relation, organisation, phone or any basis text naming them; only this parent's own answers and
// answers the professional shared with them. Rows are copied between the two encrypted files with
// ATTACH … KEY and INSERT … SELECT, keeping their ids, so answers made in the copy point at the
// same entries in the professional's vault. Both files get a fresh random 32-byte key for this
// copy (exchange_key, with the person), which seals the answer and update files between them.
class ParentCopy {
public:
    static Result<ParentCopyReport> create(Vault& professional, const Actor& actor, const ParentCopyRequest& request,
                                           const SecureBytes& parentPassphrase);
    // The person a copy is for, by the rules above (also used to check before asking a passphrase).
    static Result<Person> recipient(Vault& professional, const PersonRef& forPerson);
};

} // namespace inzage
