#include "vault/Migrations.h"

#include "vault/Sql.h"

#include <QCoreApplication>

namespace inzage {

int latestSchemaVersion()
{
    const auto& all = builtinMigrations();
    return all.empty() ? 0 : all.back().version;
}

Status migrate(sqlite3* db, int fromVersion)
{
    for (const Migration& m : builtinMigrations()) {
        if (m.version <= fromVersion)
            continue;
        Transaction tx(db);
        if (!tx.begun().isOk())
            return tx.begun();
        if (Status s = execSql(db, m.sql,
                QCoreApplication::translate("inzage::Migrations", "Bijwerken van het dossier (%1) lukte niet.")
                    .arg(QString::fromUtf8(m.name)));
            !s)
            return s;
        const QByteArray bump = QByteArray("PRAGMA user_version = ") + QByteArray::number(m.version);
        if (Status s = execSql(db, bump.constData(),
                QCoreApplication::translate("inzage::Migrations", "Versie bijwerken lukte niet."));
            !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Status::ok();
}

} // namespace inzage
