#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>

namespace inzage {

// Where a parent's answer is on its way, told honestly. An answer written in the parent copy stays on
// the computer until it is written into an answer file; only then is it "verstuurd". What was written
// when is kept in the copy's own audit chain (an "answers.sent" row after the answer's last change),
// so it needs no extra table and cannot be edited unseen. An answer that came with the copy or with
// an update file is already at the professional.
struct AnswerTravelState {
    bool sent = true;     // false: written or changed here after the last answer file
    QString sentAt;       // when it was first written into an answer file (UTC, ISO); "" if it came with the copy
    bool replyNew = false; // a status or reply arrived (update file) after the given audit seq
};

class AnswerTravel {
    Q_DECLARE_TR_FUNCTIONS(inzage::AnswerTravel)

public:
    // Writes every answer into the new encrypted answer file `file` (AnswerExchange::exportAnswers) and
    // records in the copy that they were written; all or nothing.
    static Status exportAnswers(Vault& parentCopy, const Actor& actor, const QString& file);
    // Per answer uid. `seenUpTo`: the audit seq the reader had seen (0: everything counts as seen).
    static Result<QHash<QString, AnswerTravelState>> states(Vault& parentCopy, std::int64_t seenUpTo);
    // The last audit seq of this file, to remember as "seen" when the reader leaves.
    static Result<std::int64_t> lastSeq(Vault& vault);
};

} // namespace inzage
