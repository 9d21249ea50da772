#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace inzage {

// One labelling problem on one entry. The rule code is stable English for programs; the message
// is Dutch for the professional.
struct LabelWarning {
    Id entryId = 0;
    QString rule; // feit_doubt_word, bron_without_spoken_to, …
    QString message;
};

// The labelling warnings over what the vault's reader may see. Reads only, never writes.
// Rules (codes):
//   feit_doubt_word            a feit with a doubt word (lijkt, waarschijnlijk, vermoedelijk, mogelijk, zou)
//   feit_without_basis         a feit without a basis (firm claim, nothing under it)
//   firm_claim_without_basis   a mening stated as certain ("staat vast", "zonder twijfel") resting on no feiten
//   bron_without_spoken_to     a bron without who was spoken to
//   bron_without_date          a who-was-spoken-to line without a date
//   bron_without_method        a who-was-spoken-to line without how (gesprek, telefoon, …)
//   mening_without_holder      a mening with neither a holder nor an author
//   conclusion_without_feiten  a conclusion (in Conclusie/Analyse/Advies, or with concluding words) resting on no
//   feiten shielded_source_named      text the parent sees names a shielded source or their relation to the child
class Warnings {
    Q_DECLARE_TR_FUNCTIONS(inzage::Warnings)

public:
    Warnings(Vault& vault, const Actor& actor)
        : m_vault(vault)
        , m_actor(actor)
    {
    }

    Result<std::vector<LabelWarning>> all() const;
    // The rules over one entry, given the persons of the dossier (for the shielded sources).
    static std::vector<LabelWarning> check(const Entry& entry, const std::vector<Person>& persons);
    // Whether a mening reads as a conclusion (in a Conclusie/Analyse/Advies/Beoordeling section,
    // or with concluding words), which must rest on feiten.
    static bool isConclusion(const EntryContent& content);

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
