// Files made by format 1 (schema 1, tests/data/format1) keep opening, and the migration runner
// refuses a step that breaks the file. The committed fixtures are never opened in place: each
// test works on a copy in its own temporary folder.

#include "ExchangeSupport.h"

#include "audit/AuditChain.h"
#include "dossier/AnswerExtensions.h"
#include "dossier/CaseFile.h"
#include "vault/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace inzage;
using namespace inzage::test;

namespace {

QString fixturePath(const char* name)
{
    return QStringLiteral(INZAGE_TEST_DATA_DIR "/format1/") + QString::fromLatin1(name);
}

QByteArray fixtureBytes(const char* name)
{
    QFile f(fixturePath(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A .pass file holds the passphrase and one trailing newline.
SecureBytes fixturePassphrase(const char* name)
{
    QByteArray bytes = fixtureBytes(name);
    REQUIRE(bytes.endsWith('\n'));
    bytes.chop(1);
    return SecureBytes(bytes.constData(), std::size_t(bytes.size()));
}

QJsonObject fixtureJson(const char* name)
{
    return QJsonDocument::fromJson(fixtureBytes(name)).object();
}

const Actor kAnouk { QStringLiteral("Anouk Verbeek"), Role::Professional };
const Actor kIlse { QStringLiteral("Ilse Vermeulen"), Role::Ouder };

// Copies of the format-1 files in a temporary folder, opened (and so migrated) by this code.
struct Format1 {
    QTemporaryDir dir;

    QString copy(const char* name)
    {
        const QString to = dir.filePath(QString::fromLatin1(name));
        REQUIRE(QFile::copy(fixturePath(name), to));
        REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
        return to;
    }

    std::unique_ptr<Vault> open(const char* name, const char* passFile)
    {
        auto r = Vault::open(copy(name), fixturePassphrase(passFile));
        INFO(str(r.message()));
        REQUIRE(r.isOk());
        return std::move(*r);
    }

    std::unique_ptr<Vault> professionalVault() { return open("professional.inzage", "professional.pass"); }
    std::unique_ptr<Vault> parentCopy() { return open("ouderexemplaar.inzage", "ouder.pass"); }
};

AuditVerdict verified(Vault& v, const QByteArray& expectedHead = {})
{
    auto r = AuditChain::verify(v.db(), expectedHead);
    REQUIRE(r.isOk());
    INFO(str(r->problem));
    CHECK(r->intact);
    return *r;
}

struct AuditRow {
    QString actor, action, object, before, after;
};

AuditRow lastAuditRow(Vault& v)
{
    Statement st(v.db(), "SELECT actor, action, object, before, after FROM audit ORDER BY seq DESC LIMIT 1");
    REQUIRE(st.step() == SQLITE_ROW);
    return { st.text(0), st.text(1), st.text(2), st.text(3), st.text(4) };
}

// The rows PRAGMA foreign_key_check returns, as "table → parent" lines (empty when all is well).
QStringList danglingReferences(Vault& v)
{
    QStringList out;
    Statement st(v.db(), "PRAGMA foreign_key_check");
    while (st.step() == SQLITE_ROW)
        out << st.text(0) + QStringLiteral(" -> ") + st.text(2);
    return out;
}

// Every entry as this code lists it equals what format 1 printed for it.
void checkEntriesAsRecorded(Vault& v, const Actor& actor, bool forParent, const QJsonArray& recorded)
{
    (void)forParent; // the vault's own reader decides (a parent copy opens as the parent)
    EntryFilter filter;
    filter.limit = 1000;
    auto listed = Entries(v, actor).list(filter);
    INFO(str(listed.message()));
    REQUIRE(listed.isOk());
    REQUIRE(listed->size() == std::size_t(recorded.size()));
    for (std::size_t i = 0; i < listed->size(); ++i) {
        const Entry& e = (*listed)[i];
        const QJsonObject want = recorded[qsizetype(i)].toObject();
        INFO("entry " << e.id);
        CHECK(e.id == want.value(QStringLiteral("id")).toInteger());
        CHECK(e.position == want.value(QStringLiteral("position")).toInteger());
        CHECK(toString(e.content.label) == want.value(QStringLiteral("label")).toString());
        CHECK(e.content.section == want.value(QStringLiteral("section")).toString());
        CHECK(e.content.text == want.value(QStringLiteral("text")).toString());
        CHECK(e.content.visibleToParent == want.value(QStringLiteral("visible_to_parent")).toBool());
        // The rebuilt spoken_to kept every line, with its person and method.
        const QJsonArray lines = want.value(QStringLiteral("spoken_to")).toArray();
        REQUIRE(e.content.spokenTo.size() == std::size_t(lines.size()));
        for (std::size_t j = 0; j < e.content.spokenTo.size(); ++j) {
            const QJsonObject line = lines[qsizetype(j)].toObject();
            CHECK(e.content.spokenTo[j].personId == line.value(QStringLiteral("person_id")).toInteger());
            CHECK(toString(e.content.spokenTo[j].method) == line.value(QStringLiteral("method")).toString());
        }
    }
}

// The steps a format-1 file goes through, and the version before the last: numbers may be skipped
// (a version reserved for a change that lands later is simply absent from this build).
int stepsAfterFormat1()
{
    return int(builtinMigrations().size()) - 1;
}

int previousVersion()
{
    const auto& all = builtinMigrations();
    return all.at(all.size() - 2).version;
}

int sqlCode(Vault& v, const char* sql)
{
    return rawSqlCode(v, sql);
}

} // namespace

TEST_CASE("a format-1 professional vault opens at the latest schema with its chain intact", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    CHECK(latestSchemaVersion() >= 2);
    CHECK(scalar(*v, "PRAGMA user_version") == latestSchemaVersion());

    // Format 1 printed its chain head; the old rows are untouched and one row per step follows.
    const QByteArray oldHead = QByteArray::fromHex(
        fixtureJson("professional.export.json").value(QStringLiteral("audit_head")).toString().toLatin1());
    REQUIRE(oldHead.size() == 32);
    // Steps, not version arithmetic.
    const AuditVerdict verdict = verified(*v, oldHead);
    CHECK(verdict.rows == 44 + stepsAfterFormat1());
    CHECK(scalar(*v, "SELECT count(*) FROM audit WHERE action = 'schema.migrate'") == stepsAfterFormat1());

    const AuditRow last = lastAuditRow(*v);
    CHECK(last.actor == QStringLiteral("inzage"));
    CHECK(last.action == QStringLiteral("schema.migrate"));
    CHECK(last.object == QStringLiteral("schema:%1").arg(latestSchemaVersion()));
    CHECK(last.before == QStringLiteral("version=%1").arg(previousVersion()));
    CHECK(last.after.startsWith(QStringLiteral("version=%1; step=%2_")
                                    .arg(latestSchemaVersion())
                                    .arg(latestSchemaVersion(), 4, 10, QLatin1Char('0'))));
    CHECK(scalarText(*v, "SELECT after FROM audit WHERE object = 'schema:2'")
        == QStringLiteral("version=2; step=0002_vocabulary_owner_share.sql"));
}

TEST_CASE("a format-1 professional vault shows every entry as format 1 recorded it", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    checkEntriesAsRecorded(
        *v, kAnouk, false, fixtureJson("professional.export.json").value(QStringLiteral("entries")).toArray());
    // The professional's own vault keeps the shielded person's identity.
    CHECK(scalarText(*v, "SELECT name FROM person WHERE shielded = 1") == QStringLiteral("J. de Graaf"));
}

TEST_CASE("a format-1 parent copy shows every entry as format 1 listed it", "[migration]")
{
    Format1 f;
    auto v = f.parentCopy();
    CHECK(v->kind() == VaultKind::Ouderexemplaar);
    CHECK(v->schemaVersion() == latestSchemaVersion());
    const AuditVerdict verdict = verified(*v);
    CHECK(verdict.rows == 2 + stepsAfterFormat1());
    CHECK(lastAuditRow(*v).action == QStringLiteral("schema.migrate"));
    checkEntriesAsRecorded(
        *v, kIlse, true, fixtureJson("ouderexemplaar.list.json").value(QStringLiteral("entries")).toArray());
}

TEST_CASE("a format-1 parent copy keeps nothing that identifies a shielded person but the shield", "[migration]")
{
    Format1 f;
    auto v = f.parentCopy();
    REQUIRE(scalar(*v, "SELECT count(*) FROM person WHERE shielded = 1") == 1);
    Statement st(v->db(),
        "SELECT name, role, relation, organisation, phone, birth_date IS NULL, shield_reason "
        "FROM person WHERE shielded = 1");
    REQUIRE(st.step() == SQLITE_ROW);
    CHECK(st.text(0).isEmpty());
    CHECK(st.text(1) == QStringLiteral("informant"));
    CHECK(st.text(2).isEmpty());
    CHECK(st.text(3).isEmpty());
    CHECK(st.text(4).isEmpty());
    CHECK(st.integer(5) == 1);
    CHECK(st.text(6).startsWith(QStringLiteral("Melder beschermd:")));
    // Named persons are left as they were.
    CHECK(scalar(*v, "SELECT count(*) FROM person WHERE shielded = 0 AND name = ''") == 0);
}

TEST_CASE("migrated format-1 files pass the foreign key check", "[migration]")
{
    Format1 f;
    auto pro = f.professionalVault();
    auto copy = f.parentCopy();
    CHECK(danglingReferences(*pro).isEmpty());
    CHECK(danglingReferences(*copy).isEmpty());
    CHECK(scalar(*pro, "PRAGMA foreign_keys") == 1);
    CHECK(scalar(*copy, "PRAGMA foreign_keys") == 1);
}

TEST_CASE("a migrated format-1 vault can record accordering, append-only", "[migration][approval]")
{
    Format1 f;
    auto v = f.professionalVault();
    CHECK(scalar(*v, "SELECT count(*) FROM source_approval") == 0);
    const char* insert = "INSERT INTO source_approval(revision_id, person_id, approved_on, method, recorded_at, recorded_by) "
                         "SELECT r.id, s.person_id, '2026-01-10', 'schriftelijk', '2026-01-10T10:00:00Z', 'test' "
                         "FROM entry_revision r JOIN spoken_to s ON s.revision_id = r.id LIMIT 1";
    CHECK(sqlCode(*v, insert) == SQLITE_OK);
    CHECK(scalar(*v, "SELECT count(*) FROM source_approval") == 1);
    CHECK(sqlCode(*v, "UPDATE source_approval SET method = 'gesprek'") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM source_approval") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v,
              "INSERT INTO source_approval(revision_id, person_id, approved_on, method, recorded_at, recorded_by) "
              "SELECT revision_id, person_id, '2026-01-11', 'onbekend', 'x', 'test' FROM source_approval")
        == SQLITE_CONSTRAINT);
}

TEST_CASE("after migration a new way of speaking to someone is one INSERT into method_word", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    CHECK(scalar(*v, "SELECT count(*) FROM method_word") == 5);
    // A word that is not in the table is refused by the foreign key, as the CHECK list did.
    CHECK(sqlCode(*v,
              "INSERT INTO spoken_to(revision_id, person_id, method) "
              "VALUES ((SELECT min(id) FROM entry_revision), 7, 'videobellen')")
        == SQLITE_CONSTRAINT);
    rawSql(*v, "INSERT INTO method_word(word) VALUES ('videobellen')");
    rawSql(*v,
        "INSERT INTO spoken_to(revision_id, person_id, method) "
        "VALUES ((SELECT min(id) FROM entry_revision), 7, 'videobellen')");
    CHECK(scalar(*v, "SELECT count(*) FROM spoken_to WHERE method = 'videobellen'") == 1);
}

TEST_CASE("the rebuilt spoken_to has its old indexes and still refuses changes", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    CHECK(scalar(*v,
              "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'spoken_to' AND type = 'index' AND "
              "name IN ('spoken_to_revision', 'spoken_to_person')")
        == 2);
    CHECK(scalar(*v, "SELECT count(*) FROM sqlite_master WHERE name = 'spoken_to_new'") == 0);
    REQUIRE(scalar(*v, "SELECT count(*) FROM spoken_to") > 0);
    CHECK(sqlCode(*v, "UPDATE spoken_to SET method = 'telefoon'") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM spoken_to") == SQLITE_CONSTRAINT);
}

TEST_CASE("after migration two entries cannot share a position", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    CHECK(
        sqlCode(*v, "INSERT INTO entry(position, created_at) VALUES (1, '2026-12-02T00:00:00Z')") == SQLITE_CONSTRAINT);
    rawSql(*v, "INSERT INTO entry(position, created_at) VALUES (21, '2026-12-02T00:00:00Z')");
}

TEST_CASE(
    "after migration mening bases, answers, shares and exchange links cannot be changed or removed", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    rawSql(*v,
        "INSERT INTO answer_share(answer_id, person_id, shared_at, shared_by) "
        "VALUES (1, 4, '2026-12-02T00:00:00Z', 'Anouk Verbeek')");
    // A trigger only fires on rows that exist: each table must hold some.
    for (const char* table : { "mening_basis", "answer", "answer_share", "exchange_key", "exchange_answer" }) {
        INFO(table);
        const QByteArray count = QByteArray("SELECT count(*) FROM ") + table;
        REQUIRE(scalar(*v, count.constData()) > 0);
    }
    CHECK(sqlCode(*v, "UPDATE mening_basis SET feit_entry_id = feit_entry_id") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM mening_basis") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "UPDATE answer SET owner_person_id = 3") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM answer") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "UPDATE answer_share SET shared_by = 'iemand anders'") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM answer_share") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM exchange_key") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "UPDATE exchange_answer SET answer_id = answer_id") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM exchange_answer") == SQLITE_CONSTRAINT);
    CHECK(scalar(*v, "SELECT count(*) FROM answer WHERE owner_person_id IS NOT NULL") == 0);
    CHECK(scalar(*v, "SELECT count(*) FROM answer_share") == 1);
}

