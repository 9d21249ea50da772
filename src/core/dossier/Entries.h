#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <vector>

namespace inzage {

// Entries of the case file. Nothing is edited in place: every change writes a new revision
// (with its who-was-spoken-to lines and mening basis copied forward) plus an audit row, in one
// transaction. The current revision is what every view shows; history() shows them all.
class Entries {
public:
    static constexpr int kMaxTextLength = 2'000'000;

    Entries(Vault& vault, Actor actor) : m_vault(vault), m_actor(std::move(actor)) {}

    Result<Id> add(const EntryContent& content, const QString& note = {});
    // Adds many entries in one transaction (import); all or nothing.
    Result<std::vector<Id>> addAll(const std::vector<EntryContent>& contents, const QString& note);
    Status revise(Id id, const EntryContent& content, const QString& note);

    Status setLabel(Id id, Label label, BasisKind basisKind, const QString& basisDetail,
                    std::optional<Id> holderId, const std::vector<Id>& restsOn, const QString& note = {});
    Status addSpokenTo(Id id, const SpokenTo& line, const QString& note = {});

    Result<Entry> get(Id id, bool forParent = false) const;
    Result<std::vector<Entry>> list(const EntryFilter& filter) const;
    Result<LabelCounts> counts(const EntryFilter& filter) const;
    Result<std::vector<Entry>> history(Id id) const;
    Result<QStringList> sections() const;

    // Checks that a revision says what its label promises (basis, holder, who was spoken to).
    static Status validate(const EntryContent& content);
    // The feiten a mening rests on must exist and be labelled feit (self = the entry being revised).
    Status checkRestsOn(const EntryContent& content, Id self) const;

private:
    Status loadDetails(Entry& e, Id revisionId, bool forParent) const;

    Vault& m_vault;
    Actor m_actor;
};

// Turns what a person types into a safe FTS4 query over folded text ("" when nothing is left).
QString buildSearchQuery(const QString& userText);

} // namespace inzage
