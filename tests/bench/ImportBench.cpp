#include "ImportBench.h"

#include "PeakMemory.h"

#include "exchange/TsvImport.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QFile>

#include <chrono>
#include <random>

namespace inzage::bench {

namespace {

const char* const kPersons[] = {"juf Sterre (leerkracht)", "Ilse Vermeulen (moeder)", "Karim El Amrani (vader)",
                                "dokter Willems (huisarts)", "Mila (dochter)", "meester Dekker (leerkracht)"};
const char* const kPhrases[] = {"kwam te laat op school", "vertelde over de ruzies thuis", "maakt zich zorgen over het slapen",
                                "zag dat de kamer netjes was", "heeft de afspraak afgezegd", "was op tijd bij het gesprek",
                                "zegt dat het beter gaat", "belde over het schoolverzuim"};

Status writeReport(const QString& path, std::int64_t entries)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status(ErrorCode::Io, QStringLiteral("kan %1 niet schrijven").arg(path));
    std::mt19937 rng(42);
    QByteArray out = "section\tlabel\tspoken_to\ttext\tevent_date\n";
    for (std::int64_t i = 0; i < entries; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray who = kPersons[rng() % std::size(kPersons)];
        const QByteArray what = kPhrases[rng() % std::size(kPhrases)];
        const QByteArray section = "Onderdeel " + QByteArray::number(i / 500 + 1);
        const QByteArray date = "2026-" + QByteArray::number(rng() % 9 + 1).rightJustified(2, '0') + "-"
                                + QByteArray::number(rng() % 28 + 1).rightJustified(2, '0');
        switch (i % 3) {
        case 0:
            out += section + "\tbron\t" + who + "\tVolgens de persoon " + what + " (regel " + n + ").\t" + date + "\n";
            break;
        case 1:
            out += section + "\tmening\tAnouk Verbeek (jeugdbeschermer)\tIk denk dat het gezin " + what + " (regel " + n
                   + ").\t\n";
            break;
        default:
            out += section + "\tfeit\tdocument: verzuimoverzicht " + n + "\tOp deze datum " + what + " (regel " + n + ").\t"
                   + date + "\n";
        }
        if (out.size() > (1 << 20)) {
            if (f.write(out) != out.size())
                return Status(ErrorCode::Io, QStringLiteral("schijf vol bij %1").arg(path));
            out.clear();
        }
    }
    if (f.write(out) != out.size())
        return Status(ErrorCode::Io, QStringLiteral("schijf vol bij %1").arg(path));
    return {};
}

} // namespace

Result<ImportTimes> measureStreamedImport(const QString& folder, const Actor& actor, std::int64_t entries)
{
    const QString tsv = folder + QStringLiteral("/import-%1.tsv").arg(entries);
    const QString vaultPath = folder + QStringLiteral("/import-%1.inzage").arg(entries);
    if (Status s = writeReport(tsv, entries); !s)
        return s;
    ImportTimes t;
    t.entries = entries;
    t.fileMiB = double(QFile(tsv).size()) / 1048576.0;
    {
        Vault::CreateOptions o;
        o.kdf = KdfParams::fastForTests();
        auto vault = Vault::create(vaultPath, SecureBytes("bench import", 12), o);
        if (!vault)
            return vault.status();
        const std::int64_t before = procStatusKiB("VmRSS");
        const bool reset = resetPeakMemory();
        const auto start = std::chrono::steady_clock::now();
        auto summary = importTsvFile(**vault, actor, tsv);
        t.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        const std::int64_t peak = procStatusKiB("VmHWM");
        if (!summary)
            return summary.status();
        if (summary->count != entries)
            return Status(ErrorCode::Failed, QStringLiteral("%1 van %2 geïmporteerd").arg(summary->count).arg(entries));
        if (reset && peak >= 0 && before >= 0)
            t.peakMiB = double(peak - before) / 1024.0;
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(vaultPath + QLatin1String(suffix));
    QFile::remove(tsv);
    return t;
}

} // namespace inzage::bench