TEST_CASE("after migration format-1 answers and exchange keys have no owner yet", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    REQUIRE(scalar(*v, "SELECT count(*) FROM answer") == 3);
    CHECK(scalar(*v, "SELECT count(*) FROM answer WHERE owner_person_id IS NULL") == 3);
    REQUIRE(scalar(*v, "SELECT count(*) FROM exchange_key") > 0);
    CHECK(scalar(*v, "SELECT count(*) FROM exchange_key WHERE person_id IS NOT NULL") == 0);
}

TEST_CASE("a format-1 answer file imports into the migrated professional vault once", "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    const QString file = f.copy("antwoorden.inzage-antw");
    auto first = AnswerExchange::importAnswers(*v, kAnouk, file);
    INFO(str(first.message()));
    REQUIRE(first.isOk());
    CHECK(first->newAnswers == 1);
    CHECK(scalar(*v, "SELECT count(*) FROM answer") == 4);
    CHECK(scalarText(*v,
              "SELECT r.text FROM answer a JOIN answer_revision r ON r.answer_id = a.id "
              "WHERE a.entry_id = 3")
        == QStringLiteral("Dit klopt niet: ik was die dag bij mijn moeder."));

    auto second = AnswerExchange::importAnswers(*v, kAnouk, file);
    INFO(str(second.message()));
    REQUIRE(second.isOk());
    CHECK(second->changedNothing());
    CHECK(second->alreadyPresent > 0);
    CHECK(scalar(*v, "SELECT count(*) FROM answer") == 4);
    verified(*v);
    CHECK(danglingReferences(*v).isEmpty());
}

