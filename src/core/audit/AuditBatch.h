#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace inzage {

// One dossier of a batch audit: its figures, or why it could not be audited.
struct BatchRow {
    QString file; // the vault's file name within the folder
    bool ok = false;
    QString error; // the core's message when not ok (wrong passphrase, damaged, not a dossier, …)
    int entries = 0;
    std::vector<std::optional<double>> shares; // in AuditReport::shares() order
    int neverSpokenTo = 0;
    int answers = 0, answersOpen = 0, answersOverdue = 0;
    int findingsHigh = 0, findingsMedium = 0, findingsLow = 0;
    QString head; // the audit-chain head the figures were read at
};

struct BatchRequest {
    QString folder;
    // Used for every vault without a NAME.pass beside it; empty: such a vault is an error row.
    QString passphraseFile;
    int shard = 1; // audit the vaults k, k+N, k+2N, … (1-based, in file-name order)
    int shards = 1;
    int jobs = 2; // worker threads; each opens its own connection
};

// The reviewer's audit over a folder of vaults (*.inzage), each opened read-only as in `audit`:
// one row per vault, a damaged, foreign or wrong-passphrase vault one row with its error while the
// rest are audited. The passphrase of NAME.inzage is NAME.pass beside it, else the shared file.
// The vaults are taken in file-name order, so --shard K/N splits an organisation's folder over
// machines (GNU parallel, a Slurm array, Kubernetes Jobs) and `merge` puts the CSVs back together.
class AuditBatch {
    Q_DECLARE_TR_FUNCTIONS(inzage::AuditBatch)

public:
    static Result<std::pair<int, int>> parseShard(const QString& text);
    // The vaults of the folder this shard audits, in order.
    static Result<QStringList> vaults(const BatchRequest& request);
    // progress(done, total) is called from the workers (may be empty).
    static Result<std::vector<BatchRow>> run(const BatchRequest& request,
                                             const std::function<void(int, int)>& progress = {});

    // Header "file,status,error,entries,<shares…>,never_spoken_to,answers,answers_open,
    // answers_overdue,findings_hoog,findings_middel,findings_laag,audit_head"; one row per vault,
    // CRLF, cells as AuditReport::csvCell (no formula from a file name or a message).
    static QByteArray csv(const std::vector<BatchRow>& rows);
    static QByteArray header();
    // Several batch CSVs (shards) as one: the same header, rows sorted by file; a vault in two
    // inputs is refused (overlapping shards), as is a file that is not a batch CSV.
    static Result<QByteArray> merge(const std::vector<QByteArray>& csvs, const QStringList& names);
};

} // namespace inzage
