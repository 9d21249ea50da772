// No plaintext anywhere: entries carry a canary; afterwards the vault file, its -wal and -shm,
// every file in the vault's folder and in the temporary folder (TMPDIR), and every temporary file
// SQLite holds open (already unlinked, found through /proc/self/fd) are searched for it. A
// wrapper VFS also searches every buffer SQLite writes to any file, temporary or not.
// Large sorts provoke SQLite's temporary files (sorter spill), with temp_store left at its default.

#include "FaultSupport.h"

#include "vault/Sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <vector>

using namespace inzage;
using namespace inzage::faults;

namespace {

// Restores an environment variable when the test ends.
class EnvScope {
public:
    EnvScope(const char* name, const QByteArray& value) : m_name(name), m_had(qEnvironmentVariableIsSet(name)),
                                                            m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvScope()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvScope(const EnvScope&) = delete;
    EnvScope& operator=(const EnvScope&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

bool containsCanary(const QByteArray& bytes, const QByteArray& token)
{
    return bytes.toLower().contains(token.toLower());
}

struct Finding {
    QStringList hits;
    int filesSearched = 0;
};

void searchTree(const QString& root, const QByteArray& token, Finding& f)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        ++f.filesSearched;
        if (containsCanary(readFile(file), token))
            f.hits << file;
    }
}

// Temporary files SQLite has open right now: unlinked at once, so only /proc/self/fd shows them.
void searchOpenDeletedFiles(const QByteArray& token, Finding& f, int& openTempFiles)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (!target.endsWith(QStringLiteral(" (deleted)")) || !target.contains(QStringLiteral("etilqs_")))
            continue;
        ++openTempFiles;
        ++f.filesSearched;
        if (containsCanary(readFile(fds.filePath(fd)), token))
            f.hits << target;
    }
}

// About 700 characters: the canary and words from a random pool, so that rows differ (5,000 of
// them sort well beyond SQLite's default 2 MiB in-memory sorter).
QString canaryRow(int i, const QByteArray& canary)
{
    static const QStringList pool = [] {
        QStringList words;
        for (int w = 0; w < 1024; ++w)
            words << QString::fromLatin1(randomToken(10));
        return words;
    }();
    QString text = QStringLiteral("Regel %1 %2 ").arg(i).arg(QString::fromLatin1(canary));
    std::uint32_t x = std::uint32_t(i) * 2654435761u + 1;
    while (text.size() < 700) {
        x = x * 1664525u + 1013904223u;
        text += pool.at(int(x >> 22)) + QLatin1Char(' ');
    }
    return text;
}

// Sorts on unindexed expressions, a DISTINCT and a temporary table with an index: each may spill
// to a temp file. The open (unlinked) temp files are searched while a sort's result is being read.
void runLargeSorts(Vault& vault, const QByteArray& token, Finding& found, int& openTempFiles, int minRows)
{
    const char* queries[] = {
        "SELECT r.text FROM entry_revision r ORDER BY substr(r.text, 7) || r.id DESC",
        "SELECT DISTINCT lower(r.text) || r.section FROM entry_revision r",
        "SELECT r.text, s.folded FROM entry_revision r JOIN entry_search s ON s.docid = r.entry_id "
        "ORDER BY length(s.folded) * 31 % 997, r.text",
    };
    for (const char* sql : queries) {
        CAPTURE(sql);
        Statement st(vault.db(), sql);
        REQUIRE(st.isValid());
        REQUIRE(st.step() == SQLITE_ROW);
        searchOpenDeletedFiles(token, found, openTempFiles);
        int rows = 1;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            ++rows;
        CHECK(rc == SQLITE_DONE);
        CHECK(rows >= minRows);
    }
    REQUIRE(execSql(vault.db(),
                    "CREATE TEMP TABLE sorted AS SELECT text FROM entry_revision ORDER BY random(); "
                    "CREATE INDEX temp.sorted_text ON sorted(text); DROP TABLE temp.sorted;",
                    QStringLiteral("tijdelijke tabel"))
                .isOk());
    searchOpenDeletedFiles(token, found, openTempFiles);
}

// Where this connection keeps temporary tables, sorts and indexes: memory (2) or files (1).
int effectiveTempStore(sqlite3* db)
{
    const int pragma = int(countRows(db, "PRAGMA temp_store"));
    if (sqlite3_compileoption_used("TEMP_STORE=3"))
        return 2;
    if (sqlite3_compileoption_used("TEMP_STORE=0"))
        return 1;
    if (pragma != 0)
        return pragma;
    return sqlite3_compileoption_used("TEMP_STORE=2") ? 2 : 1;
}

} // namespace