TEST_CASE("a format-1 update file imports into the migrated parent copy", "[migration]")
{
    Format1 f;
    auto v = f.parentCopy();
    const QString file = f.copy("update.inzage-upd");
    auto r = AnswerExchange::importUpdates(*v, kIlse, file);
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    CHECK(r->newHandling >= 1);
    CHECK(scalarText(*v,
              "SELECT h.status || ': ' || h.reply FROM answer a "
              "JOIN answer_handling h ON h.answer_id = a.id WHERE a.entry_id = 3 "
              "ORDER BY h.seq DESC LIMIT 1")
        == QStringLiteral("verwerkt: Dank u, ik heb het aangepast in het verslag."));

    auto again = AnswerExchange::importUpdates(*v, kIlse, file);
    REQUIRE(again.isOk());
    CHECK(again->changedNothing());
    verified(*v);
}

TEST_CASE("opening a format-1 file leaves the committed fixture as it was", "[migration]")
{
    const QByteArray before = fixtureBytes("professional.inzage");
    {
        Format1 f;
        auto v = f.professionalVault();
        CHECK(v->schemaVersion() == latestSchemaVersion());
    }
    CHECK(fixtureBytes("professional.inzage") == before);
}

// ---- the runner, with steps of the test's own ----

namespace {

struct RunnerVault : TempVault {
    Id entry = addEntry(*vault, QStringLiteral("Blijft staan, wat de stap ook doet."));
    std::int64_t rowsBefore = auditRows(*vault);

