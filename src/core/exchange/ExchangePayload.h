#pragma once

// The plaintext inside answer and update files (see SealedFile): the answer rows both carry, and
// for update files of payload version 2 the content (UpdateContent); from version 3 an answer in
// an update file may carry its AVG extension. Internal to exchange/.

#include "common/Status.h"
#include "dossier/Model.h"
#include "exchange/SealedFile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace inzage {

struct ContentRow {
    int rev = 0;
    int entryRev = 0;
    QString kind, text, changedBy, changedAt;
};

struct HandlingRow {
    int seq = 0;
    int answerRev = 0;
    QString status, reply, handledBy, handledAt, changedBy;
};

struct AnswerRows {
    QString uid;
    Id entryId = 0;
    std::optional<Id> ownerId; // carried by update files (a shared answer names its parent)
    QString createdAt;
    std::vector<ContentRow> revisions;
    std::vector<HandlingRow> handling;
    std::optional<AnswerExtension> extension; // update files of version 3: the AVG deadline extended
};

struct Payload {
    std::vector<AnswerRows> answers;
    QJsonObject content; // update files of version 2
    std::int64_t asOf = 0;
};

// Parses the payload strictly: the file is authenticated, so a bad field means a sender bug or a
// newer sender, and the whole file is refused rather than half read.
Result<Payload> parsePayload(const QByteArray& plain, SealedFile::Kind fileKind, bool withHandling);

} // namespace inzage
