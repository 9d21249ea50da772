#include "DomainSupport.h"

#include "audit/AuditChain.h"
#include "dossier/Answers.h"
#include "dossier/CaseFile.h"

using namespace inzage;
using namespace inzage::test;

namespace {

// Five audit rows (seq 1..5), one per added entry.
void fiveRows(Vault& v)
{
    for (int i = 1; i <= 5; ++i)
        addEntry(v, QStringLiteral("Notitie %1").arg(i));
    REQUIRE(auditRows(v) == 5);
}

void dropAuditTriggers(Vault& v)
{
    rawSql(v, "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;");
}

AuditVerdict verify(Vault& v, const QByteArray& expectedHead = {})
{
    auto r = AuditChain::verify(v.db(), expectedHead);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    return *r;
}

QByteArray hashOf(Vault& v, int seq)
{
    Statement st(v.db(), "SELECT hash FROM audit WHERE seq = ?1");
    st.bind(1, seq);
    REQUIRE(st.step() == SQLITE_ROW);
    return st.blob(0);
}

} // namespace

TEST_CASE("an intact chain verifies and counts every row", "[audit]")
{
    TempVault t;
    fiveRows(*t.vault);
    const AuditVerdict v = verify(*t.vault);
    CHECK(v.intact);
    CHECK(v.rows == 5);
    CHECK(v.rows == auditRows(*t.vault));
    CHECK(v.firstBadSeq == 0);
    CHECK(v.problem.isEmpty());
    CHECK(v.head == AuditChain::head(t.vault->db()));
    CHECK(v.head == hashOf(*t.vault, 5));
    CHECK(v.head.size() == 32);
}

TEST_CASE("an empty chain is intact, also against the head it printed when empty", "[audit]")
{
    TempVault t;
    const QByteArray emptyHead = AuditChain::head(t.vault->db());
    CHECK(emptyHead == QByteArray(32, '\0'));
    const AuditVerdict v = verify(*t.vault, emptyHead);
    CHECK(v.intact);
    CHECK(v.rows == 0);

    // The empty head stays a valid earlier head once rows are added.
    addEntry(*t.vault, QStringLiteral("eerste"));
    CHECK(verify(*t.vault, emptyHead).intact);
}