    Status run(const char* name, const char* sql)
    {
        const std::vector<Migration> steps { { latestSchemaVersion() + 1, name, sql } };
        return migrate(vault->db(), latestSchemaVersion(), steps, MigrationAudit::Record);
    }

    void checkUnchanged()
    {
        CHECK(scalar(*vault, "PRAGMA user_version") == latestSchemaVersion());
        CHECK(scalar(*vault, "PRAGMA foreign_keys") == 1);
        CHECK(auditRows(*vault) == rowsBefore);
        CHECK(sqlite3_get_autocommit(vault->db()) != 0);
        auto e = Entries(*vault, professional()).get(entry);
        REQUIRE(e.isOk());
        CHECK(e->content.text == QStringLiteral("Blijft staan, wat de stap ook doet."));
        // And the file itself opens as before, at the same version.
        vault.reset();
        auto reopened = Vault::open(path, pass("correct paard batterij"));
        INFO(str(reopened.message()));
        REQUIRE(reopened.isOk());
        CHECK((*reopened)->schemaVersion() == latestSchemaVersion());
        CHECK(scalar(**reopened, "SELECT count(*) FROM entry") == 1);
        CHECK(verified(**reopened).rows == rowsBefore);
    }
};

} // namespace

TEST_CASE("a new vault starts at the latest schema without migrate rows", "[migration]")
{
    TempVault t;
    CHECK(t.vault->schemaVersion() == latestSchemaVersion());
    CHECK(auditRows(*t.vault) == 0);
    CHECK(scalar(*t.vault, "SELECT count(*) FROM method_word") == 5);
    CHECK(scalar(*t.vault, "PRAGMA foreign_keys") == 1);
}

