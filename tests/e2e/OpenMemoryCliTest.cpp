// The CLI says so when a vault opens older than the last time on this computer (stderr, on every
// command; `verify` exits 14), and `init` makes its file under a temporary name (a symlink at the
// destination is refused and never followed).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <unistd.h>

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

// Points the CLI's memory at a folder of this test's own while it lives.
struct MemoryDir {
    QTemporaryDir dir;
    QByteArray old = qgetenv("INZAGE_MEMORY_DIR");
    MemoryDir() { qputenv("INZAGE_MEMORY_DIR", QFile::encodeName(dir.path())); }
    ~MemoryDir() { qputenv("INZAGE_MEMORY_DIR", old); }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files); }
};

void replaceFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("a vault put back from an older copy is warned about and verify exits 14", "[cli][openmemory]")
{
    MemoryDir memory;
    CliVault v;
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("Eerste notitie")).exitCode == 0);
    const QString backup = v.dir.filePath(QStringLiteral("reserve.inzage"));
    replaceFile(v.vault, backup);
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("Tweede notitie")).exitCode == 0);
    const CliResult fine = v.run(args({"verify"}) << v.vault);
    CHECK(fine.exitCode == 0);
    CHECK(fine.err.isEmpty());
    REQUIRE(memory.files().size() == 1);

    replaceFile(backup, v.vault);
    const CliResult older = v.run(args({"verify"}) << v.vault);
    CHECK(older.exitCode == 14);
    CHECK(older.errText().contains(QStringLiteral("Dit bestand is ouder dan de vorige keer dat u het opende")));
    CHECK(older.outText().contains(QStringLiteral("Ouderdom: NIET in orde")));
    // Said once; from then on this is the state the computer remembers.
    const CliResult again = v.run(args({"verify"}) << v.vault << QStringLiteral("--json"));
    CHECK(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("older_than_before")).toBool() == false);

    // Another command gets the warning on stderr too, and does its work.
    REQUIRE(v.run(args({"add"}) << v.vault << QStringLiteral("--text") << QStringLiteral("Derde notitie")).exitCode == 0);
    replaceFile(backup, v.vault);
    const CliResult listed = v.run(args({"list"}) << v.vault);
    CHECK(listed.exitCode == 0);
    CHECK(listed.errText().contains(QStringLiteral("ouder dan de vorige keer")));
    CHECK(listed.outText().contains(QStringLiteral("Eerste notitie")));
}

TEST_CASE("a changed memory file is not trusted and says so", "[cli][openmemory][bad-input]")
{
    MemoryDir memory;
    CliVault v;
    REQUIRE(v.run(args({"list"}) << v.vault).exitCode == 0);
    REQUIRE(memory.files().size() == 1);
    const QString file = QDir(memory.dir.path()).filePath(memory.files().first());
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    REQUIRE(bytes.size() > 20);
    bytes[10] = char(bytes[10] ^ 0x40);
    REQUIRE(f.seek(0));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    const CliResult r = v.run(args({"verify"}) << v.vault);
    CHECK(r.exitCode == 0);
    CHECK(r.errText().contains(QStringLiteral("vertrouwt dat niet")));
    CHECK(v.run(args({"verify"}) << v.vault).err.isEmpty());
}

TEST_CASE("init over a symlink at the destination is refused and follows nothing", "[cli][newfile][bad-input]")
{
    CliVault v(false);
    const QString target = v.dir.filePath(QStringLiteral("elders.inzage"));
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(v.vault).constData()) == 0);
    const CliResult r = v.run(args({"init"}) << v.vault);
    CHECK(r.exitCode == 12);
    CHECK_FALSE(QFile::exists(target));
    CHECK(QDir(v.dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).filter(QStringLiteral(".tmp")).isEmpty());
}
