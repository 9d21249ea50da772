#include "vault/NewVault.h"

#include "vault/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inzage {

Result<std::unique_ptr<Vault>> NewVault::create(const QString& destination, const SecureBytes& passphrase,
                                                const Vault::CreateOptions& options)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(destination).constData(), &st) == 0 || errno != ENOENT)
        return NewFile::exists(destination);
    const QFileInfo info(destination);
    for (int attempt = 0; attempt < 8; ++attempt) {
        unsigned char random[8];
        randombytes_buf(random, sizeof random);
        char hex[2 * sizeof random + 1];
        sodium_bin2hex(hex, sizeof hex, random, sizeof random);
        const QString temp = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.tmp").arg(info.fileName(), QString::fromLatin1(hex)));
        auto v = Vault::create(temp, passphrase, options); // O_EXCL: refuses anything at that name
        if (v || v.code() != ErrorCode::Exists)
            return v;
    }
    return Status(ErrorCode::Io, tr("In de map van %1 kan geen tijdelijk bestand worden gemaakt.").arg(destination));
}

Status NewVault::publish(std::unique_ptr<Vault>& vault, const QString& destination)
{
    if (!vault)
        return Status(ErrorCode::Failed, tr("Er is geen nieuw dossier om af te ronden."));
    const QString temp = vault->path();
    vault.reset(); // the last connection: SQLite folds the write-ahead log into the file and removes it
    if (QFileInfo::exists(temp + QStringLiteral("-wal")) || !NewFile::sync(temp)) {
        NewFile::discard(temp);
        return Status(ErrorCode::Io, tr("Het nieuwe dossier %1 kon niet worden afgerond.").arg(destination));
    }
    QFile::remove(temp + QStringLiteral("-shm"));
    return NewFile::publish(temp, destination);
}

void NewVault::discard(std::unique_ptr<Vault>& vault)
{
    if (!vault)
        return;
    const QString temp = vault->path();
    vault.reset();
    NewFile::discard(temp);
}

} // namespace inzage
