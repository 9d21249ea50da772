#include "vault/Migrations.h"

#include "audit/AuditChain.h"
#include "vault/Sql.h"

#include <QCoreApplication>

namespace inzage {

namespace {

// Turns foreign_keys off for one step and on again when the step is over, committed or rolled
// back. Declared before the step's Transaction, so the rollback runs first and the pragma runs
// outside the transaction (inside one it is silently ignored).
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(sqlite3* db)
        : m_db(db)
    {
    }
    ~ForeignKeysOff()
    {
        if (m_off)
            (void)restore();
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

    Status turnOff()
    {
        const QString what = QCoreApplication::translate(
            "inzage::Migrations", "Het dossier kon niet worden voorbereid op het bijwerken.");
        if (Status s = execSql(m_db, "PRAGMA foreign_keys = OFF", what); !s)
            return s;
        m_off = true;
        Statement st(m_db, "PRAGMA foreign_keys");
        if (st.step() != SQLITE_ROW || st.integer(0) != 0)
            return Status(ErrorCode::Failed, what);
        return Status::ok();
    }
    Status restore()
    {
        m_off = false;
        return execSql(m_db, "PRAGMA foreign_keys = ON",
            QCoreApplication::translate(
                "inzage::Migrations", "Na het bijwerken konden de verwijzingen niet weer worden bewaakt."));
    }

private:
    sqlite3* m_db;
    bool m_off = false;
};

// The first row PRAGMA foreign_key_check returns, as "table (rij n) → parent", or empty.
Result<QString> danglingReference(sqlite3* db)
{
    Statement st(db, "PRAGMA foreign_key_check");
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return QString();
    if (rc != SQLITE_ROW)
        return sqlError(db, rc,
            QCoreApplication::translate(
                "inzage::Migrations", "De verwijzingen in het dossier konden niet worden gecontroleerd."));
    return QCoreApplication::translate(
        "inzage::Migrations", "tabel %1, rij %2, verwijst naar een ontbrekende rij in %3")
        .arg(st.text(0), st.isNull(1) ? QStringLiteral("?") : QString::number(st.integer(1)), st.text(2));
}

Status runStep(sqlite3* db, int fromVersion, const Migration& m, MigrationAudit audit)
{
    const QString name = QString::fromUtf8(m.name);
    ForeignKeysOff fk(db);
    if (Status s = fk.turnOff(); !s)
        return s;
    Transaction tx(db);
    if (!tx.begun().isOk())
        return tx.begun();
    if (Status s = execSql(db, m.sql,
            QCoreApplication::translate("inzage::Migrations",
                "Bijwerken van het dossier naar schema %1 (%2) lukte niet; het dossier "
                "is ongewijzigd gebleven op schema %3.")
                .arg(m.version)
                .arg(name)
                .arg(fromVersion));
        !s)
        return s;
    const QByteArray bump = QByteArray("PRAGMA user_version = ") + QByteArray::number(m.version);
    if (Status s = execSql(
            db, bump.constData(), QCoreApplication::translate("inzage::Migrations", "Versie bijwerken lukte niet."));
        !s)
        return s;
    auto dangling = danglingReference(db);
    if (!dangling)
        return dangling.status();
    if (!dangling->isEmpty())
        return Status(ErrorCode::Damaged,
            QCoreApplication::translate("inzage::Migrations",
                "Bijwerken van het dossier naar schema %1 (%2) is geweigerd: %3. Het "
                "dossier is ongewijzigd gebleven op schema %4.")
                .arg(m.version)
                .arg(name, *dangling)
                .arg(fromVersion));
    // After the step's SQL: the first step makes the audit table it writes to.
    if (audit == MigrationAudit::Record) {
        const AuditRecord row { QStringLiteral("inzage"), QStringLiteral("schema.migrate"),
            QStringLiteral("schema:%1").arg(m.version), QStringLiteral("version=%1").arg(fromVersion),
            QStringLiteral("version=%1; step=%2").arg(m.version).arg(name) };
        if (Status s = AuditChain::append(db, row); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    return fk.restore();
}

} // namespace

int latestSchemaVersion()
{
    const auto& all = builtinMigrations();
    return all.empty() ? 0 : all.back().version;
}

Status migrate(sqlite3* db, int fromVersion, MigrationAudit audit)
{
    return migrate(db, fromVersion, builtinMigrations(), audit);
}

Status migrate(sqlite3* db, int fromVersion, const std::vector<Migration>& steps, MigrationAudit audit)
{
    if (sqlite3_get_autocommit(db) == 0)
        return Status(ErrorCode::Failed,
            QCoreApplication::translate(
                "inzage::Migrations", "Het dossier kan niet worden bijgewerkt midden in een andere wijziging."));
    int version = fromVersion;
    for (const Migration& m : steps) {
        if (m.version <= version)
            continue;
        if (Status s = runStep(db, version, m, audit); !s)
            return s;
        version = m.version;
    }
    return Status::ok();
}

} // namespace inzage
