#include "AuditBatchBench.h"

#include "audit/AuditBatch.h"
#include "dossier/Entries.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>

#include <chrono>
#include <cstring>

namespace inzage::bench {

namespace {

const char* kPass = "batch wachtwoord";

Status makeVault(const QString& path, const Actor& actor, int entries)
{
    Vault::CreateOptions options;
    options.kdf = KdfParams::fastForTests();
    auto v = Vault::create(path, SecureBytes(kPass, std::strlen(kPass)), options);
    if (!v)
        return v.status();
    std::vector<EntryContent> contents;
    for (int i = 0; i < entries; ++i) {
        EntryContent c;
        c.text = QStringLiteral("Notitie %1 van het dossier.").arg(i + 1);
        c.section = QStringLiteral("Verloop");
        c.label = i % 3 == 0 ? Label::Feit : Label::Onbeoordeeld;
        if (c.label == Label::Feit) {
            c.basisKind = BasisKind::Document;
            c.basisDetail = QStringLiteral("Verslag school");
        }
        contents.push_back(c);
    }
    auto added = Entries(**v, actor).addAll(contents, QStringLiteral("bench"));
    return added ? Status() : added.status();
}

} // namespace

Result<std::vector<BatchTimes>> measureBatchAudit(const QString& folder, const Actor& actor,
                                                  const std::vector<int>& sizes, int entries, int jobs)
{
    std::vector<BatchTimes> out;
    for (int n : sizes) {
        const QString dir = QDir(folder).filePath(QStringLiteral("batch-%1").arg(n));
        QDir().mkpath(dir);
        for (int i = 0; i < n; ++i) {
            const QString name = QStringLiteral("dossier-%1").arg(i, 5, 10, QLatin1Char('0'));
            if (Status s = makeVault(QDir(dir).filePath(name + QStringLiteral(".inzage")), actor, entries); !s)
                return s;
            QFile pass(QDir(dir).filePath(name + QStringLiteral(".pass")));
            if (!pass.open(QIODevice::WriteOnly) || pass.write(kPass) < 0)
                return Status(ErrorCode::Io, QStringLiteral("wachtwoordbestand"));
        }
        BatchRequest request;
        request.folder = dir;
        request.jobs = jobs;
        const auto start = std::chrono::steady_clock::now();
        auto rows = AuditBatch::run(request);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!rows)
            return rows.status();
        for (const BatchRow& r : *rows)
            if (!r.ok)
                return Status(ErrorCode::Failed, QStringLiteral("%1: %2").arg(r.file, r.error));
        out.push_back({n, ms, ms / n});
    }
    return out;
}

} // namespace inzage::bench