TEST_CASE("no plaintext reaches any file: vault, -wal, -shm, folder, temp files", "[faults][plaintext]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString vaultDir = root.filePath(QStringLiteral("dossier"));
    const QString tempDir = root.filePath(QStringLiteral("tmp"));
    REQUIRE(QDir().mkpath(vaultDir));
    REQUIRE(QDir().mkpath(tempDir));
    // SQLite's unix VFS looks for its temp folder in SQLITE_TMPDIR, then TMPDIR.
    EnvScope tmpdir("TMPDIR", QFile::encodeName(tempDir));
    EnvScope sqliteTmpdir("SQLITE_TMPDIR", QFile::encodeName(tempDir));

    const QByteArray token = randomToken(20);
    const QByteArray canary = "PLAINTEXT-CANARY-" + token;
    VfsScope vfs; // outlives the vault
    vfs.watchFor(token);

    const QString path = vaultDir + QStringLiteral("/dossier.inzage");
    auto v = createVault(path);
    // Temporaries (sorts, temp tables, temp indexes) must stay in memory: this SQLCipher writes
    // temp files unencrypted (see the control test below).
    CHECK(effectiveTempStore(v->db()) == 2);
    Finding found;
    int openTempFiles = 0;
    {
        Entries entries(*v, professional());
        auto single = entries.add(entryText(QStringLiteral("Losse notitie met %1 erin.").arg(QString::fromLatin1(canary))));
        REQUIRE(single.isOk());

        // 5,000 rows of about 1 KB: the sorts below outgrow SQLite's in-memory sorter.
        std::vector<EntryContent> batch;
        batch.reserve(5000);
        for (int i = 0; i < 5000; ++i)
            batch.push_back(entryText(canaryRow(i, canary)));
        auto ids = entries.addAll(batch, QStringLiteral("import"));
        INFO(ids.message().toStdString());
        REQUIRE(ids.isOk());

        runLargeSorts(*v, token, found, openTempFiles, 5001);

        // The canary really is in the vault (so not finding it in the files means something).
        CHECK(countRows(v->db(), "SELECT count(*) FROM entry_revision WHERE text LIKE '%PLAINTEXT-CANARY-%'") == 5001);

        // While the connection is still open: the -wal and -shm are there to be searched.
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));
        for (const QString& f : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            ++found.filesSearched;
            const QByteArray bytes = readFile(f);
            if (containsCanary(bytes, token) || bytes.contains("SQLite format 3"))
                found.hits << f;
        }
        searchTree(vaultDir, token, found);
        searchTree(tempDir, token, found);
    }
    v.reset();
    // And once more after closing (the closing checkpoint moves the WAL into the file).
    searchTree(vaultDir, token, found);
    searchTree(tempDir, token, found);

    INFO("temporary files SQLite had open during the sorts: " << openTempFiles);
    INFO("temporary files opened through the VFS: " << vfs.stats().tempOpens.load());
    INFO("files searched: " << found.filesSearched);
    INFO("found in: " << found.hits.join(QStringLiteral(", ")).toStdString());
    CHECK(found.hits.isEmpty());
    INFO("open flags of a file that got the canary: " << vfs.stats().canaryHitFlags.load());
    CHECK(vfs.stats().canaryHits == 0);
    CHECK(found.filesSearched >= 3);
}

// The control for the test above: it must be able to fail. Made to keep its temporaries in files,
// this SQLCipher writes them unencrypted, and both detectors (open temp files, the VFS) see the
// canary. So the vault is safe only because temporaries stay in memory; the check on
// effectiveTempStore above turns a build where they would not into a failing test.
TEST_CASE("control: the plaintext detectors do find a canary that spills into temp files", "[faults][plaintext]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString tempDir = root.filePath(QStringLiteral("tmp"));
    REQUIRE(QDir().mkpath(tempDir));
    EnvScope tmpdir("TMPDIR", QFile::encodeName(tempDir));
    EnvScope sqliteTmpdir("SQLITE_TMPDIR", QFile::encodeName(tempDir));

    const QByteArray token = randomToken(20);
    VfsScope vfs;
    vfs.watchFor(token);
    auto v = createVault(root.filePath(QStringLiteral("dossier.inzage")));
    Entries entries(*v, professional());
    std::vector<EntryContent> batch;
    for (int i = 0; i < 1000; ++i)
        batch.push_back(entryText(canaryRow(i, "PLAINTEXT-CANARY-" + token)));
    batch.push_back(entryText(QStringLiteral("nog een")));
    REQUIRE(entries.addAll(batch, QStringLiteral("import")).isOk());
    CHECK(vfs.stats().canaryHits == 0);

    // Files for temporaries, and a small cache so 1,000 rows already spill out of memory.
    REQUIRE(execSql(v->db(), "PRAGMA temp_store = FILE; PRAGMA cache_size = 100", QStringLiteral("temp_store")).isOk());
    Finding found;
    int openTempFiles = 0;
    runLargeSorts(*v, token, found, openTempFiles, 1001);
    CHECK(openTempFiles > 0);
    CHECK(!found.hits.isEmpty());
    CHECK(vfs.stats().tempOpens > 0);
    CHECK(vfs.stats().canaryHits > 0);
}
