// A real vault (the demo dossier: entries with revisions, persons, answers, appointments, audit
// rows), damaged a thousand ways: 1,000 seeded single-byte changes and 100 truncations, each
// written to a file of its own and opened in this process as `list`/`export` and `verify` would.
// Each must either read exactly as the undamaged file (a change in a free page) or be refused
// with a code from README "Exit codes"; never a crash, a hang (the ctest timeout) or other data
// that verify calls intact. "Wrong passphrase" is only allowed where SQLCipher cannot tell: the
// 16 plaintext header bytes (the salt and key settings) and the first page, whose HMAC is checked
// with the key; a change anywhere else must say "damaged".

#include "DamageSupport.h"
#include "FaultSupport.h"
#include "Figures.h"

#include "demo/DemoDossier.h"
#include "vault/Sql.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

using namespace inzage;
using namespace inzage::faults;

namespace {

struct Original {
    QTemporaryDir dir;
    QByteArray bytes;
    Reading reading;
    qint64 pageSize = 0;
    QString damagedPath = dir.filePath(QStringLiteral("beschadigd.inzage"));

    Original()
    {
        const QString path = dir.filePath(QStringLiteral("origineel.inzage"));
        {
            auto v = createVault(path);
            REQUIRE(buildDemoDossier(*v).isOk());
            pageSize = countRows(v->db(), "PRAGMA page_size");
        } // closing the last connection checkpoints the -wal into the file and removes it
        REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        bytes = readFile(path);
        REQUIRE(bytes.size() > 16 * pageSize);
        reading = readVault(path, kPassphrase, OpenMode::ReadWrite);
        INFO(reading.message.toStdString());
        REQUIRE(reading.ok());
        REQUIRE(reading.verifyOk);
        REQUIRE(reading.dossier.contains("\"answers\""));
    }

    // Writes the damaged bytes, reads them back, and checks and names the outcome.
    QString tryDamaged(const QByteArray& damaged, qint64 firstChangedByte, OpenMode mode)
    {
        removeVaultFiles(damagedPath);
        writePrivateFile(damagedPath, damaged);
        const Reading r = readVault(damagedPath, kPassphrase, mode);
        removeVaultFiles(damagedPath);
        INFO("first changed byte " << firstChangedByte << " of " << bytes.size() << "; step " << r.step.toStdString()
                                   << ": " << r.message.toStdString());
        if (!r.ok()) {
            CHECK(isDamageCode(r.code));
            if (r.code == ErrorCode::WrongPassphrase)
                CHECK(firstChangedByte < pageSize);
            return QStringLiteral("refused at %1 with %2").arg(r.step).arg(int(r.code));
        }
        if (r.dossier == reading.dossier && r.verify == reading.verify)
            return QStringLiteral("same data");
        // Different data is only acceptable when verify says so (exit 5).
        INFO("verify: " << r.verify.toStdString());
        CHECK_FALSE(r.verifyOk);
        return r.dossier == reading.dossier ? QStringLiteral("same export, verify exits 5")
                                            : QStringLiteral("other export, verify exits 5");
    }
};

constexpr std::uint32_t kSeed = 20261202;

} // namespace

TEST_CASE("1000 seeded single-byte changes of a vault read the same or are refused with a documented code",
    "[faults][damage]")
{
    Original original;
    std::mt19937 random(kSeed);
    std::uniform_int_distribution<qsizetype> anywhere(0, original.bytes.size() - 1);
    std::uniform_int_distribution<int> mask(1, 255);
    Tally tally;
    for (int i = 0; i < 1000; ++i) {
        // The first 16 go to the header bytes, one each; the rest anywhere in the file.
        const qsizetype at = i < 16 ? i : anywhere(random);
        QByteArray damaged = original.bytes;
        damaged[at] = char(damaged[at] ^ mask(random));
        tally.add(original.tryDamaged(damaged, at, i % 2 ? OpenMode::ReadOnly : OpenMode::ReadWrite));
    }
    INFO(tally.describe().toStdString());
    CHECK(tally.total == 1000);
    CHECK(tally.counts[QStringLiteral("refused at open with 3")] < 1000); // most land beyond the first page
    test::recordFigures("damaged-flips", {{QStringLiteral("damaged vault: single-byte changes tried"), tally.describe()}});
}

TEST_CASE("100 truncations of a vault read the same or are refused with a documented code", "[faults][damage]")
{
    Original original;
    const qsizetype size = original.bytes.size();
    const qsizetype page = qsizetype(original.pageSize);
    // The edges that matter (empty, inside the header, inside the first page, one page, one byte
    // short), then seeded lengths anywhere.
    std::vector<qsizetype> lengths {0, 1, 15, 16, 17, 511, 512, page - 1, page, page + 1, 2 * page, size - page,
        size - 1};
    std::mt19937 random(kSeed + 1);
    std::uniform_int_distribution<qsizetype> anywhere(1, size - 1);
    while (lengths.size() < 100)
        lengths.push_back(anywhere(random));
    Tally tally;
    for (std::size_t i = 0; i < lengths.size(); ++i)
        tally.add(original.tryDamaged(original.bytes.left(lengths[i]), lengths[i],
            i % 2 ? OpenMode::ReadOnly : OpenMode::ReadWrite));
    INFO(tally.describe().toStdString());
    CHECK(tally.total == 100);
    test::recordFigures("damaged-truncations", {{QStringLiteral("damaged vault: truncations tried"), tally.describe()}});
}
