// The entry verifier: an entry changed in the file behind Inzage's back (with the passphrase and the
// sqlcipher shell) is named by its id, also when the audit chain itself is untouched.
#include "ExchangeSupport.h"

#include "audit/AuditChain.h"
#include "audit/EntryCheck.h"
#include "audit/EntryFingerprint.h"
#include "demo/DemoDossier.h"
#include "dossier/Access.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

using namespace inzage;
using namespace inzage::test;

namespace {

EntryCheckVerdict check(Vault& v)
{
    auto r = EntryCheck::run(v);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    INFO("problem: " << str(r->problem));
    return *r;
}

// Three entries, the second revised once (two revisions), the third with a source spoken to.
struct ThreeEntries {
    TempVault t;
    Id first = 0, second = 0, third = 0;

    ThreeEntries()
    {
        first = addEntry(*t.vault, QStringLiteral("De moeder belde op maandag."));
        second = addEntry(*t.vault, QStringLiteral("De school meldt verzuim."));
        Entries entries(*t.vault, professional());
        REQUIRE(
            entries.setLabel(second, Label::Feit, BasisKind::Document, QStringLiteral("verzuimlijst 3-2024"), {}, {})
                .isOk());
        const Id teacher = addPerson(*t.vault, QStringLiteral("Mevrouw Smit"));
        EntryContent c = note(QStringLiteral("De leerkracht vertelde over de pauzes."));
        c.label = Label::Bron;
        c.spokenTo.push_back(spoke(teacher, QStringLiteral("2024-03-04")));
        third = addEntry(*t.vault, c);
    }

    Vault& vault() { return *t.vault; }
};

} // namespace

TEST_CASE("the audit description of a revision keeps its exact earlier form", "[audit][entries]")
{
    EntryContent c = note(QStringLiteral("Tekst"), QStringLiteral("Gesprekken"));
    c.label = Label::Mening;
    c.visibleToParent = false;
    c.spokenTo.resize(2);
    CHECK(describeRevision(c, 3)
        == QStringLiteral("rev=3; label=mening; section=Gesprekken; spoken_to=2; visible=0; text=%1")
               .arg(textFingerprint(QStringLiteral("Tekst"))));
    CHECK(describeRevision(c, 3)
        == describeRevision(
            3, QStringLiteral("mening"), QStringLiteral("Gesprekken"), 2, false, QStringLiteral("Tekst")));
}

TEST_CASE("untouched entries agree with the audit chain", "[audit][entries]")
{
    ThreeEntries f;
    const EntryCheckVerdict v = check(f.vault());
    CHECK(v.intact);
    CHECK(v.entries == 3);
    CHECK(v.firstBadEntry == 0);
    CHECK(v.problem.isEmpty());
    CHECK(v.note.isEmpty());
}

TEST_CASE("an entry's text edited in place is named by its id", "[audit][entries]")
{
    ThreeEntries f;
    rawSql(f.vault(), "DROP TRIGGER entry_revision_no_update");
    const QByteArray sql = "UPDATE entry_revision SET text = 'De moeder belde nooit.' WHERE entry_id = "
        + QByteArray::number(qint64(f.first));
    rawSql(f.vault(), sql.constData());
    const EntryCheckVerdict v = check(f.vault());
    CHECK(!v.intact);
    CHECK(v.firstBadEntry == f.first);
    CHECK(v.problem.contains(QStringLiteral("de tekst")));
    CHECK(!v.problem.contains(QStringLiteral("het label")));
    // The chain itself is intact: only the comparison catches this.
    auto chain = AuditChain::verify(f.vault().db());
    REQUIRE(chain.isOk());
    CHECK(chain->intact);
}

TEST_CASE("an entry's label copy changed on the entry row is named by its id", "[audit][entries]")
{
    ThreeEntries f;
    const QByteArray sql = "UPDATE entry SET label = 'feit' WHERE id = " + QByteArray::number(qint64(f.third));
    rawSql(f.vault(), sql.constData());
    const EntryCheckVerdict v = check(f.vault());
    CHECK(!v.intact);
    CHECK(v.firstBadEntry == f.third);
    CHECK(v.problem.contains(QStringLiteral("label feit")));
    CHECK(v.problem.contains(QStringLiteral("bron")));
}