TEST_CASE("a migration step that leaves a dangling reference is refused and changes nothing", "[migration]")
{
    RunnerVault t;
    const Status s = t.run("9999_dangling.sql",
        "CREATE TABLE extra(x TEXT);"
        "INSERT INTO answer_share(answer_id, person_id, shared_at, shared_by) "
        "VALUES (999, 999, '2026-12-02T00:00:00Z', 'niemand');");
    CHECK(s.code() == ErrorCode::Damaged);
    CHECK(s.message().contains(QStringLiteral("answer_share")));
    CHECK(s.message().contains(QStringLiteral("9999_dangling.sql")));
    CHECK(scalar(*t.vault, "SELECT count(*) FROM answer_share") == 0);
    CHECK(scalar(*t.vault, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'") == 0);
    t.checkUnchanged();
}

TEST_CASE("a migration step with an SQL error is refused and changes nothing", "[migration]")
{
    RunnerVault t;
    const Status s = t.run("9999_broken.sql",
        "CREATE TABLE half(x TEXT); INSERT INTO half VALUES ('a'); "
        "INSERT INTO no_such_table VALUES (1);");
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("9999_broken.sql")));
    CHECK(scalar(*t.vault, "SELECT count(*) FROM sqlite_master WHERE name = 'half'") == 0);
    t.checkUnchanged();
}

