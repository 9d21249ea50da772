// A new vault (init, demo, a parent copy) is made under a random name beside its destination and
// gets the destination's name only when it is whole: a crash leaves nothing under that name that
// opens as a dossier, and a symlink swapped in at the destination is never followed.
#include "ExchangeSupport.h"

#include "vault/NewVault.h"
#include "vault/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace inzage;
using namespace inzage::test;

namespace {

QStringList filesIn(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System); }

bool isHiddenTemp(const QString& name) { return name.startsWith(QLatin1Char('.')) && name.contains(QLatin1String(".tmp")); }

} // namespace

TEST_CASE("a new vault is filled under a temporary name and appears under its own only when whole", "[vault][newfile]")
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(QStringLiteral("dossier.inzage"));
    auto v = NewVault::create(dest, pass("correct paard batterij"), fastOptions());
    REQUIRE(v.isOk());
    const QString temp = (*v)->path();
    CHECK(temp != dest);
    CHECK(QFileInfo(temp).absolutePath() == QFileInfo(dest).absolutePath());
    CHECK(isHiddenTemp(QFileInfo(temp).fileName()));
    CHECK_FALSE(QFileInfo::exists(dest));
    addEntry(**v, QStringLiteral("Gesprek met de moeder."));
    REQUIRE(NewVault::publish(*v, dest).isOk());
    CHECK_FALSE(*v);
    CHECK(filesIn(dir.path()) == QStringList {QStringLiteral("dossier.inzage")});
    auto reopened = Vault::open(dest, pass("correct paard batterij"));
    REQUIRE(reopened.isOk());
    Statement st((*reopened)->db(), "SELECT count(*) FROM entry");
    REQUIRE(st.step() == SQLITE_ROW);
    CHECK(st.integer(0) == 1);
}

TEST_CASE("a new vault left unfinished leaves nothing under its name", "[vault][newfile]")
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(QStringLiteral("dossier.inzage"));
    {
        auto v = NewVault::create(dest, pass("correct paard batterij"), fastOptions());
        REQUIRE(v.isOk());
        addEntry(**v, QStringLiteral("Half gemaakt."));
    } // as if the program stopped here
    CHECK_FALSE(QFileInfo::exists(dest));
    for (const QString& name : filesIn(dir.path())) {
        INFO(name.toStdString());
        CHECK(isHiddenTemp(name));
    }
    auto dropped = NewVault::create(dest, pass("correct paard batterij"), fastOptions());
    REQUIRE(dropped.isOk());
    const QString temp = (*dropped)->path();
    NewVault::discard(*dropped);
    CHECK_FALSE(QFileInfo::exists(temp));
}

TEST_CASE("a symlink swapped in at a new vault's name before it is published is not followed", "[vault][newfile][bad-input]")
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(QStringLiteral("dossier.inzage"));
    const QString target = dir.filePath(QStringLiteral("elders.inzage"));
    auto v = NewVault::create(dest, pass("correct paard batterij"), fastOptions());
    REQUIRE(v.isOk());
    const QString temp = (*v)->path();
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(dest).constData()) == 0);
    CHECK(NewVault::publish(*v, dest).code() == ErrorCode::Exists);
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK_FALSE(QFileInfo::exists(temp));
    CHECK(QFileInfo(dest).isSymLink());
}

TEST_CASE("a new vault and a parent copy refuse a symlink at the destination and follow nothing", "[vault][newfile][bad-input]")
{
    ExchangePair pair;
    const QString target = pair.file("elders.inzage");
    const QString dest = pair.file("nieuw.inzage");
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(dest).constData()) == 0);
    CHECK(NewVault::create(dest, pass("correct paard batterij"), fastOptions()).code() == ErrorCode::Exists);
    CHECK(Vault::create(dest, pass("correct paard batterij"), fastOptions()).code() == ErrorCode::Exists);
    CHECK(makeParentCopy(*pair.pro.vault, dest, pass(kParentPass)).code() == ErrorCode::Exists);
    CHECK_FALSE(QFileInfo::exists(target));
    for (const QString& name : filesIn(pair.pro.dir.path())) {
        INFO(name.toStdString());
        CHECK_FALSE(isHiddenTemp(name));
    }
}

TEST_CASE("a parent copy that fails half-way leaves no file under its name", "[vault][newfile][parentcopy]")
{
    ExchangePair pair;
    addEntry(*pair.pro.vault, QStringLiteral("Gesprek met de moeder."));
    // The same passphrase for both files is refused after nothing was written.
    ParentCopyRequest request;
    request.destination = pair.copyPath;
    request.kdf = KdfParams::fastForTests();
    const SecureBytes own = pass(kProPass);
    request.ownPassphrase = &own;
    CHECK_FALSE(ParentCopy::create(*pair.pro.vault, professional(), request, pass(kProPass)).isOk());
    CHECK_FALSE(QFileInfo::exists(pair.copyPath));
    // A made copy is whole under its name, with nothing beside it.
    pair.makeCopy();
    for (const QString& name : filesIn(pair.pro.dir.path())) {
        INFO(name.toStdString());
        CHECK_FALSE(isHiddenTemp(name));
    }
}
