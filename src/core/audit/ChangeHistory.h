#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace inzage {

struct AuditRecord;

// One change to the file, in plain Dutch (B1): who, what, when.
struct ChangeLine {
    std::int64_t seq = 0; // its audit row; 0 for a line read from a revision (a parent copy, see below)
    QString at;           // when, as stored (UTC, ISO 8601)
    QString when;         // when, in the reader's words and local time: "2 december 2026 om 14:05"
    QString action;       // the audit action it stands for (entry.add, answer.status, …)
    QString who;          // "Anouk Verbeek (hulpverlener)", "U", "Inzage"
    QString what;         // "heeft het label van nr. 12 veranderd van mening in feit"
    std::optional<Id> entry;
    int count = 1; // entries added at once by one person on one day are one line
    QString sentence() const { return who + QLatin1Char(' ') + what; }
};

// "Who changed my file": the audit chain as the reader of the opened file may see it (Audience).
// - The professional's vault and a reviewer: every row of the chain, newest first.
// - A parent copy: the copy's own chain (made, updates read in, answers sent) and the changes the
//   copy holds as revisions: every visible entry revision (added, label, text, who was spoken to),
//   the parent's answers and how the professional handled them. The professional's chain does not
//   travel to the copy (it names hidden entries, the other parent's answers and shielded persons);
//   the revisions in the copy are what those chain rows recorded, and the copy's own chain seals them
//   (parent-copy.entries). A shielded person is never named: persons are read masked, and every
//   line for a parent is masked once more for any shielded name an older copy may still hold.
// Reading the file is not recorded anywhere, so "who looked at it" cannot be told; the lines say
// who changed what.
class ChangeHistory {
    Q_DECLARE_TR_FUNCTIONS(inzage::ChangeHistory)

public:
    static Result<std::vector<ChangeLine>> read(Vault& vault, const QLocale& locale = QLocale());

    // Every audit action the core writes has its own sentence; anything else is said to be unknown
    // to this version (never left out). The unit test compares this list with the core's sources.
    static const QStringList& knownActions();
    static QString whenText(const QString& isoUtc, const QLocale& locale);
};

} // namespace inzage
