// The organisation's key and the signed checkpoint: a key file that opens only with its passphrase,
// a checkpoint that holds on the file it was made of, and each refusal (another key, a changed byte,
// another dossier, a longer chain: an older copy or a cut-off tail, a replaced chain).
#include "ExchangeSupport.h"

#include "audit/Checkpoint.h"
#include "audit/OrgKey.h"
#include "dossier/CaseFile.h"

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

const QDateTime kAt = QDateTime::fromString(QStringLiteral("2026-03-02T10:00:00.000Z"), Qt::ISODateWithMs);

OrgKey newKey()
{
    auto k = OrgKey::generate();
    REQUIRE(k.isOk());
    return std::move(*k);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

CheckpointVerdict checkOn(const QString& path, const Checkpoint& c, const OrgPublicKey& expected)
{
    auto v = Vault::open(path, pass(kProPass), OpenMode::ReadOnly);
    REQUIRE(v.isOk());
    auto verdict = Checkpoints::check(**v, c, expected);
    REQUIRE(verdict.isOk());
    return *verdict;
}

} // namespace

TEST_CASE("the organisation's key opens only with its passphrase, and its public file reads back", "[checkpoint]")
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("organisatie.key"));
    const OrgKey key = newKey();
    REQUIRE(key.write(keyPath, pass("sleutel wachtwoord"), KdfParams::fastForTests()).isOk());
    const QString pubPath = OrgKey::publicPathFor(keyPath);
    CHECK(pubPath == dir.filePath(QStringLiteral("organisatie.pub")));
    CHECK((QFile::permissions(keyPath) & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    auto read = OrgKey::read(keyPath, pass("sleutel wachtwoord"));
    INFO(str(read.message()));
    REQUIRE(read.isOk());
    CHECK(read->publicKey() == key.publicKey());
    const QByteArray message("regels 12");
    CHECK(OrgKey::verify(key.publicKey(), message, read->sign(message)));
    CHECK_FALSE(OrgKey::verify(key.publicKey(), QByteArray("regels 13"), read->sign(message)));

    CHECK(OrgKey::read(keyPath, pass("fout wachtwoord")).code() == ErrorCode::WrongPassphrase);
    // The secret never stands in the file in the clear.
    CHECK_FALSE(readAll(keyPath).contains(read->publicKey().key.toHex().left(8) + QByteArray("\ngeheim")));

    auto pub = OrgPublicKey::read(pubPath);
    REQUIRE(pub.isOk());
    CHECK(*pub == key.publicKey());
    CHECK(key.publicKey().fingerprint().size() == 39); // 8 groups of 4 hex digits
    // A bare hex key reads too; one digit short does not.
    CHECK(OrgPublicKey::parse(key.publicKey().key.toHex() + '\n').isOk());
    CHECK(OrgPublicKey::parse(key.publicKey().key.toHex().left(63)).code() == ErrorCode::InvalidInput);

    SECTION("never overwritten: an existing key or public file is refused and left as it was")
    {
        const QByteArray before = readAll(keyPath);
        CHECK(newKey().write(keyPath, pass("ander"), KdfParams::fastForTests()).code() == ErrorCode::Exists);
        CHECK(readAll(keyPath) == before);
        const QString other = dir.filePath(QStringLiteral("tweede.key"));
        writeBytes(OrgKey::publicPathFor(other), "al hier\n");
        CHECK(newKey().write(other, pass("ander"), KdfParams::fastForTests()).code() == ErrorCode::Exists);
        CHECK_FALSE(QFile::exists(other));
    }
    SECTION("another public key in the key file is refused as a changed file")
    {
        QByteArray text = readAll(keyPath);
        const QByteArray hex = key.publicKey().key.toHex();
        text.replace(hex, newKey().publicKey().key.toHex());
        writeBytes(keyPath, text);
        CHECK(OrgKey::read(keyPath, pass("sleutel wachtwoord")).code() == ErrorCode::Damaged);
    }
    SECTION("a fingerprint that does not belong to the public key is refused")
    {
        QByteArray text = readAll(pubPath);
        const int at = text.indexOf("vingerafdruk ") + 13;
        text[at] = text[at] == 'a' ? 'b' : 'a';
        writeBytes(pubPath, text);
        CHECK(OrgPublicKey::read(pubPath).code() == ErrorCode::Damaged);
    }
    SECTION("a key file asking for more key cost than allowed is refused before any is spent")
    {
        QByteArray text = readAll(keyPath);
        text.replace("\nkdf 1 3\n", "\nkdf 1 30\n");
        writeBytes(keyPath, text);
        CHECK(OrgKey::read(keyPath, pass("sleutel wachtwoord")).code() == ErrorCode::Damaged);
    }
}

TEST_CASE("a signed checkpoint holds on the file it was made of, and reads back byte for byte", "[checkpoint]")
{
    TempVault pro { kProPass };
    giveIdentity(*pro.vault);
    addEntry(*pro.vault, QStringLiteral("Eerste notitie."));
    addEntry(*pro.vault, QStringLiteral("Tweede notitie."));
    const OrgKey key = newKey();
    auto made = Checkpoints::make(*pro.vault, key, {}, kAt);
    REQUIRE(made.isOk());
    CHECK(made->length == auditRows(*pro.vault));
    CHECK(made->time == QStringLiteral("2026-03-02T10:00:00.000Z"));
    const QString file = pro.dir.filePath(QStringLiteral("dossier.checkpoint"));
    REQUIRE(Checkpoints::write(file, *made).isOk());
    CHECK(Checkpoints::write(file, *made).code() == ErrorCode::Exists);
    auto read = Checkpoint::read(file);
    INFO(str(read.message()));
    REQUIRE(read.isOk());
    CHECK(read->toText() == made->toText());
    pro.vault.reset();
    const CheckpointVerdict v = checkOn(pro.path, *read, key.publicKey());
    INFO(str(v.problem));
    CHECK(v.holds);

    SECTION("and still holds after the dossier went on: the position is still there")
    {
        auto rw = Vault::open(pro.path, pass(kProPass));
        REQUIRE(rw.isOk());
        addEntry(**rw, QStringLiteral("Derde notitie."));
        rw->reset();
        CHECK(checkOn(pro.path, *read, key.publicKey()).holds);
    }
}

TEST_CASE("a checkpoint signed with another key is refused", "[checkpoint]")
{
    TempVault pro { kProPass };
    giveIdentity(*pro.vault);
    addEntry(*pro.vault, QStringLiteral("Een notitie."));
    const OrgKey ours = newKey();
    const OrgKey theirs = newKey();
    auto made = Checkpoints::make(*pro.vault, theirs, {}, kAt);
    REQUIRE(made.isOk());
    pro.vault.reset();
    const CheckpointVerdict v = checkOn(pro.path, *made, ours.publicKey());
    CHECK_FALSE(v.holds);
    CHECK(v.problem.contains(QStringLiteral("andere sleutel")));
    CHECK(v.problem.contains(theirs.publicKey().fingerprint()));
}

TEST_CASE("a checkpoint with one byte changed is refused", "[checkpoint]")
{
    TempVault pro { kProPass };
    giveIdentity(*pro.vault);
    addEntry(*pro.vault, QStringLiteral("Een notitie."));
    addEntry(*pro.vault, QStringLiteral("Nog een notitie."));
    const OrgKey key = newKey();
    auto made = Checkpoints::make(*pro.vault, key, {}, kAt);
    REQUIRE(made.isOk());
    pro.vault.reset();
    const QByteArray text = made->toText();

    SECTION("a shorter chain claimed: the signature no longer fits")
    {
        QByteArray changed = text;
        changed.replace(QByteArray("\nregels ") + QByteArray::number(qint64(made->length)) + '\n',
            QByteArray("\nregels ") + QByteArray::number(qint64(made->length - 1)) + '\n');
        REQUIRE(changed != text);
        auto parsed = Checkpoint::parse(changed);
        REQUIRE(parsed.isOk());
        const CheckpointVerdict v = checkOn(pro.path, *parsed, key.publicKey());
        CHECK_FALSE(v.holds);
        CHECK(v.problem.contains(QStringLiteral("handtekening")));
    }
    SECTION("one digit of the signature")
    {
        QByteArray changed = text;
        const int at = changed.indexOf("handtekening ") + 20;
        changed[at] = changed[at] == '0' ? '1' : '0';
        auto parsed = Checkpoint::parse(changed);
        REQUIRE(parsed.isOk());
        CHECK_FALSE(checkOn(pro.path, *parsed, key.publicKey()).holds);
    }
    SECTION("a line added, a CR, or the last newline gone: not a checkpoint at all")
    {
        CHECK(Checkpoint::parse(text + "extra 1\n").code() == ErrorCode::InvalidInput);
        CHECK(Checkpoint::parse(QByteArray(text).replace('\n', "\r\n")).code() == ErrorCode::InvalidInput);
        CHECK(Checkpoint::parse(text.left(text.size() - 1)).code() == ErrorCode::InvalidInput);
        CHECK(Checkpoint::parse(QByteArray(text).replace("INZAGE-CONTROLEPUNT 1", "INZAGE-CONTROLEPUNT 2")).code()
            == ErrorCode::NewerFormat);
    }
}

TEST_CASE("a checkpoint of another dossier is refused", "[checkpoint]")
{
    TempVault one { kProPass };
    giveIdentity(*one.vault);
    TempVault other { kProPass };
    giveIdentity(*other.vault);
    addEntry(*one.vault, QStringLiteral("Een notitie."));
    addEntry(*other.vault, QStringLiteral("Een notitie."));
    const OrgKey key = newKey();
    auto made = Checkpoints::make(*other.vault, key, {}, kAt);
    REQUIRE(made.isOk());
    one.vault.reset();
    const CheckpointVerdict v = checkOn(one.path, *made, key.publicKey());
    CHECK_FALSE(v.holds);
    CHECK(v.problem.contains(QStringLiteral("ander dossier")));
}

TEST_CASE("a checkpoint from a longer chain than the file is refused: an older copy, or a cut-off tail", "[checkpoint]")
{
    TempVault pro { kProPass };
    giveIdentity(*pro.vault);
    addEntry(*pro.vault, QStringLiteral("Een notitie."));
    pro.vault.reset();
    const QString older = pro.dir.filePath(QStringLiteral("oud.inzage"));
    REQUIRE(QFile::copy(pro.path, older));
    auto rw = Vault::open(pro.path, pass(kProPass));
    REQUIRE(rw.isOk());
    addEntry(**rw, QStringLiteral("Later toegevoegd."));
    const OrgKey key = newKey();
    auto made = Checkpoints::make(**rw, key, {}, kAt);
    REQUIRE(made.isOk());
    rw->reset();
    CHECK(checkOn(pro.path, *made, key.publicKey()).holds);

    // The whole file rolled back to the copy made before the checkpoint.
    const CheckpointVerdict v = checkOn(older, *made, key.publicKey());
    CHECK_FALSE(v.holds);
    CHECK(v.chainLength < made->length);
    CHECK(v.problem.contains(QStringLiteral("langer logboek")));

    SECTION("the older copy written on afterwards: as long again, but another chain")
    {
        auto fork = Vault::open(older, pass(kProPass));
        REQUIRE(fork.isOk());
        addEntry(**fork, QStringLiteral("Iets anders."));
        addEntry(**fork, QStringLiteral("En nog iets."));
        fork->reset();
        const CheckpointVerdict forked = checkOn(older, *made, key.publicKey());
        CHECK_FALSE(forked.holds);
        CHECK(forked.chainLength >= made->length);
        CHECK(forked.problem.contains(QStringLiteral("Regel %1").arg(made->length)));
    }
}

TEST_CASE("a checkpoint is of the professional's dossier, not of a parent copy", "[checkpoint]")
{
    ExchangePair pair;
    giveIdentity(*pair.pro.vault);
    addEntry(*pair.pro.vault, QStringLiteral("Een notitie."));
    pair.makeCopy();
    CHECK(Checkpoints::make(*pair.copy, newKey()).code() == ErrorCode::Forbidden);
}

TEST_CASE("a dossier without an identity yet gets no checkpoint, with a message that says why", "[checkpoint]")
{
    TempVault pro { kProPass };
    addEntry(*pro.vault, QStringLiteral("Een notitie."));
    auto made = Checkpoints::make(*pro.vault, newKey());
    CHECK(made.code() == ErrorCode::InvalidInput);
    CHECK(made.message().contains(QStringLiteral("dossiergegevens")));
}
