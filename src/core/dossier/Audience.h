#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace inzage {

// The one place that decides what the reader of a vault may see. The reader follows from how the
// file was opened (Vault::role()), never from the caller. Every read path (entries, revisions,
// sections, persons, answers, search, counts, the JSON export, the parent copy and update files)
// asks an Audience, either for a mask on rows already read or for the SQL that selects what may
// be shown.
//
// The parent sees:
// - entries and revisions marked visible to the parent, and only sections that hold one;
// - a shielded source (a melder shielded by law) only as a flag with its legal reason: no name,
//   relation, role, organisation, phone or birth date, and no basis detail that names them;
// - their own answers, answers of unknown owner (made before schema 2), and answers the
//   professional shared with them, on entries they can see.
// The professional and the reviewer see everything; the reviewer cannot write.
class Audience {
public:
    // Reads the names of the shielded persons once (to mask text derived from them).
    static Result<Audience> of(const Vault& vault);
    // What the parent (or child) `personId` will see, read from the professional's vault: how a
    // parent copy and its update files are made.
    static Result<Audience> parentOf(const Vault& professional, Id personId);

    Role role() const { return m_role; }
    bool isParent() const { return m_role == Role::Ouder; }
    std::optional<Id> parentPersonId() const { return m_parentPersonId; }

    // Masks applied to rows already read.
    void mask(Person& p) const;
    void mask(SpokenTo& s) const;
    void mask(SourceApproval& a) const;
    void mask(Entry& e) const; // author, holder, who was spoken to and approved, a basis naming a shielded source
    // A free text for a parent with every shielded name that is still stored (older copies) put as
    // "afgeschermde bron"; unchanged for the professional and the reviewer.
    QString maskNames(const QString& text) const;

    // SQL, over an entry table alias (e.g. "e") or an entry_revision alias ("r"): "" or "AND …".
    QByteArray entryClause(const char* alias) const;
    QByteArray revisionClause(const char* alias) const;
    // Over an answer alias ("a"): entries the reader sees and answers that are theirs to see.
    QByteArray answerClause(const char* alias) const;

    // The same masks as SQL expressions over a person alias, for copying rows (the parent copy).
    static QByteArray maskedPersonColumns(const char* alias);
    // A basis detail over a revision alias, emptied when it names any shielded person.
    static QByteArray maskedBasisDetail(const char* revisionAlias);

    // The answer-owner part of answerClause for a given person (update files name their parent).
    static QByteArray answerOwnedBy(const char* alias, std::optional<Id> personId);

private:
    Result<Audience> readShieldedNames(const Vault& vault);
    bool namesShielded(const QString& text) const;

    Role m_role = Role::Reviewer;
    std::optional<Id> m_parentPersonId;
    QStringList m_shieldedNames; // real names, lower case; empty for a parent copy (none are stored)
};

// Parses what a person types for "visible to the parent": a clear yes (ja, yes, 1, zichtbaar) or
// a clear no (nee, no, 0, verborgen, intern). Anything else is refused, naming the allowed words:
// a value that is not understood must never make an internal note visible.
Result<bool> parseVisibility(const QString& word);
QString visibilityWords();

} // namespace inzage
