#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <vector>

namespace inzage {

// The people in and around the case: parents, children, professionals, informants.
class Persons {
public:
    Persons(Vault& vault, Actor actor) : m_vault(vault), m_actor(std::move(actor)) {}

    Result<Id> add(const Person& person);
    // The person with this name and role, added when not there yet (import, CLI).
    Result<Id> findOrAdd(const Person& person);
    Result<Person> get(Id id) const;
    Result<std::vector<Person>> find(const QString& name) const; // exact name, any role
    Result<std::vector<Person>> all() const;

    // For a parent: a shielded source shows as "Afgeschermde bron" with its legal reason.
    static Person asParentSees(Person p);

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