TEST_CASE("each row links to the previous row's hash and hashes its canonical form", "[audit]")
{
    TempVault t;
    fiveRows(*t.vault);
    Statement st(t.vault->db(), "SELECT seq, ts, actor, action, object, before, after, prev_hash, hash FROM audit ORDER BY seq");
    QByteArray prev(32, '\0');
    int n = 0;
    while (st.step() == SQLITE_ROW) {
        ++n;
        CHECK(st.integer(0) == n);
        CHECK(st.blob(7) == prev);
        const AuditRecord r {st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
        CHECK(st.blob(8) == AuditChain::hash(prev, AuditChain::canonical(n, st.text(1), r)));
        prev = st.blob(8);
    }
    CHECK(n == 5);
}

TEST_CASE("the canonical row is length-prefixed so shifting text between fields changes the hash", "[audit]")
{
    const AuditRecord a {QStringLiteral("x"), QStringLiteral("entry.add"), QStringLiteral("entry:1\n5:after"), {}, {}};
    const AuditRecord b {QStringLiteral("x"), QStringLiteral("entry.add"), QStringLiteral("entry:1"), QStringLiteral("after"), {}};
    const QString ts = QStringLiteral("2024-01-01T00:00:00.000Z");
    CHECK(AuditChain::canonical(1, ts, a) != AuditChain::canonical(1, ts, b));
    CHECK(AuditChain::canonical(1, ts, a) != AuditChain::canonical(2, ts, a));
    const QByteArray prev(32, '\0');
    CHECK(AuditChain::hash(prev, AuditChain::canonical(1, ts, a)) != AuditChain::hash(prev, AuditChain::canonical(1, ts, b)));
    CHECK(AuditChain::hash(prev, AuditChain::canonical(1, ts, a)).size() == 32);
}

TEST_CASE("adding an entry writes its audit row in the same transaction", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id id = addEntry(v, QStringLiteral("De moeder belde om 9 uur."));
    CHECK(auditRows(v) == 1);
    CHECK(scalarText(v, "SELECT action FROM audit WHERE seq = 1") == QStringLiteral("entry.add"));
    CHECK(scalarText(v, "SELECT object FROM audit WHERE seq = 1") == QStringLiteral("entry:%1").arg(id));
    CHECK(scalarText(v, "SELECT actor FROM audit WHERE seq = 1") == professional().describe());
    CHECK(scalarText(v, "SELECT before FROM audit WHERE seq = 1").isEmpty());
    CHECK(scalarText(v, "SELECT after FROM audit WHERE seq = 1").contains(QStringLiteral("label=onbeoordeeld")));
    // The audit row holds a fingerprint, never the entry text itself.
    CHECK(!scalarText(v, "SELECT after FROM audit WHERE seq = 1").contains(QStringLiteral("moeder")));
}

TEST_CASE("when the audit row cannot be written the entry is not stored either", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    rawSql(v, "CREATE TRIGGER audit_refuse BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'geen logboek'); END;");
    auto r = Entries(v, professional()).add(note(QStringLiteral("mag niet blijven staan")));
    REQUIRE_FALSE(r.isOk());
    CHECK(scalar(v, "SELECT count(*) FROM entry") == 0);
    CHECK(scalar(v, "SELECT count(*) FROM entry_revision") == 0);
    CHECK(scalar(v, "SELECT count(*) FROM entry_search") == 0);
    CHECK(auditRows(v) == 0);

    // Nothing is left half-open: once the log works again, the same add succeeds.
    rawSql(v, "DROP TRIGGER audit_refuse");
    addEntry(v, QStringLiteral("nu wel"));
    CHECK(scalar(v, "SELECT count(*) FROM entry") == 1);
    CHECK(auditRows(v) == 1);
}

TEST_CASE("when a change fails after its audit row was written, the audit row is rolled back too", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    EntryContent bad = note(QStringLiteral("bron met een onbekende persoon"));
    bad.label = Label::Bron;
    bad.spokenTo.push_back(spoke(9999, {}, Method::Telefoon));
    // The first entry (and its audit row) is written before the second one fails.
    auto r = Entries(v, professional()).addAll({note(QStringLiteral("goed")), bad}, {});
    REQUIRE_FALSE(r.isOk());
    CHECK(scalar(v, "SELECT count(*) FROM entry") == 0);
    CHECK(auditRows(v) == 0);
    CHECK(verify(v).intact);
}

TEST_CASE("every kind of change leaves exactly one audit row naming what it did", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    const Id person = addPerson(v, QStringLiteral("Juf Anna"));
    CHECK(auditRows(v) == 1);
    const Id entry = addEntry(v, QStringLiteral("Anna vertelde dat Tim vaak moe is."));
    CHECK(auditRows(v) == 2);
    Entries entries(v, professional());
    REQUIRE(entries.addSpokenTo(entry, spoke(person, QStringLiteral("2024-03-01"))).isOk());
    CHECK(auditRows(v) == 3);
    REQUIRE(entries.setLabel(entry, Label::Bron, BasisKind::Geen, {}, std::nullopt, {}).isOk());
    CHECK(auditRows(v) == 4);
    auto answer = Answers(v, professional()).add(entry, AnswerKind::Vraag, QStringLiteral("Wanneer was dat?"));
    REQUIRE(answer.isOk());
    CHECK(auditRows(v) == 5);
    REQUIRE(Answers(v, professional()).handle(answer->id, AnswerStatus::InBehandeling, {}).isOk());
    CHECK(auditRows(v) == 6);
    CaseInfo info;
    info.caseNumber = QStringLiteral("VT-2024-0042");
    REQUIRE(CaseFile(v, professional()).setInfo(info).isOk());
    CHECK(auditRows(v) == 7);
    Appointment a;
    a.description = QStringLiteral("Huisbezoek");
    REQUIRE(CaseFile(v, professional()).addAppointment(a).isOk());
    CHECK(auditRows(v) == 8);

    QStringList actions;
    Statement st(v.db(), "SELECT action FROM audit ORDER BY seq");
    while (st.step() == SQLITE_ROW)
        actions << st.text(0);
    CHECK(actions == QStringList {"person.add", "entry.add", "entry.revise", "entry.revise", "answer.add",
                                  "answer.status", "dossier.update", "appointment.add"});
    CHECK(verify(v).intact);
    CHECK(verify(v).rows == 8);
}

TEST_CASE("a refused change writes no audit row", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    {
        auto readOnly = Vault::open(t.path, pass("correct paard batterij"), OpenMode::ReadOnly);
        REQUIRE(readOnly.isOk());
        CHECK_FALSE(Entries(**readOnly, reviewer()).add(note(QStringLiteral("x"))).isOk());
    }
    CHECK_FALSE(Entries(v, professional()).add(note(QStringLiteral("   "))).isOk());
    CHECK(auditRows(v) == 0);
}

TEST_CASE("the audit table refuses UPDATE and DELETE", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    const QByteArray before = hashOf(v, 3);
    CHECK(rawSqlCode(v, "UPDATE audit SET after = 'x' WHERE seq = 3") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "UPDATE audit SET seq = 99 WHERE seq = 5") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "DELETE FROM audit WHERE seq = 3") == SQLITE_CONSTRAINT);
    CHECK(rawSqlCode(v, "DELETE FROM audit") == SQLITE_CONSTRAINT);
    CHECK(auditRows(v) == 5);
    CHECK(hashOf(v, 3) == before);
    CHECK(verify(v).intact);
}