TEST_CASE("a migration step that succeeds bumps the version and appends its audit row", "[migration]")
{
    RunnerVault t;
    const Status s = t.run("9999_extra.sql", "CREATE TABLE extra(x TEXT);");
    INFO(str(s.message()));
    REQUIRE(s.isOk());
    CHECK(scalar(*t.vault, "PRAGMA user_version") == latestSchemaVersion() + 1);
    CHECK(scalar(*t.vault, "PRAGMA foreign_keys") == 1);
    CHECK(verified(*t.vault).rows == t.rowsBefore + 1);
    const AuditRow last = lastAuditRow(*t.vault);
    CHECK(last.action == QStringLiteral("schema.migrate"));
    CHECK(last.object == QStringLiteral("schema:%1").arg(latestSchemaVersion() + 1));
    CHECK(last.before == QStringLiteral("version=%1").arg(latestSchemaVersion()));
    CHECK(last.after == QStringLiteral("version=%1; step=9999_extra.sql").arg(latestSchemaVersion() + 1));
}

TEST_CASE("a migration step runs with foreign keys off, so a table with references can be rebuilt", "[migration]")
{
    RunnerVault t;
    // With foreign keys on, dropping entry while entry_revision points at it would be refused.
    const Status s = t.run("9999_rebuild_entry.sql",
        "CREATE TABLE entry_new (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
        "created_at TEXT NOT NULL, current_revision_id INTEGER, label TEXT NOT NULL, "
        "section TEXT NOT NULL, visible_to_parent INTEGER NOT NULL);"
        "INSERT INTO entry_new SELECT id, position, created_at, current_revision_id, label, "
        "section, visible_to_parent FROM entry;"
        "DROP TABLE entry; ALTER TABLE entry_new RENAME TO entry;");
    INFO(str(s.message()));
    CHECK(s.isOk());
    CHECK(scalar(*t.vault, "PRAGMA foreign_keys") == 1);
    CHECK(scalar(*t.vault, "SELECT count(*) FROM entry") == 1);
}

TEST_CASE("migrations refuse to run inside another transaction", "[migration]")
{
    RunnerVault t;
    rawSql(*t.vault, "BEGIN");
    const Status s = t.run("9999_extra.sql", "CREATE TABLE extra(x TEXT);");
    CHECK(s.code() == ErrorCode::Failed);
    rawSql(*t.vault, "ROLLBACK");
    t.checkUnchanged();
}

TEST_CASE("a format-1 vault and parent copy get label counts that match their entries", "[migration][counts]")
{
    Format1 f;
    auto professionalVault = f.professionalVault();
    auto parentCopy = f.parentCopy();
    for (Vault* v : { professionalVault.get(), parentCopy.get() }) {
        const std::int64_t total = scalar(*v, "SELECT count(*) FROM entry");
        REQUIRE(total > 0);
        CHECK(scalar(*v, "SELECT sum(n) FROM entry_label_count") == total);
        CHECK(scalar(*v,
                  "SELECT count(*) FROM entry_label_count c WHERE c.n <> (SELECT count(*) FROM entry e "
                  "WHERE e.label = c.label AND e.visible_to_parent = c.visible_to_parent)")
            == 0);
    }
}

