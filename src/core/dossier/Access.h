#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

namespace inzage {

// Role limits live here, in the core, not in the UI. A parent copy is the parent's: only the
// parent writes to it (answers). A reviewer never writes.
// AnswerRevision: changing the words of an existing answer is the parent's alone, in any vault
// (a professional may record an answer that came in on paper, never rewrite one).
// ParentAnswer: an answer typed by the parent themself, which happens only in their own copy (in
// the professional's vault an Answer is one that came in on paper).
enum class Write { CaseFile, Answer, AnswerRevision, AnswerHandling, ParentAnswer };

// Who may write follows from how the vault was opened (Vault::role()), not from the actor's role:
// the actor only names who did it in the audit log.
Status checkWrite(const Vault& vault, const Actor& actor, Write what);
bool mayWrite(const Vault& vault, Write what);

// The actor for this vault: its role is the vault's reader; in a parent copy made for a named
// parent the name is that parent's, so the history names them whoever typed --as.
Actor actorFor(const Vault& vault, const QString& name);
// An actor known only by name, before a vault is at hand: its role is the least (the core sets
// the real one from the vault in every class that reads or writes).
inline Actor actorNamed(const QString& name) { return Actor {name, Role::Reviewer}; }

// Current time as stored everywhere (UTC, ISO 8601 with milliseconds).
QString nowUtc();
// Short fingerprint of a text for the audit log (BLAKE2b, 16 hex digits).
QString textFingerprint(const QString& text);

} // namespace inzage
