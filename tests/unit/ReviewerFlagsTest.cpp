// The reviewer's flags: in the reviewer's own file beside the dossier, never in the dossier (the
// dossier stays byte-identical); a flag opens and closes only with a note; a changed flag file,
// a wrong passphrase and another dossier's file are refused.
#include "ExchangeSupport.h"

#include "audit/ReviewerFlags.h"
#include "dossier/CaseFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace inzage;
using namespace inzage::test;

namespace {

// A dossier gets its identity (uid) with its case information, as every dossier made by Inzage has.
void giveIdentity(Vault& v)
{
    CaseInfo info;
    info.caseNumber = QStringLiteral("VT-2026-1");
    REQUIRE(CaseFile(v, professional()).setInfo(info).isOk());
}

const char* kFlagPass = "reviewer eigen wachtwoord";

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

struct Reviewed {
    TempVault pro { kProPass };
    bool identified = (giveIdentity(*pro.vault), true);
    Id first = addEntry(*pro.vault, QStringLiteral("Moeder zou boos zijn geweest."));
    Id second = addEntry(*pro.vault, QStringLiteral("De school meldt verzuim."));
    QString flags = ReviewerFlags::defaultPath(pro.path);
    std::unique_ptr<Vault> ro;

    Reviewed()
    {
        pro.vault.reset();
        reopen();
    }
    void reopen()
    {
        ro.reset();
        auto v = Vault::open(pro.path, pass(kProPass), OpenMode::ReadOnly);
        REQUIRE(v.isOk());
        ro = std::move(*v);
    }
    ReviewerFlags created()
    {
        auto f = ReviewerFlags::create(*ro, flags, pass(kFlagPass), KdfParams::fastForTests());
        INFO(str(f.message()));
        REQUIRE(f.isOk());
        return std::move(*f);
    }
    Result<ReviewerFlags> opened(const char* passphrase = kFlagPass)
    {
        return ReviewerFlags::open(*ro, flags, pass(passphrase));
    }
};

} // namespace