TEST_CASE("the verifier names the first bad seq for an edited row", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    dropAuditTriggers(v);

    SECTION("edited content")
    {
        rawSql(v, "UPDATE audit SET after = 'x' WHERE seq = 3");
    }
    SECTION("edited actor")
    {
        rawSql(v, "UPDATE audit SET actor = 'iemand anders' WHERE seq = 3");
    }
    SECTION("edited time stamp")
    {
        rawSql(v, "UPDATE audit SET ts = '2000-01-01T00:00:00.000Z' WHERE seq = 3");
    }
    const AuditVerdict verdict = verify(v);
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBadSeq == 3);
    CHECK(verdict.rows == 5);
    CHECK(verdict.problem.contains(QStringLiteral("3")));
}

TEST_CASE("the verifier names the first bad seq for an edited row whose hash was recomputed", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    dropAuditTriggers(v);
    // A careful forger recomputes row 3's hash; row 4 then no longer links to it.
    rawSql(v, "UPDATE audit SET after = 'vervalst' WHERE seq = 3");
    Statement st(v.db(), "SELECT ts, actor, action, object, before, after, prev_hash FROM audit WHERE seq = 3");
    REQUIRE(st.step() == SQLITE_ROW);
    const AuditRecord r {st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
    const QByteArray forged = AuditChain::hash(st.blob(6), AuditChain::canonical(3, st.text(0), r));
    Statement up(v.db(), "UPDATE audit SET hash = ?1 WHERE seq = 3");
    up.bindBlob(1, forged);
    REQUIRE(up.exec(QStringLiteral("forge")).isOk());

    const AuditVerdict verdict = verify(v);
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBadSeq == 4);
}

TEST_CASE("the verifier names the first bad seq for a deleted row", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    dropAuditTriggers(v);
    rawSql(v, "DELETE FROM audit WHERE seq = 3");
    const AuditVerdict verdict = verify(v);
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBadSeq == 3);
    CHECK(verdict.rows == 4);
    CHECK(verdict.problem.contains(QStringLiteral("3")));
}

TEST_CASE("the verifier names the first bad seq for a deleted row with the rest renumbered", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    dropAuditTriggers(v);
    rawSql(v, "DELETE FROM audit WHERE seq = 3; UPDATE audit SET seq = seq + 1000 WHERE seq > 3; "
              "UPDATE audit SET seq = seq - 1001 WHERE seq > 1000;");
    REQUIRE(auditRows(v) == 4);
    REQUIRE(scalar(v, "SELECT max(seq) FROM audit") == 4);
    const AuditVerdict verdict = verify(v);
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBadSeq == 3);
}

