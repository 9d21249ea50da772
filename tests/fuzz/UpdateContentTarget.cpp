// Fuzz target: the decrypted payload of an update file applied to a parent copy, as
// updates-import does after the envelope (UpdateContent::apply, inside a transaction that is
// rolled back, so every input meets the same copy). The copy is tests/fuzz/data's parent copy of
// the demo dossier, copied to a temporary folder once per process; the seeds are update payloads
// made from the same dossier, so mutations reach the row checks and not only the JSON parser.
#include "FuzzTarget.h"

#include "exchange/ExchangePayload.h"
#include "exchange/UpdateContent.h"
#include "vault/Sql.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#ifndef INZAGE_FUZZ_DATA_DIR
#error "INZAGE_FUZZ_DATA_DIR names tests/fuzz/data"
#endif

namespace {

inzage::Vault& parentCopy()
{
    static QTemporaryDir dir;
    static std::unique_ptr<inzage::Vault> vault = [] {
        const QString path = dir.filePath(QStringLiteral("ouderexemplaar.inzage"));
        if (!QFile::copy(QStringLiteral(INZAGE_FUZZ_DATA_DIR "/ouderexemplaar.inzage"), path)) {
            std::fprintf(stderr, "update_content: cannot copy the parent copy from %s\n", INZAGE_FUZZ_DATA_DIR);
            std::abort();
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const char* pass = inzage::fuzz::kCopyPassphrase;
        auto opened = inzage::Vault::open(path, inzage::SecureBytes(pass, std::strlen(pass)));
        if (!opened) {
            std::fprintf(stderr, "update_content: %s\n", qPrintable(opened.message()));
            std::abort();
        }
        return std::move(*opened);
    }();
    return *vault;
}

} // namespace

INZAGE_FUZZ_TARGET(update_content)
{
    sqlite3* db = parentCopy().db();
    auto payload = inzage::parsePayload(inzage::fuzz::bytesOf(data, size), inzage::SealedFile::Kind::Update, true);
    if (!payload || payload->content.isEmpty())
        return 0;
    inzage::Transaction tx(db); // never committed: rolled back when it goes out of scope
    if (!tx.begun())
        std::abort();
    if (inzage::UpdateContent::checkNotOlder(db, payload->asOf))
        (void)inzage::UpdateContent::apply(db, payload->content);
    return 0;
}