TEST_CASE("a format-1 vault keeps its appointments and case information and can record a broken promise",
    "[migration]")
{
    Format1 f;
    auto v = f.professionalVault();
    auto appointments = CaseFile(*v, professional()).appointments();
    REQUIRE(appointments.isOk());
    REQUIRE(appointments->size() == 4);
    CHECK(appointments->at(2).makesUpId == Id(2));
    CHECK(appointments->at(1).status == AppointmentStatus::Ingehaald);
    auto info = CaseFile(*v, professional()).info();
    REQUIRE(info.isOk());
    CHECK(info->caseNumber == QStringLiteral("VB-2026-0142"));
    CHECK(info->nextStep.isEmpty());
    CHECK(info->problemSection.isEmpty());
    const Id promise = appointments->at(3).id;
    REQUIRE(CaseFile(*v, professional())
                .setAppointmentStatus(promise, AppointmentStatus::NietNagekomen, QStringLiteral("ziek"))
                .isOk());
    CHECK(scalarText(*v, "SELECT status FROM appointment WHERE id = 4") == QStringLiteral("niet-nagekomen"));
    CHECK(sqlCode(*v, "UPDATE appointment SET status = 'vergeten' WHERE id = 4") == SQLITE_CONSTRAINT);
}

// Header format 2 (4096-byte cipher pages) for every new file; format-1 files (1024-byte pages)
// keep opening as they are and become format 2 only when they are written anew.
namespace {

std::uint8_t headerFormat(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(2);
    REQUIRE(head.size() == 2);
    return std::uint8_t(head[1]);
}

} // namespace

TEST_CASE("a new vault has header format 2 and 4096-byte pages", "[migration][page-size]")
{
    TempVault t;
    CHECK(scalar(*t.vault, "PRAGMA page_size") == 4096);
    t.vault.reset();
    CHECK(headerFormat(t.path) == 2);
    CHECK(QFileInfo(t.path).size() % 4096 == 0);
}

TEST_CASE("a format-1 vault opens with its 1024-byte pages and stays format 1", "[migration][page-size]")
{
    Format1 f;
    const QString path = f.copy("professional.inzage");
    REQUIRE(headerFormat(path) == 1);
    {
        auto v = Vault::open(path, fixturePassphrase("professional.pass"));
        INFO(str(v.message()));
        REQUIRE(v.isOk());
        CHECK(scalar(**v, "PRAGMA page_size") == 1024);
        CHECK(scalar(**v, "SELECT count(*) FROM entry") > 0);
    }
    CHECK(headerFormat(path) == 1);
}

TEST_CASE("a new passphrase rewrites a format-1 vault as format 2 with every row", "[migration][page-size]")
{
    Format1 f;
    const QString path = f.copy("professional.inzage");
    std::int64_t entries = 0, audit = 0;
    {
        auto v = Vault::open(path, fixturePassphrase("professional.pass"));
        REQUIRE(v.isOk());
        entries = scalar(**v, "SELECT count(*) FROM entry_revision");
        audit = auditRows(**v);
        REQUIRE((*v)->changePassphrase(pass("een heel nieuw wachtwoord"), KdfParams::fastForTests()).isOk());
        CHECK(scalar(**v, "PRAGMA page_size") == 4096);
        CHECK(scalar(**v, "SELECT count(*) FROM entry_revision") == entries);
    }
    CHECK(headerFormat(path) == 2);
    CHECK(Vault::open(path, fixturePassphrase("professional.pass")).code() == ErrorCode::WrongPassphrase);
    auto again = Vault::open(path, pass("een heel nieuw wachtwoord"));
    INFO(str(again.message()));
    REQUIRE(again.isOk());
    CHECK(scalar(**again, "PRAGMA page_size") == 4096);
    CHECK(scalar(**again, "SELECT count(*) FROM entry_revision") == entries);
    CHECK(auditRows(**again) == audit);
    verified(**again);
}

