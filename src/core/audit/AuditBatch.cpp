#include "audit/AuditBatch.h"

#include "audit/AttributionAudit.h"
#include "audit/AuditReport.h"
#include "dossier/Access.h"
#include "vault/InputFile.h"
#include "vault/SecureBytes.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

namespace inzage {

namespace {

constexpr std::int64_t kMaxPassphraseBytes = 4096;

Result<SecureBytes> readPassphrase(const QString& path)
{
    auto bytes = InputFile::read(path, kMaxPassphraseBytes);
    if (!bytes)
        return bytes.status();
    QByteArray b = *bytes;
    int end = int(b.indexOf('\n'));
    if (end < 0)
        end = int(b.size());
    if (end > 0 && b.at(end - 1) == '\r')
        --end;
    SecureBytes out(b.constData(), std::size_t(end));
    sodium_memzero(b.data(), std::size_t(b.size()));
    if (out.isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("inzage::AuditBatch", "Het wachtwoordbestand %1 is leeg.")
                          .arg(QFileInfo(path).fileName()));
    return out;
}

QString shareText(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 3) : QString();
}

BatchRow auditOne(const QString& folder, const QString& file, const QString& shared)
{
    BatchRow row;
    row.file = file;
    const QString path = QDir(folder).filePath(file);
    QString passFile = QDir(folder).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".pass"));
    if (!QFileInfo::exists(passFile))
        passFile = shared;
    if (passFile.isEmpty()) {
        row.error = QCoreApplication::translate("inzage::AuditBatch",
            "Geen wachtwoord: er staat geen %1 naast en er is geen gedeeld wachtwoordbestand gegeven.")
                        .arg(QFileInfo(file).completeBaseName() + QStringLiteral(".pass"));
        return row;
    }
    auto pass = readPassphrase(passFile);
    if (!pass) {
        row.error = pass.message();
        return row;
    }
    auto vault = Vault::open(path, *pass, OpenMode::ReadOnly);
    if (!vault) {
        row.error = vault.message();
        return row;
    }
    auto report = AttributionAudit(**vault, actorNamed(QStringLiteral("toetser"))).run();
    if (!report) {
        row.error = report.message();
        return row;
    }
    row.ok = true;
    row.entries = report->total.entries;
    for (const ShareName& s : AuditReport::shares())
        row.shares.push_back((report->total.*(s.share)).value());
    row.neverSpokenTo = int(report->neverSpokenTo.size());
    row.answers = report->answers.total;
    row.answersOpen = report->answers.open;
    row.answersOverdue = report->answers.overdue;
    for (const Finding& f : report->findings) {
        if (f.severity == QLatin1String("hoog"))
            ++row.findingsHigh;
        else if (f.severity == QLatin1String("middel"))
            ++row.findingsMedium;
        else
            ++row.findingsLow;
    }
    row.head = QString::fromLatin1(report->auditHead);
    return row;
}

} // namespace

Result<std::pair<int, int>> AuditBatch::parseShard(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,6})/([0-9]{1,6})$"));
    const auto m = form.match(text.trimmed());
    const int k = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int n = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (k < 1 || n < 1 || k > n)
        return Status(ErrorCode::InvalidInput,
                      tr("'%1' is geen deel: schrijf K/N, bijvoorbeeld 2/4 (het tweede van vier), met K van 1 tot en met N.")
                          .arg(text));
    return std::make_pair(k, n);
}

