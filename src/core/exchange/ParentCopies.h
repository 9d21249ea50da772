#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace inzage {

// One parent copy made from this vault: the exchange that names it in answer and update files.
struct MadeCopy {
    QString exchangeId;
    QDateTime createdAt; // UTC
    Id personId = 0; // 0 for a copy made before copies were made per person (schema 1)
};

// A person a copy can be made for, or is refused for, with the copies made for them so far.
struct CopyRecipient {
    Person person;
    // Empty when a copy can be made for this person; else why not (ParentCopy::recipient's words).
    QString refusal;
    std::vector<MadeCopy> copies;
};

struct ParentCopyOverview {
    // Every parent and child in the dossier (not the shielded), in name order.
    std::vector<CopyRecipient> recipients;
    // Copies whose person is unknown (made before schema 2): they still take answers and updates.
    std::vector<MadeCopy> unassigned;
};

// What the professional's "Ouders" page lists: for whom a parent copy can be made, and which
// copies exist (an update file is written for one of them). The same rules as ParentCopy: a copy
// is for a parent, or for a child from 12, never for a shielded person.
class ParentCopies {
    Q_DECLARE_TR_FUNCTIONS(inzage::ParentCopies)

public:
    static Result<ParentCopyOverview> overview(Vault& professional);
    // A name for a new file, from the person's name and the date: "ouderexemplaar-anna-de-vries-2026-12-02.inzage".
    static QString suggestedFileName(const QString& kind, const QString& personName, const QDate& on);
};

} // namespace inzage