TEST_CASE(
    "a flag opens and closes with a note in the reviewer's own file, and the dossier stays byte-identical", "[flags]")
{
    Reviewed r;
    const QByteArray dossierBefore = sha(r.pro.path);
    CHECK(r.flags == r.pro.path + QStringLiteral(".vlaggen"));
    ReviewerFlags f = r.created();
    CHECK_FALSE(ReviewerFlags::exists(r.flags)); // written with the first flag
    auto one = f.flag(r.first, QStringLiteral("Wie zegt dat? Geen bron."), QStringLiteral("r.bakker"));
    INFO(str(one.message()));
    REQUIRE(one.isOk());
    CHECK(one->number == 1);
    CHECK(one->open);
    CHECK(one->dossierHead.size() == 64);
    CHECK(one->dossierRows > 0);
    auto two = f.flag(r.second, QStringLiteral("Datum van de melding ontbreekt."), QStringLiteral("r.bakker"));
    REQUIRE(two.isOk());
    auto closed
        = f.close(1, QStringLiteral("Besproken met de professional; bron aangevuld."), QStringLiteral("r.bakker"));
    REQUIRE(closed.isOk());
    CHECK_FALSE(closed->open);
    const QString head = f.head();
    CHECK(f.events() == 3);
    // The family's and the reviewer's words are not in the file in the clear.
    CHECK_FALSE(readAll(r.flags).contains("Wie zegt dat"));
    CHECK((QFile::permissions(r.flags) & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    r.reopen();
    auto again = r.opened();
    INFO(str(again.message()));
    REQUIRE(again.isOk());
    REQUIRE(again->all().size() == 2);
    CHECK(again->head() == head);
    CHECK_FALSE(again->all()[0].open);
    CHECK(again->all()[0].closeNote == QStringLiteral("Besproken met de professional; bron aangevuld."));
    REQUIRE(again->openFlags().size() == 1);
    CHECK(again->openFlags()[0].entry == r.second);
    CHECK(again->openFlags()[0].note == QStringLiteral("Datum van de melding ontbreekt."));

    r.ro.reset();
    CHECK(sha(r.pro.path) == dossierBefore);
    const QStringList files = QDir(r.pro.dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(files == QStringList { QStringLiteral("dossier.inzage"), QStringLiteral("dossier.inzage.vlaggen") });
}

TEST_CASE("a flag opens and closes only with a note, on an entry that exists, and a refusal writes nothing", "[flags]")
{
    Reviewed r;
    ReviewerFlags f = r.created();
    REQUIRE(f.flag(r.first, QStringLiteral("Bron ontbreekt."), QStringLiteral("r.bakker")).isOk());
    const QByteArray before = readAll(r.flags);
    CHECK(f.flag(r.first, QStringLiteral("   "), QStringLiteral("r.bakker")).code() == ErrorCode::InvalidInput);
    CHECK(f.flag(999, QStringLiteral("Bestaat niet."), QStringLiteral("r.bakker")).code() == ErrorCode::NotFound);
    CHECK(f.close(1, QString(), QStringLiteral("r.bakker")).code() == ErrorCode::InvalidInput);
    CHECK(f.close(2, QStringLiteral("Geen vlag 2."), QStringLiteral("r.bakker")).code() == ErrorCode::NotFound);
    REQUIRE(f.close(1, QStringLiteral("Opgelost."), QStringLiteral("r.bakker")).isOk());
    const QByteArray closed = readAll(r.flags);
    CHECK(f.close(1, QStringLiteral("Nog eens."), QStringLiteral("r.bakker")).code() == ErrorCode::InvalidInput);
    CHECK(readAll(r.flags) == closed);
    CHECK(before != closed);
    CHECK(f.events() == 2);
}

TEST_CASE("a changed flag file is refused: any byte of header or content", "[flags]")
{
    Reviewed r;
    {
        ReviewerFlags f = r.created();
        REQUIRE(f.flag(r.first, QStringLiteral("Bron ontbreekt."), QStringLiteral("r.bakker")).isOk());
    }
    const QByteArray good = readAll(r.flags);
    REQUIRE(r.opened().isOk());

    SECTION("a byte of the sealed content")
    {
        QByteArray bad = good;
        bad[bad.size() - 5] = char(bad[bad.size() - 5] ^ 0x01);
        writeBytes(r.flags, bad);
        CHECK(r.opened().code() == ErrorCode::Damaged);
    }
    SECTION("the tail cut off")
    {
        writeBytes(r.flags, good.left(good.size() - 10));
        CHECK(r.opened().code() == ErrorCode::Damaged);
    }
    SECTION("a byte of the header's salt: another key, told apart from a changed content by the key check")
    {
        QByteArray bad = good;
        const int at = bad.indexOf("zout ") + 5;
        bad[at] = bad[at] == 'a' ? 'b' : 'a';
        writeBytes(r.flags, bad);
        CHECK(r.opened().code() == ErrorCode::WrongPassphrase);
    }
    SECTION("the header's key check swapped along with it is still caught by the seal")
    {
        QByteArray bad = good;
        const int at = bad.indexOf("sleutelcontrole ") + 16;
        bad[at] = bad[at] == 'a' ? 'b' : 'a';
        writeBytes(r.flags, bad);
        CHECK(r.opened().code() != ErrorCode::Ok);
    }
    SECTION("a wrong passphrase")
    {
        CHECK(r.opened("geraden").code() == ErrorCode::WrongPassphrase);
    }
    SECTION("someone else changed it since it was read: nothing is written over it")
    {
        auto mine = r.opened();
        REQUIRE(mine.isOk());
        auto theirs = r.opened();
        REQUIRE(theirs.isOk());
        REQUIRE(theirs->flag(r.second, QStringLiteral("Van de ander."), QStringLiteral("a.jansen")).isOk());
        const QByteArray after = readAll(r.flags);
        CHECK(mine->flag(r.second, QStringLiteral("Van mij."), QStringLiteral("r.bakker")).code() == ErrorCode::Busy);
        CHECK(readAll(r.flags) == after);
        CHECK(mine->all().size() == 1); // the refused flag is not kept in memory either
    }
}

TEST_CASE("another dossier's flag file is refused", "[flags]")
{
    Reviewed r;
    {
        ReviewerFlags f = r.created();
        REQUIRE(f.flag(r.first, QStringLiteral("Bron ontbreekt."), QStringLiteral("r.bakker")).isOk());
    }
    TempVault other { kProPass };
    giveIdentity(*other.vault);
    addEntry(*other.vault, QStringLiteral("Iets anders."));
    other.vault.reset();
    auto v = Vault::open(other.path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(v.isOk());
    auto wrong = ReviewerFlags::open(**v, r.flags, pass(kFlagPass));
    CHECK(wrong.code() == ErrorCode::InvalidInput);
    CHECK(wrong.message().contains(QStringLiteral("ander dossier")));
}

TEST_CASE("a new flag file is never made over an existing file", "[flags]")
{
    Reviewed r;
    writeBytes(r.flags, "iets\n");
    CHECK(
        ReviewerFlags::create(*r.ro, r.flags, pass(kFlagPass), KdfParams::fastForTests()).code() == ErrorCode::Exists);
    CHECK(readAll(r.flags) == "iets\n");
    CHECK(r.opened().code() == ErrorCode::InvalidInput);
}