TEST_CASE("a parent copy made from a format-1 vault is format 2, and each attaches with its own page size",
          "[migration][page-size]")
{
    Format1 f;
    auto pro = f.professionalVault();
    const QString copyPath = f.dir.filePath(QStringLiteral("nieuw-exemplaar.inzage"));
    auto made = makeParentCopy(*pro, copyPath, pass(kParentPass), QStringLiteral("Ilse Vermeulen"));
    INFO(str(made.message()));
    REQUIRE(made.isOk());
    CHECK(headerFormat(copyPath) == 2);
    {
        auto copy = Vault::open(copyPath, pass(kParentPass));
        INFO(str(copy.message()));
        REQUIRE(copy.isOk());
        CHECK(scalar(**copy, "PRAGMA page_size") == 4096);
        CHECK(scalar(**copy, "SELECT count(*) FROM entry") == made->entries);
        verified(**copy);
    }
    // A format-2 vault attaching a format-1 file, and the other way round.
    TempVault fresh;
    const QString oldCopy = f.copy("ouderexemplaar.inzage");
    {
        auto migrated = Vault::open(oldCopy, fixturePassphrase("ouder.pass")); // brings it to this schema
        REQUIRE(migrated.isOk());
    }
    REQUIRE(fresh.vault->attach(oldCopy, fixturePassphrase("ouder.pass"), "old_copy").isOk());
    CHECK(scalar(*fresh.vault, "SELECT count(*) FROM old_copy.entry") > 0);
    REQUIRE(fresh.vault->detach("old_copy").isOk());
    REQUIRE(pro->attach(copyPath, pass(kParentPass), "new_copy").isOk());
    CHECK(scalar(*pro, "SELECT count(*) FROM new_copy.entry") == made->entries);
    REQUIRE(pro->detach("new_copy").isOk());
}

TEST_CASE("a format-1 vault and parent copy migrate through 0007 and can record an AVG extension, append-only",
    "[migration][extension]")
{
    Format1 f;
    auto v = f.professionalVault();
    auto copy = f.parentCopy();
    for (Vault* vault : { v.get(), copy.get() }) {
        CHECK(scalar(*vault, "PRAGMA user_version") >= 7);
        CHECK(scalar(*vault, "SELECT count(*) FROM answer_extension") == 0);
        CHECK(danglingReferences(*vault).isEmpty());
    }
    CHECK(scalarText(*v, "SELECT after FROM audit WHERE object = 'schema:7'")
        == QStringLiteral("version=7; step=0007_avg_extension.sql"));

    // Format 1's answers are no AVG requests (klopt-niet, aanvulling, vraag): an extension is refused
    // with its reason and the migrated file stays as it was.
    auto answers = Answers(*v, kAnouk).all();
    REQUIRE(answers.isOk());
    REQUIRE_FALSE(answers->empty());
    for (const Answer& a : *answers)
        CHECK_FALSE(a.extension.has_value());
    const std::int64_t audit = scalar(*v, "SELECT count(*) FROM audit");
    auto refused = AnswerExtensions(*v, kAnouk).extend(answers->front().id, QStringLiteral("Meer tijd nodig."));
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(scalar(*v, "SELECT count(*) FROM audit") == audit);

    // A request recorded after the migration can be extended, once; the row is never changed.
    const Id mother = scalar(*v, "SELECT id FROM person WHERE name = 'Ilse Vermeulen'");
    const Id feit = scalar(*v, "SELECT min(id) FROM entry WHERE label = 'feit'"); // a correction fits a feit
    auto request = Answers(*v, kAnouk).add(feit, AnswerKind::Correctieverzoek, QStringLiteral("Ik was bij mijn moeder."), mother);
    INFO(str(request.message()));
    REQUIRE(request.isOk());
    auto extended = AnswerExtensions(*v, kAnouk).extend(request->id, QStringLiteral("Ik vraag de school om het verzuim."));
    INFO(str(extended.message()));
    REQUIRE(extended.isOk());
    CHECK(sqlCode(*v, "UPDATE answer_extension SET reason = 'x'") == SQLITE_CONSTRAINT);
    CHECK(sqlCode(*v, "DELETE FROM answer_extension") == SQLITE_CONSTRAINT);
    verified(*v);
}

TEST_CASE("a format-1 update file, of payload version 1, still imports with no extension in it",
    "[migration][extension]")
{
    Format1 f;
    auto v = f.parentCopy();
    auto r = AnswerExchange::importUpdates(*v, kIlse, f.copy("update.inzage-upd"));
    INFO(str(r.message()));
    REQUIRE(r.isOk());
    CHECK(r->newExtensions == 0);
    CHECK(scalar(*v, "SELECT count(*) FROM answer_extension") == 0);
    verified(*v);
}
