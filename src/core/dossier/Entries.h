#pragma once

#include "common/Status.h"
#include "dossier/Access.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <vector>

namespace inzage {

// Entries of the case file. Nothing is edited in place: every change writes a new revision
// (with its who-was-spoken-to lines and mening basis copied forward) plus an audit row, in one
// transaction. The current revision is what every view shows; history() shows them all.
class Entries {
    Q_DECLARE_TR_FUNCTIONS(inzage::Entries)

public:
    static constexpr int kMaxTextLength = 2'000'000;

    // The actor names who writes; what they may do and see follows from how the vault was opened.
    Entries(Vault& vault, const Actor& actor) : m_vault(vault), m_actor(actorFor(vault, actor.name)) {}

    Result<Id> add(const EntryContent& content, const QString& note = {});
    // Adds many entries in one transaction (import); all or nothing.
    Result<std::vector<Id>> addAll(const std::vector<EntryContent>& contents, const QString& note);
    Status revise(Id id, const EntryContent& content, const QString& note);

    Status setLabel(Id id, Label label, BasisKind basisKind, const QString& basisDetail,
                    std::optional<Id> holderId, const std::vector<Id>& restsOn, const QString& note = {});
    Status addSpokenTo(Id id, const SpokenTo& line, const QString& note = {});

    // Every read is what the vault's reader may see (Audience): an entry hidden from a parent is
    // NotFound for them, a shielded source is masked.
    Result<Entry> get(Id id) const;
    Result<std::vector<Entry>> list(const EntryFilter& filter) const;
    Result<LabelCounts> counts(const EntryFilter& filter) const;
    Result<std::vector<Entry>> history(Id id) const;
    Result<QStringList> sections() const;

    // Checks that a revision says what its label promises (basis, holder, who was spoken to).
    static Status validate(const EntryContent& content);
    // The feiten a mening rests on must exist and be labelled feit (self = the entry being revised).
    Status checkRestsOn(const EntryContent& content, Id self) const;

private:
    Vault& m_vault;
    Actor m_actor;
};

// Whose opinion a mening is: its holder, else its author; unknown (both empty) means the writer of
// the report. A shielded holder is a flag, named at display time in the reader's language.
struct OpinionHolder {
    QString name;
    bool shielded = false;
    bool isAuthor = false; // no holder recorded: the author's own opinion
    bool unknown() const { return name.isEmpty() && !shielded; }
};
OpinionHolder opinionHolder(const Entry& e);

// Turns what a person types into a safe FTS4 query over folded text ("" when nothing is left).
QString buildSearchQuery(const QString& userText);

} // namespace inzage
