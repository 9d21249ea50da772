#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "exchange/UpdateContent.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inzage {

struct ExchangeImportReport {
    int newAnswers = 0;
    int newRevisions = 0; // the parent's content revisions added
    int newHandling = 0; // the professional's status rows added
    int newExtensions = 0; // AVG deadline extensions added (update files)
    int alreadyPresent = 0; // rows the receiver already had (a second import adds nothing)
    // Answers in the file whose entry got a new revision after the parent answered: kept and
    // marked (Answer::entryChangedSince), never dropped.
    int entryChangedSince = 0;
    UpdateContentReport content; // what an update file brought besides answers
    bool changedNothing() const { return newAnswers + newRevisions + newHandling + newExtensions + content.total() == 0; }
};

// Answers travel back from the parent copy as an encrypted answer file; statuses and replies
// travel to the parent copy as an encrypted update file (see SealedFile). Importing only inserts
// rows that are missing, never updates: answers merge without loss when both sides wrote, and the
// same file read twice changes nothing. Each side accepts only the rows the other may write:
// content revisions from the parent, handling rows from the professional.
//
// A file is taken whole or not at all: an answer to an entry this vault does not have, a row that
// contradicts one already stored, a file from another dossier or a changed byte refuses the file
// with a message saying why, and nothing already stored changes.
class AnswerExchange {
    Q_DECLARE_TR_FUNCTIONS(inzage::AnswerExchange)

public:
    // Parent copy → answer file.
    static Status exportAnswers(Vault& parentCopy, const QString& file);
    static Result<ExchangeImportReport> importAnswers(Vault& professional, const Actor& actor, const QString& file);

    // The parent copies made from this vault (exchange ids, oldest first).
    static Result<QStringList> exchanges(Vault& professional);
    // Professional vault → update file for one parent copy (exchangeId empty: the only one).
    static Status exportUpdates(Vault& professional, const QString& exchangeId, const QString& file);
    static Result<ExchangeImportReport> importUpdates(Vault& parentCopy, const Actor& actor, const QString& file);
};

} // namespace inzage
