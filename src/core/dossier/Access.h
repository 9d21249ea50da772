#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

namespace inzage {

// Role limits live here, in the core, not in the UI. A parent copy is the parent's: only the
// parent writes to it (answers). A reviewer never writes.
// AnswerRevision: changing the words of an existing answer is the parent's alone, in any vault
// (a professional may record an answer that came in on paper, never rewrite one).
enum class Write { CaseFile, Answer, AnswerRevision, AnswerHandling };

Status checkWrite(const Vault& vault, const Actor& actor, Write what);

// Current time as stored everywhere (UTC, ISO 8601 with milliseconds).
QString nowUtc();
// Short fingerprint of a text for the audit log (BLAKE2b, 16 hex digits).
QString textFingerprint(const QString& text);

} // namespace inzage