TEST_CASE("a label changed in both the revision and its copy still differs from the audit row", "[audit][entries]")
{
    ThreeEntries f;
    rawSql(f.vault(), "DROP TRIGGER entry_revision_no_update");
    const QByteArray id = QByteArray::number(qint64(f.first));
    rawSql(f.vault(), ("UPDATE entry_revision SET label = 'feit' WHERE entry_id = " + id).constData());
    rawSql(f.vault(), ("UPDATE entry SET label = 'feit' WHERE id = " + id).constData());
    const EntryCheckVerdict v = check(f.vault());
    CHECK(!v.intact);
    CHECK(v.firstBadEntry == f.first);
    CHECK(v.problem.contains(QStringLiteral("het label")));
}

TEST_CASE("an entry pointed back at an older revision is named by its id", "[audit][entries]")
{
    ThreeEntries f;
    const QByteArray sql = "UPDATE entry SET current_revision_id = (SELECT id FROM entry_revision WHERE entry_id = "
        + QByteArray::number(qint64(f.second))
        + " AND rev = 1), label = 'onbeoordeeld' WHERE id = " + QByteArray::number(qint64(f.second));
    rawSql(f.vault(), sql.constData());
    const EntryCheckVerdict v = check(f.vault());
    CHECK(!v.intact);
    CHECK(v.firstBadEntry == f.second);
    CHECK(v.problem.contains(QStringLiteral("nieuwere versie 2")));
}

TEST_CASE("a deleted revision is named by its entry's id", "[audit][entries]")
{
    ThreeEntries f;
    rawSql(f.vault(), "DROP TRIGGER entry_revision_no_delete");
    const QByteArray id = QByteArray::number(qint64(f.second));

    SECTION("the current revision")
    {
        rawSql(f.vault(), ("DELETE FROM entry_revision WHERE entry_id = " + id + " AND rev = 2").constData());
        const EntryCheckVerdict v = check(f.vault());
        CHECK(!v.intact);
        CHECK(v.firstBadEntry == f.second);
        CHECK(v.problem.contains(QStringLiteral("geen huidige versie")));
    }
    SECTION("the current revision, with the entry pointed at the one before")
    {
        rawSql(f.vault(),
            ("UPDATE entry SET label = 'onbeoordeeld', current_revision_id = (SELECT id FROM "
             "entry_revision WHERE entry_id = "
                + id + " AND rev = 1) WHERE id = " + id)
                .constData());
        rawSql(f.vault(), ("DELETE FROM entry_revision WHERE entry_id = " + id + " AND rev = 2").constData());
        const EntryCheckVerdict v = check(f.vault());
        CHECK(!v.intact);
        CHECK(v.firstBadEntry == f.second);
        CHECK(v.problem.contains(QStringLiteral("het versienummer")));
    }
    SECTION("an earlier revision")
    {
        rawSql(f.vault(), ("DELETE FROM entry_revision WHERE entry_id = " + id + " AND rev = 1").constData());
        const EntryCheckVerdict v = check(f.vault());
        CHECK(!v.intact);
        CHECK(v.firstBadEntry == f.second);
        CHECK(v.problem.contains(QStringLiteral("ontbreken eerdere versies")));
    }
}