TEST_CASE("the verifier names the first bad seq for an inserted row", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    dropAuditTriggers(v);
    // Make room at seq 3.
    rawSql(v, "UPDATE audit SET seq = seq + 1000 WHERE seq >= 3; UPDATE audit SET seq = seq - 999 WHERE seq > 1000;");
    REQUIRE(scalar(v, "SELECT count(*) FROM audit WHERE seq = 3") == 0);

    SECTION("with made-up hashes the inserted row itself is named")
    {
        rawSql(v, "INSERT INTO audit(seq, ts, actor, action, object, before, after, prev_hash, hash) VALUES "
                  "(3, '2024-01-01T00:00:00.000Z', 'x', 'entry.add', 'entry:99', '', '', zeroblob(32), randomblob(32))");
        const AuditVerdict verdict = verify(v);
        CHECK_FALSE(verdict.intact);
        CHECK(verdict.firstBadSeq == 3);
        CHECK(verdict.rows == 6);
    }
    SECTION("a correctly hashed inserted row is caught where the chain breaks, right after it")
    {
        const QByteArray prev = hashOf(v, 2);
        const QString ts = QStringLiteral("2024-01-01T00:00:00.000Z");
        const AuditRecord r {QStringLiteral("x"), QStringLiteral("entry.add"), QStringLiteral("entry:99"), {}, {}};
        Statement ins(v.db(), "INSERT INTO audit(seq, ts, actor, action, object, before, after, prev_hash, hash) "
                              "VALUES (3, ?1, ?2, ?3, ?4, '', '', ?5, ?6)");
        ins.bind(1, ts).bind(2, r.actor).bind(3, r.action).bind(4, r.object).bindBlob(5, prev);
        ins.bindBlob(6, AuditChain::hash(prev, AuditChain::canonical(3, ts, r)));
        REQUIRE(ins.exec(QStringLiteral("insert")).isOk());
        const AuditVerdict verdict = verify(v);
        CHECK_FALSE(verdict.intact);
        CHECK(verdict.firstBadSeq == 4);
    }
}

TEST_CASE("the verifier names the first bad seq for reordered rows", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    dropAuditTriggers(v);
    // Swap rows 3 and 4.
    rawSql(v, "UPDATE audit SET seq = 100 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 4; "
              "UPDATE audit SET seq = 4 WHERE seq = 100;");
    REQUIRE(auditRows(v) == 5);
    const AuditVerdict verdict = verify(v);
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBadSeq == 3);
    CHECK(verdict.rows == 5);
}

TEST_CASE("truncating the tail is caught when the earlier head is given", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    const QByteArray printedHead = AuditChain::head(v.db());
    CHECK(verify(v, printedHead).intact);

    dropAuditTriggers(v);
    rawSql(v, "DELETE FROM audit WHERE seq >= 4");

    // Without the printed head the shorter chain looks fine: that is why reports print it.
    const AuditVerdict blind = verify(v);
    CHECK(blind.intact);
    CHECK(blind.rows == 3);

    const AuditVerdict verdict = verify(v, printedHead);
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBadSeq == 4);
    CHECK(verdict.rows == 3);
    CHECK_FALSE(verdict.problem.isEmpty());
}

TEST_CASE("an earlier head stays valid after the chain grows", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    const QByteArray printedHead = AuditChain::head(v.db());
    addEntry(v, QStringLiteral("later toegevoegd"));
    const AuditVerdict verdict = verify(v, printedHead);
    CHECK(verdict.intact);
    CHECK(verdict.rows == 6);
    CHECK(verdict.head != printedHead);
}

TEST_CASE("a head that never belonged to this chain is reported", "[audit]")
{
    TempVault t;
    Vault& v = *t.vault;
    fiveRows(v);
    const AuditVerdict verdict = verify(v, QByteArray(32, '\x5a'));
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBadSeq == 6);
}
