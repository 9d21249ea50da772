// vault/NewFile: a new file appears under its name only whole, and a symlink swapped in at the
// destination is never followed or overwritten.
#include "TestSupport.h"

#include "vault/NewFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace inzage;
using namespace inzage::test;

TEST_CASE("a symlink swapped in at the destination before the rename is not followed or replaced", "[newfile][bad-input]")
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(QStringLiteral("kopie.inzage"));
    const QString target = dir.filePath(QStringLiteral("elders.txt"));
    auto temp = NewFile::createBeside(dest);
    REQUIRE(temp.isOk());
    CHECK(QFileInfo(*temp).absolutePath() == QFileInfo(dest).absolutePath());
    CHECK(QFileInfo(*temp).fileName() != QFileInfo(dest).fileName());
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(*temp).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    // The swap: between creating and placing, someone plants a symlink at the destination.
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(dest).constData()) == 0);
    const Status s = NewFile::publish(*temp, dest);
    CHECK(s.code() == ErrorCode::Exists);
    CHECK_FALSE(QFile::exists(target));
    CHECK_FALSE(QFile::exists(*temp));
    CHECK(QFileInfo(dest).isSymLink());
}

TEST_CASE("a destination that is a dangling symlink is refused before anything is written", "[newfile][bad-input]")
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(QStringLiteral("antwoorden.bestand"));
    const QString target = dir.filePath(QStringLiteral("elders.txt"));
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(dest).constData()) == 0);
    CHECK(NewFile::createBeside(dest).code() == ErrorCode::Exists);
    CHECK_FALSE(QFile::exists(target));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size() == 1);
}

TEST_CASE("an encrypted copy is put in place whole and leaves no temporary file", "[newfile][vault]")
{
    TempVault t;
    const QString dest = t.dir.filePath(QStringLiteral("kopie.inzage"));
    REQUIRE(t.vault->copyTo(dest, pass("kopie wachtwoord"), KdfParams::fastForTests()).isOk());
    CHECK(Vault::open(dest, pass("kopie wachtwoord")).isOk());
    for (const QString& name : QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE(name.endsWith(QStringLiteral(".tmp")));
    CHECK(t.vault->copyTo(dest, pass("kopie wachtwoord"), KdfParams::fastForTests()).code() == ErrorCode::Exists);
}
