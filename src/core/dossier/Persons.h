#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <optional>
#include <vector>

namespace inzage {

// A person as a professional names them in a command or an imported file: "#12", or a name
// (optionally with the role to tell two of the same name apart), with what to record when the
// person is new.
struct PersonRef {
    QString nameOrId;
    std::optional<PersonRole> role; // which one when a name is used twice; the role of a new person
    QString relation;
    QString organisation;
    QString shieldReason; // for a new person: shield them for this legal reason
    bool addWhenMissing = true;
};

// The people in and around the case: parents, children, professionals, informants. What a reader
// sees of them (a shielded source is not named to a parent) is decided by the vault's Audience.
class Persons {
public:
    Persons(Vault& vault, const Actor& actor);

    Result<Id> add(const Person& person);
    // The one rule that turns what a professional typed into a person, for the CLI, the app and
    // the importers: "#id" is that person; a name is the person of that name (of that role, when
    // given); a name used for two people needs a role or "#id"; a new name is added when allowed.
    // A shielding reason for someone already in the dossier is refused, not ignored: shielding
    // an existing person is its own command (shield()).
    Result<Id> resolve(const PersonRef& ref);
    // Changes what is recorded about an existing person (name, role, relation, organisation, phone,
    // birth date), audited with before and after. Shielding is shield()'s; this keeps it as it is.
    Status update(const Person& person);
    // Shields an existing person for a legal reason (audited). Refuses an empty reason.
    Status shield(Id id, const QString& reason);

    Result<Person> get(Id id) const;
    Result<std::vector<Person>> find(const QString& name) const; // exact name, any role
    Result<std::vector<Person>> all() const;

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