Result<QStringList> AuditBatch::vaults(const BatchRequest& request)
{
    const QDir dir(request.folder);
    if (!QFileInfo(request.folder).isDir())
        return Status(ErrorCode::NotFound, tr("De map %1 is niet gevonden.").arg(request.folder));
    if (request.shards < 1 || request.shard < 1 || request.shard > request.shards)
        return Status(ErrorCode::InvalidInput, tr("Het deel %1/%2 bestaat niet.").arg(request.shard).arg(request.shards));
    QStringList all = dir.entryList({QStringLiteral("*.inzage")}, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QStringList mine;
    for (int i = 0; i < all.size(); ++i)
        if (i % request.shards == request.shard - 1)
            mine << all.at(i);
    return mine;
}

Result<std::vector<BatchRow>> AuditBatch::run(const BatchRequest& request, const std::function<void(int, int)>& progress)
{
    auto files = vaults(request);
    if (!files)
        return files.status();
    const int total = int(files->size());
    std::vector<BatchRow> rows(static_cast<std::size_t>(total));
    std::atomic<int> next {0}, done {0};
    auto work = [&] {
        for (int i = next++; i < total; i = next++) {
            rows[std::size_t(i)] = auditOne(request.folder, files->at(i), request.passphraseFile);
            const int d = ++done;
            if (progress)
                progress(d, total);
        }
    };
    const int jobs = std::clamp(request.jobs, 1, 64);
    std::vector<std::thread> workers;
    for (int j = 1; j < std::min(jobs, std::max(total, 1)); ++j)
        workers.emplace_back(work);
    work();
    for (std::thread& t : workers)
        t.join();
    return rows;
}

QByteArray AuditBatch::header()
{
    QStringList cols {QStringLiteral("file"), QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("entries")};
    for (const ShareName& s : AuditReport::shares())
        cols << QString::fromLatin1(s.key);
    cols << QStringLiteral("never_spoken_to") << QStringLiteral("answers") << QStringLiteral("answers_open")
         << QStringLiteral("answers_overdue") << QStringLiteral("findings_hoog") << QStringLiteral("findings_middel")
         << QStringLiteral("findings_laag") << QStringLiteral("audit_head");
    return cols.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray AuditBatch::csv(const std::vector<BatchRow>& rows)
{
    QByteArray out = header();
    const std::size_t shareCount = AuditReport::shares().size();
    for (const BatchRow& r : rows) {
        QStringList cells {r.file, r.ok ? QStringLiteral("ok") : QStringLiteral("fout"), r.error,
                           r.ok ? QString::number(r.entries) : QString()};
        for (std::size_t i = 0; i < shareCount; ++i)
            cells << (r.ok && i < r.shares.size() ? shareText(r.shares[i]) : QString());
        for (int v : {r.neverSpokenTo, r.answers, r.answersOpen, r.answersOverdue, r.findingsHigh, r.findingsMedium,
                      r.findingsLow})
            cells << (r.ok ? QString::number(v) : QString());
        cells << r.head;
        QStringList quoted;
        for (const QString& c : cells)
            quoted << AuditReport::csvCell(c);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

Result<QByteArray> AuditBatch::merge(const std::vector<QByteArray>& csvs, const QStringList& names)
{
    const QByteArray head = header();
    std::map<QString, QByteArray> rows; // by file name: sorted, and a vault in two shards is caught
    for (std::size_t i = 0; i < csvs.size(); ++i) {
        const QString name = i < std::size_t(names.size()) ? names.at(int(i)) : QString::number(i + 1);
        if (!csvs[i].startsWith(head))
            return Status(ErrorCode::InvalidInput,
                          tr("%1 is geen CSV van een controle van een map met dossiers (de kopregel is anders). Er is niets "
                             "samengevoegd.").arg(name));
        const QList<QByteArray> lines = csvs[i].mid(head.size()).split('\n');
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            // The first cell is the file name; csvCell quotes it when it holds a comma or quote.
            QString file;
            if (line.startsWith('"')) {
                int j = 1;
                while (j < line.size()) {
                    if (line.at(j) == '"' && (j + 1 >= line.size() || line.at(j + 1) != '"'))
                        break;
                    j += line.at(j) == '"' ? 2 : 1;
                }
                file = QString::fromUtf8(line.mid(1, j - 1)).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            } else {
                file = QString::fromUtf8(line.left(int(line.indexOf(','))));
            }
            if (rows.count(file))
                return Status(ErrorCode::InvalidInput,
                              tr("Het dossier %1 staat in meer dan een CSV (overlappende delen?). Er is niets "
                                 "samengevoegd.").arg(file));
            rows[file] = line;
        }
    }
    QByteArray out = head;
    for (const auto& [file, line] : rows)
        out += line + "\r\n";
    return out;
}

} // namespace inzage
