#include "DamageSupport.h"

#include "audit/AuditChain.h"
#include "audit/EntryCheck.h"
#include "exchange/JsonExport.h"

#include <QFile>
#include <QJsonDocument>

#include <cstring>

namespace inzage::faults {

Reading readVault(const QString& path, const char* passphrase, OpenMode mode)
{
    Reading r;
    auto fail = [&r](const Status& s, const char* step) {
        r.code = s.code();
        r.step = QString::fromLatin1(step);
        r.message = s.message();
        return r;
    };
    auto v = Vault::open(path, SecureBytes(passphrase, std::strlen(passphrase)), mode);
    if (!v)
        return fail(v.status(), "open");
    auto doc = exportDossier(**v);
    if (!doc)
        return fail(doc.status(), "export");
    r.dossier = QJsonDocument(*doc).toJson(QJsonDocument::Compact);
    // What `verify` does, in the same order.
    const Status integrity = (*v)->checkIntegrity();
    auto chain = AuditChain::verify((*v)->db());
    if (!chain)
        return fail(chain.status(), "verify");
    auto entries = EntryCheck::run(**v);
    if (!entries)
        return fail(entries.status(), "verify");
    r.verifyOk = integrity.isOk() && chain->intact && entries->intact;
    r.verify = QStringLiteral("bestand %1; logboek %2 regels, %3, head %4; notities %5, %6")
                   .arg(integrity.isOk() ? QStringLiteral("in orde") : integrity.message())
                   .arg(chain->rows)
                   .arg(chain->intact ? QStringLiteral("in orde") : chain->problem)
                   .arg(QString::fromLatin1(chain->head.toHex()))
                   .arg(entries->entries)
                   .arg(entries->intact ? QStringLiteral("in orde") : entries->problem);
    return r;
}

bool isDamageCode(ErrorCode code)
{
    return code == ErrorCode::WrongPassphrase || code == ErrorCode::NotAVault || code == ErrorCode::Damaged
        || code == ErrorCode::NewerFormat;
}

QString Tally::describe() const
{
    QStringList parts;
    for (const auto& [outcome, n] : counts)
        parts << QStringLiteral("%1 %2").arg(outcome).arg(n);
    return QStringLiteral("%1 (%2)").arg(total).arg(parts.join(QStringLiteral(", ")));
}

void removeVaultFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace inzage::faults