TEST_CASE("an entry added or removed outside Inzage is named by its id", "[audit][entries]")
{
    ThreeEntries f;
    SECTION("added without an audit row")
    {
        rawSql(f.vault(),
            "INSERT INTO entry(id, position, created_at, label, section) "
            "VALUES (99, 99, '2024-01-01', 'onbeoordeeld', 'Aanleiding')");
        rawSql(f.vault(),
            "INSERT INTO entry_revision(entry_id, rev, text, section, recorded_at, changed_by) "
            "VALUES (99, 1, 'Ingevoegd', 'Aanleiding', '2024-01-01', 'iemand')");
        rawSql(f.vault(), "UPDATE entry SET current_revision_id = last_insert_rowid() WHERE id = 99");
        const EntryCheckVerdict v = check(f.vault());
        CHECK(!v.intact);
        CHECK(v.firstBadEntry == 99);
        CHECK(v.problem.contains(QStringLiteral("niet in het logboek")));
    }
    SECTION("removed with its revisions")
    {
        rawSql(f.vault(), "DROP TRIGGER entry_revision_no_delete");
        const QByteArray id = QByteArray::number(qint64(f.first));
        rawSql(f.vault(), ("DELETE FROM entry_revision WHERE entry_id = " + id).constData());
        rawSql(f.vault(), ("DELETE FROM entry WHERE id = " + id).constData());
        const EntryCheckVerdict v = check(f.vault());
        CHECK(!v.intact);
        CHECK(v.firstBadEntry == f.first);
        CHECK(v.problem.contains(QStringLiteral("ontbreekt")));
    }
}

TEST_CASE("the demo dossier's entries agree with its audit chain", "[audit][entries][demo]")
{
    TempVault t;
    REQUIRE(buildDemoDossier(*t.vault).isOk());
    const EntryCheckVerdict v = check(*t.vault);
    CHECK(v.intact);
    CHECK(v.entries >= 15);
}

