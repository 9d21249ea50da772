#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace inzage {

// One thing that keeps the report from going out. rule is a stable English snake_case code a
// program can test (see ReportCheck::rules()); message says it in the reader's language.
struct Blocker {
    std::optional<Id> entry; // the entry to open; none for what concerns the whole case
    std::optional<Id> answer;
    QString rule;
    QString message;
};

struct Readiness {
    std::vector<Blocker> blockers;
    bool ready() const { return blockers.empty(); }
};

// Whether the report can be finalised: nothing unlabelled, every bron with who was spoken to,
// every feit with its basis, every mening with whose opinion it is, every parent's answer handled
// (hoor en wederhoor), a problem analysis and a strengths analysis marked, and the child spoken
// to or the reason why not, and no concept whose reaction time still runs. Reads only (entries page by page, all answers); never writes.
class ReportCheck {
    Q_DECLARE_TR_FUNCTIONS(inzage::ReportCheck)

public:
    static constexpr const char* kUnlabelled = "unlabelled";
    static constexpr const char* kBronWithoutSpokenTo = "bron_without_spoken_to";
    static constexpr const char* kFeitWithoutBasis = "feit_without_basis";
    static constexpr const char* kMeningWithoutHolder = "mening_without_holder";
    static constexpr const char* kAnswerNotHandled = "answer_not_handled";
    static constexpr const char* kProblemAnalysisMissing = "problem_analysis_missing";
    static constexpr const char* kStrengthsAnalysisMissing = "strengths_analysis_missing";
    static constexpr const char* kChildNotSpokenTo = "child_not_spoken_to";
    // A concept went to the parents and their time to react has not ended (ConceptReleases).
    static constexpr const char* kConceptReactionOpen = "concept_reaction_open";

    ReportCheck(Vault& vault, const Actor& actor);

    Result<Readiness> run() const;

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
