// audit --batch DIR and audit --merge: the reviewer's audit over a folder of vaults, one CSV row
// a vault, spread over machines with --shard K/N and put back together with --merge.
#include "Cli.h"

#include "audit/AuditBatch.h"
#include "exchange/SealedFile.h"
#include "vault/InputFile.h"

#include <QFileInfo>

#include <cstdio>
#include <thread>

namespace inzage::cli {

int cmdAuditBatch(const QStringList& args)
{
    Invocation inv(QStringLiteral("audit"),
        QStringLiteral("Audit every vault (*.inzage) in DIR read-only: one CSV row a vault with a status column; "
                       "a vault that cannot be opened is a row with its error and the rest are audited. The "
                       "passphrase of NAME.inzage is NAME.pass beside it, else --passphrase-file for all. Exit 0 "
                       "when every vault was audited, 1 when some rows are errors (the CSV is whole either way)."),
        QString());
    inv.parser.addOption({ QStringLiteral("batch"), QStringLiteral("The folder of vaults."), QStringLiteral("DIR") });
    inv.parser.addOption({ QStringLiteral("shard"),
        QStringLiteral("Audit only part K of N: the K-th, (K+N)-th, … vault in file-name order."), QStringLiteral("K/N") });
    inv.parser.addOption({ QStringLiteral("jobs"), QStringLiteral("Worker threads (default: the cores)."), QStringLiteral("N") });
    inv.parser.addOption({ QStringLiteral("csv"), QStringLiteral("Write the CSV to this new file (default: standard output)."),
        QStringLiteral("OUT.csv") });
    int code = 0;
    if (!inv.parse(args, 0, 0, &code))
        return code;
    BatchRequest request;
    request.folder = inv.parser.value(QStringLiteral("batch"));
    request.passphraseFile = inv.parser.value(QStringLiteral("passphrase-file"));
    request.jobs = int(std::max(1u, std::thread::hardware_concurrency()));
    if (inv.parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        request.jobs = inv.parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || request.jobs < 1 || request.jobs > 64)
            return usage(QStringLiteral("--jobs is een aantal van 1 tot en met 64."));
    }
    if (inv.parser.isSet(QStringLiteral("shard"))) {
        auto shard = AuditBatch::parseShard(inv.parser.value(QStringLiteral("shard")));
        if (!shard)
            return fail(shard.status());
        request.shard = shard->first;
        request.shards = shard->second;
    }
    const QString csvPath = inv.parser.value(QStringLiteral("csv"));
    if (!csvPath.isEmpty() && (QFileInfo(csvPath).exists() || QFileInfo(csvPath).isSymLink()))
        return fail(Status(ErrorCode::Exists,
            QStringLiteral("Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.")
                .arg(csvPath)));
    auto rows = AuditBatch::run(request);
    if (!rows)
        return fail(rows.status());
    const QByteArray csv = AuditBatch::csv(*rows);
    if (csvPath.isEmpty()) {
        std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout);
        std::fflush(stdout);
    } else if (Status s = writeNewFile(csvPath, csv); !s) {
        return fail(s);
    }
    int failed = 0;
    for (const BatchRow& r : *rows)
        failed += r.ok ? 0 : 1;
    err(QStringLiteral("%1 dossiers: %2 gecontroleerd, %3 met een fout.")
            .arg(rows->size())
            .arg(int(rows->size()) - failed)
            .arg(failed));
    return failed > 0 ? 1 : 0;
}

int cmdAuditMerge(const QStringList& args)
{
    Invocation inv(QStringLiteral("audit"),
        QStringLiteral("Combine the CSVs of audit --batch (one per shard) into OUT.csv: the same header, rows in "
                       "file-name order. A vault in two inputs, or a file that is not such a CSV, is refused."),
        QStringLiteral("IN.csv…"));
    inv.parser.addOption({ QStringLiteral("merge"), QStringLiteral("The new, combined CSV."), QStringLiteral("OUT.csv") });
    int code = 0;
    if (!inv.parse(args, 1, 100000, &code))
        return code;
    const QString outPath = inv.parser.value(QStringLiteral("merge"));
    if (outPath.isEmpty())
        return usage(QStringLiteral("Geef bij --merge de naam van het nieuwe bestand."));
    if (QFileInfo(outPath).exists() || QFileInfo(outPath).isSymLink())
        return fail(Status(ErrorCode::Exists,
            QStringLiteral("Het bestand %1 bestaat al. Kies een andere naam; Inzage overschrijft nooit een bestand.")
                .arg(outPath)));
    std::vector<QByteArray> inputs;
    for (const QString& p : inv.parser.positionalArguments()) {
        auto bytes = InputFile::read(p, std::int64_t(512) * 1024 * 1024);
        if (!bytes)
            return fail(bytes.status());
        inputs.push_back(*bytes);
    }
    auto merged = AuditBatch::merge(inputs, inv.parser.positionalArguments());
    if (!merged)
        return fail(merged.status());
    if (Status s = writeNewFile(outPath, *merged); !s)
        return fail(s);
    out(QStringLiteral("Samengevoegd: %1").arg(outPath));
    return 0;
}

} // namespace inzage::cli