TEST_CASE("a vault and parent copy of format 1 verify clean, the copy with a note", "[audit][entries][format1]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString data = QStringLiteral(INZAGE_TEST_DATA_DIR "/format1/");
    for (const char* name : { "professional.inzage", "ouderexemplaar.inzage" })
        REQUIRE(QFile::copy(data + QLatin1String(name), dir.filePath(QLatin1String(name))));
    auto passOf = [&](const char* file) {
        QFile f(data + QLatin1String(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray p = f.readAll().trimmed();
        return SecureBytes(p.constData(), std::size_t(p.size()));
    };
    auto pro = Vault::open(dir.filePath(QStringLiteral("professional.inzage")), passOf("professional.pass"));
    INFO(str(pro.message()));
    REQUIRE(pro.isOk());
    const EntryCheckVerdict proVerdict = check(**pro);
    CHECK(proVerdict.intact);
    CHECK(proVerdict.entries > 0);

    auto copy = Vault::open(dir.filePath(QStringLiteral("ouderexemplaar.inzage")), passOf("ouder.pass"));
    INFO(str(copy.message()));
    REQUIRE(copy.isOk());
    const EntryCheckVerdict copyVerdict = check(**copy);
    CHECK(copyVerdict.intact);
    CHECK(copyVerdict.note.contains(QStringLiteral("geen vingerafdruk")));
}

TEST_CASE("a parent copy is checked against the digest recorded when it was made", "[audit][entries][ouderexemplaar]")
{
    ExchangePair p;
    const Id shown = addEntry(*p.pro.vault, QStringLiteral("Zichtbaar voor de ouder."));
    addEntry(*p.pro.vault, QStringLiteral("Nog een zichtbare notitie."));
    p.makeCopy();

    SECTION("a copy made now carries its digest row, so there is nothing to note")
    {
        const EntryCheckVerdict v = check(*p.copy);
        CHECK(v.intact);
        CHECK(v.note.isEmpty());
        CHECK(scalar(*p.copy, "SELECT count(*) FROM audit WHERE action = 'parent-copy.entries'") == 1);
    }
    SECTION("with the digest row")
    {
        auto record = parentCopyEntriesRecord(p.copy->db());
        REQUIRE(record.isOk());
        CHECK(record->startsWith(QStringLiteral("entries=2; digest=")));
        CHECK(record->endsWith(entriesDigest(p.copy->db())));
        CHECK(entriesDigest(p.copy->db()).size() == 64);
        REQUIRE(AuditChain::append(p.copy->db(),
            { professional().describe(), QString::fromLatin1(kParentCopyEntriesAction), QStringLiteral("exchange:x"),
                {}, *record })
                    .isOk());
        const EntryCheckVerdict clean = check(*p.copy);
        CHECK(clean.intact);
        CHECK(clean.note.isEmpty());

        rawSql(*p.copy, "DROP TRIGGER entry_revision_no_update");
        const QByteArray sql
            = "UPDATE entry_revision SET text = 'Anders.' WHERE entry_id = " + QByteArray::number(qint64(shown));
        rawSql(*p.copy, sql.constData());
        const QString before = record->section(QStringLiteral("digest="), 1);
        CHECK(entriesDigest(p.copy->db()) != before);
        const EntryCheckVerdict tampered = check(*p.copy);
        CHECK(!tampered.intact);
        CHECK(tampered.problem.contains(QStringLiteral("vingerafdruk")));
    }
    SECTION("a label copy changed in the copy is named by its id, digest row or not")
    {
        const QByteArray sql = "UPDATE entry SET label = 'mening' WHERE id = " + QByteArray::number(qint64(shown));
        rawSql(*p.copy, sql.constData());
        const EntryCheckVerdict v = check(*p.copy);
        CHECK(!v.intact);
        CHECK(v.firstBadEntry == shown);
    }
}

TEST_CASE("the entry check over a million audit rows takes seconds", "[.][bench][audit][entries]")
{
    TempVault t;
    std::vector<EntryContent> contents;
    for (int i = 0; i < 100'000; ++i)
        contents.push_back(note(QStringLiteral("Notitie nummer %1 over de schoolweek en het huisbezoek.").arg(i)));
    REQUIRE(Entries(*t.vault, professional()).addAll(contents, QStringLiteral("bench")).isOk());
    {
        Transaction tx(t.vault->db());
        REQUIRE(tx.begun().isOk());
        AuditChain::Appender appender(t.vault->db());
        for (int i = 0; i < 900'000; ++i)
            REQUIRE(appender
                        .append({ QStringLiteral("x"), QStringLiteral("test.filler"), QStringLiteral("dossier:1"), {},
                            QStringLiteral("regel %1").arg(i) })
                        .isOk());
        REQUIRE(tx.commit().isOk());
    }
    REQUIRE(auditRows(*t.vault) == 1'000'000);
    QElapsedTimer timer;
    timer.start();
    const EntryCheckVerdict v = check(*t.vault);
    const qint64 ms = timer.elapsed();
    WARN("entry check over 1,000,000 audit rows and 100,000 entries: " << ms << " ms");
    CHECK(v.intact);
    CHECK(ms < 20'000);
}

TEST_CASE("a revision is described exactly as every earlier version wrote it even with a percent sign", "[verify]")
{
    // Earlier versions built the description with a chain of QString::arg, which let a "%N" in
    // the section feed the later arguments; files hold those texts, so the fast path must agree.
    auto chained = [](int rev, const QString& label, const QString& section, qint64 n, bool visible, const QString& text) {
        return QStringLiteral("rev=%1; label=%2; section=%3; spoken_to=%4; visible=%5; text=%6")
            .arg(rev)
            .arg(label, section)
            .arg(n)
            .arg(visible ? 1 : 0)
            .arg(textFingerprint(text));
    };
    for (const QString& section : { QStringLiteral("Gesprek met moeder"), QStringLiteral("Groei 100%"),
             QStringLiteral("Sectie %4 en %6"), QString() }) {
        INFO(str(section));
        CHECK(describeRevision(3, QStringLiteral("bron"), section, 2, true, QStringLiteral("Tekst.")) ==
            chained(3, QStringLiteral("bron"), section, 2, true, QStringLiteral("Tekst.")));
        CHECK(describeRevision(1, QStringLiteral("feit"), section, 0, false, QString()) ==
            chained(1, QStringLiteral("feit"), section, 0, false, QString()));
    }
}
