#pragma once

#include "dossier/Model.h"

#include <QString>

#include <vector>

namespace inzage {

// The type-ahead over the persons of a dossier, as the labelling view offers it: everyone whose
// name, relation or organisation contains what was typed (case and accents ignored), sorted the
// Dutch way (ICU collation: "Ali" before "Çelik" before "de Vries" before "Éric"), and whether the
// typed name is someone new ("nieuwe persoon").
struct PersonMatches {
    std::vector<Person> persons;
    bool offerNew = false; // typed text that is no one's name yet
};

PersonMatches matchPersons(const std::vector<Person>& persons, const QString& typed, int limit = 50);

} // namespace inzage
