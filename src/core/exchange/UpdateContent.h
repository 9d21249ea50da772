#pragma once

#include "common/Status.h"
#include "dossier/Model.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sqlcipher/sqlite3.h>

namespace inzage {

struct UpdateContentReport {
    int newEntries = 0;
    int changedEntries = 0; // a new revision, or only its visibility, label or section
    int hiddenEntries = 0; // taken out of the parent's view since the last update
    int caseInfo = 0; // 1 when the case information changed
    int appointments = 0; // appointments added or changed
    int promises = 0; // promises added or changed
    int otherRows = 0; // persons, approvals, removal marks and the like
    int concepts = 0; // concept reports sent to the parents (ConceptReleases)
    int total() const
    {
        return newEntries + changedEntries + hiddenEntries + caseInfo + appointments + promises + otherRows + concepts;
    }
};

// What an update file (payload version 2) carries besides answers: every row the copy's parent
// may see, selected through that parent's Audience exactly as the parent copy is (persons masked,
// hidden entries and revisions left out), plus a marker for each entry that was once visible and
// is now hidden. Applying it inserts what the copy lacks and brings mutable rows (case
// information, appointments, promises, persons, an entry's current revision) up to date; rows
// that are never changed in place (revisions, who was spoken to, approvals, removal marks) must
// match what the copy holds, or the file is refused.
//
// An entry that became hidden: the copy gets the professional's hiding revision as an empty
// revision marked not visible, so every read path of the copy leaves the entry out and its text
// leaves the search index; the parent's answers on it stay (they are the parent's words). Older
// revision rows stay in the encrypted copy, unreadable through Inzage: revisions are never
// deleted. A new copy made for the parent holds none of it.
class UpdateContent {
    Q_DECLARE_TR_FUNCTIONS(inzage::UpdateContent)

public:
    // 3: an answer may carry its AVG extension (AnswerExtensions); the content is as in 2.
    // 4: the content may carry concept releases (ConceptReleases) with the entries this parent sees.
    static constexpr int kPayloadVersion = 4;

    // Professional side: the rows for the copy made for `personId`.
    static Result<QJsonObject> collect(Vault& professional, Id personId);
    // Copy side, inside the caller's transaction (foreign keys deferred by this call).
    static Result<UpdateContentReport> apply(sqlite3* db, const QJsonObject& content);
    // Refuses a file made before the one the copy last took in (`asOf`: the professional's audit
    // head when the file was made); the same one again is fine and changes nothing.
    static Status checkNotOlder(sqlite3* db, std::int64_t asOf);
    // After a change: the copy's chain records the import and its entries' new fingerprint.
    static Status record(sqlite3* db, const Actor& actor, const QString& exchangeId, std::int64_t asOf,
        const UpdateContentReport& report, int answerRows);
};

} // namespace inzage
