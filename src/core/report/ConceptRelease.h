#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>
#include <set>
#include <vector>

namespace inzage {

// A concept report sent to the parents (schema 8, concept_release): when, until when they may
// react, the content hash of the concept as it was, and how many entries were in it.
struct ConceptRelease {
    Id id = 0;
    QDateTime releasedAt; // UTC
    QDate reactUntil;
    QString contentHash; // ReportContent::contentHash() of the concept at release
    int entries = 0;
    QString releasedBy;
};

// "Concept naar de ouders": its own audited act (report.concept), separate from writing the PDF.
// The parents get at least 5 working days (AnswerInbox::conceptReactionDeadline) to react; the
// entries of the concept are recorded at their revision, and travel to each parent copy limited
// to what that parent sees (UpdateContent, ParentCopy). While the reaction time runs, the final
// report waits (ReportCheck: concept_reaction_open). Refused in a parent copy and read-only.
class ConceptReleases {
    Q_DECLARE_TR_FUNCTIONS(inzage::ConceptReleases)

public:
    ConceptReleases(Vault& vault, const Actor& actor);

    // `reactUntil` empty: the earliest allowed day; a day before it is refused.
    Result<ConceptRelease> release(const QDate& today, const std::optional<QDate>& reactUntil = std::nullopt);
    // Every release, oldest first (in a parent copy: those it received).
    Result<std::vector<ConceptRelease>> all() const;
    Result<std::optional<ConceptRelease>> latest() const;
    // The entries of a release (in a parent copy: the ones this parent sees).
    Result<std::set<Id>> entriesOf(Id releaseId) const;

private:
    Vault& m_vault;
    Actor m_actor;
};

} // namespace inzage
