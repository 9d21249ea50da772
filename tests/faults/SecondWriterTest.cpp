// A second writer at the same time: two connections to the same file. While the first holds the
// write lock (BEGIN IMMEDIATE), the second's write waits for its busy timeout, then fails with
// ErrorCode::Busy and a message a person understands; the first's work is untouched.

#include "FaultSupport.h"

#include "audit/AuditChain.h"
#include "dossier/Persons.h"
#include "vault/Sql.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace inzage;
using namespace inzage::faults;

TEST_CASE("a second writer waits, then gets Busy with a clear message, and nothing is lost", "[faults][busy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dossier.inzage"));
    auto first = createVault(path);
    Entries firstEntries(*first, professional());
    std::vector<Id> committed;
    for (int i = 1; i <= 5; ++i) {
        auto id = firstEntries.add(entryText(QStringLiteral("Vooraf vastgelegd %1").arg(i)));
        REQUIRE(id.isOk());
        committed.push_back(*id);
    }

    auto second = openVault(path);
    // The vault waits 5 s for a lock; the test only wants to see that it waits, not how long.
    REQUIRE(sqlite3_busy_timeout(second->db(), 200) == SQLITE_OK);
    Entries secondEntries(*second, Actor {QStringLiteral("a.jansen"), Role::Professional});

    // The first connection holds the write lock, with uncommitted work of its own in it.
    REQUIRE(execSql(first->db(), "BEGIN IMMEDIATE", QStringLiteral("vastzetten")).isOk());
    REQUIRE(AuditChain::append(first->db(), {professional().describe(), QStringLiteral("test.hold"),
                                             QStringLiteral("dossier:1"), {}, QStringLiteral("houdt vast")})
                .isOk());

    QElapsedTimer timer;
    timer.start();
    auto blocked = secondEntries.add(entryText(QStringLiteral("Van het tweede venster")));
    const qint64 waited = timer.elapsed();
    REQUIRE(!blocked.isOk());
    CHECK(blocked.code() == ErrorCode::Busy);
    INFO("message: " << blocked.message().toStdString());
    CHECK(blocked.message().contains(QStringLiteral("in gebruik")));
    CHECK(blocked.message().contains(QStringLiteral("probeer het opnieuw")));
    // It waited for the lock (busy timeout) instead of failing at once, and not much longer.
    CHECK(waited >= 150);
    CHECK(waited < 3000);

    // WAL: the second connection can still read what was committed while the lock is held,
    // and does not see the first's uncommitted work.
    CHECK(countRows(second->db(), "SELECT count(*) FROM entry") == 5);
    CHECK(countRows(second->db(), "SELECT count(*) FROM audit WHERE action = 'test.hold'") == 0);

    // The first finishes its transaction; nothing of it was lost to the second writer.
    REQUIRE(execSql(first->db(), "COMMIT", QStringLiteral("opslaan")).isOk());
    CHECK(countRows(first->db(), "SELECT count(*) FROM entry") == 5);
    CHECK(countRows(second->db(), "SELECT count(*) FROM audit WHERE action = 'test.hold'") == 1);
    Entries reader(*second, professional());
    for (Id id : committed) {
        auto e = reader.get(id);
        REQUIRE(e.isOk());
        CHECK(e->content.text.startsWith(QStringLiteral("Vooraf vastgelegd")));
    }

    // The refused write left no trace, and once the lock is free the second writer succeeds.
    CHECK(countRows(second->db(), "SELECT count(*) FROM entry_revision WHERE text = 'Van het tweede venster'") == 0);
    auto retried = secondEntries.add(entryText(QStringLiteral("Van het tweede venster")));
    INFO(retried.message().toStdString());
    REQUIRE(retried.isOk());
    CHECK(countRows(first->db(), "SELECT count(*) FROM entry") == 6);

    auto verdict = AuditChain::verify(first->db());
    REQUIRE(verdict.isOk());
    CHECK(verdict->intact);
    CHECK(verdict->rows == 5 + 1 + 1);
    CHECK(first->checkIntegrity().isOk());
}

TEST_CASE("a second writer also gets Busy while the other holds a long import transaction", "[faults][busy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dossier.inzage"));
    auto first = createVault(path);
    auto second = openVault(path);
    REQUIRE(sqlite3_busy_timeout(second->db(), 200) == SQLITE_OK);

    const std::int64_t personsBefore = countRows(second->db(), "SELECT count(*) FROM person");
    // The first writes a whole import inside an open transaction (not yet committed).
    REQUIRE(execSql(first->db(), "BEGIN IMMEDIATE", QStringLiteral("vastzetten")).isOk());
    for (int i = 0; i < 50; ++i)
        REQUIRE(AuditChain::append(first->db(), {professional().describe(), QStringLiteral("test.import"),
                                                 QStringLiteral("regel:%1").arg(i), {}, QStringLiteral("x")})
                    .isOk());

    // Another kind of write from the second connection is refused the same way.
    Persons persons(*second, professional());
    auto p = persons.add(Person {0, QStringLiteral("Leerkracht groep 5"), PersonRole::Informant,
                                 QStringLiteral("leerkracht"), QStringLiteral("De Regenboog"), {}, false, {}, {}});
    REQUIRE(!p.isOk());
    CHECK(p.code() == ErrorCode::Busy);

    REQUIRE(execSql(first->db(), "COMMIT", QStringLiteral("opslaan")).isOk());
    CHECK(countRows(second->db(), "SELECT count(*) FROM audit WHERE action = 'test.import'") == 50);
    CHECK(countRows(second->db(), "SELECT count(*) FROM person") == personsBefore);
}
