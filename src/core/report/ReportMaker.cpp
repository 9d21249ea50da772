#include "report/ReportMaker.h"

#include "audit/AuditChain.h"
#include "audit/ReportRecords.h"
#include "dossier/Access.h"
#include "report/ReportCheck.h"
#include "vault/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inzage {

namespace {

bool pathTaken(const QString& path)
{
    struct stat st { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 || errno != ENOENT;
}

QString blockerList(const Readiness& readiness)
{
    QStringList lines;
    for (const Blocker& b : readiness.blockers)
        lines << QStringLiteral("%1  %2  %3")
                     .arg(b.entry ? QStringLiteral("#%1").arg(*b.entry) : QStringLiteral("dossier"), b.rule, b.message);
    return lines.join(QLatin1Char('\n'));
}

// The reason in the reader's words for the errors a person can act on; the system's text otherwise.
QString reasonFor(int err, const QString& systemText)
{
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return ReportMaker::tr("de schijf is vol");
    case EACCES:
    case EPERM:
        return ReportMaker::tr("er mag in deze map niet worden geschreven");
    case EROFS:
        return ReportMaker::tr("deze map is alleen-lezen");
    default:
        return systemText;
    }
}

} // namespace

Result<ReportOutcome> ReportMaker::make(
    Vault& vault, const Actor& actor, const QString& path, ReportKind kind, const ReportRenderer& render)
{
    const bool final = kind == ReportKind::Definitief;
    const QFileInfo target(path);
    if (path.isEmpty() || target.fileName().isEmpty())
        return Status(ErrorCode::Usage, tr("Geef de naam van het rapportbestand, bijvoorbeeld rapport.pdf."));
    if (pathTaken(path))
        return Status(ErrorCode::Exists,
            tr("%1 bestaat al. Inzage overschrijft nooit een bestand: kies een andere naam.").arg(path));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return Status(ErrorCode::NotFound,
            tr("De map %1 bestaat niet. Maak haar eerst, of kies een andere map.").arg(folder.path()));
    if (vault.kind() != VaultKind::Professional)
        return Status(ErrorCode::Forbidden,
            tr("Een rapport wordt gemaakt uit het dossier van de professional, niet uit een ouderexemplaar."));
    const Actor writer = actorFor(vault, actor.name);
    if (final)
        if (Status s = checkWrite(vault, writer, Write::CaseFile); !s)
            return s;

    // One write transaction for a final report, so the check, the content and its record see one
    // state of the dossier. A concept only reads.
    std::optional<Transaction> tx;
    if (final) {
        tx.emplace(vault.db());
        if (!tx->begun())
            return tx->begun();
        auto readiness = ReportCheck(vault, writer).run();
        if (!readiness)
            return readiness.status();
        if (!readiness->ready())
            return Status(ErrorCode::NotReady,
                tr("Het definitieve rapport kan nog niet worden gemaakt: %1 punten staan nog open. Los ze op "
                   "(zie de controle van het rapport), of maak een concept.\n%2")
                    .arg(readiness->blockers.size())
                    .arg(blockerList(*readiness)));
    }
    auto content = ReportDocument::build(vault, writer, kind);
    if (!content)
        return content.status();

    ReportOutcome outcome;
    outcome.contentHash = content->contentHash();
    const auto writeFailed = [&](const QString& why) {
        return Status(ErrorCode::Io,
            tr("Het rapport kon niet worden geschreven in %1: %2. Er is geen (half) bestand achtergelaten en in "
               "het dossier is niets veranderd. Maak ruimte vrij of kies een andere map.")
                .arg(folder.path(), why));
    };
    QTemporaryFile tmp(folder.filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    tmp.setAutoRemove(true); // removed on every early return below
    errno = 0;
    if (!tmp.open())
        return writeFailed(reasonFor(errno, tmp.errorString()));
    auto pages = render(*content, tmp);
    if (!pages)
        return pages.status();
    if (!tmp.flush() || tmp.error() != QFileDevice::NoError)
        return writeFailed(reasonFor(errno, tmp.errorString()));
    if (::fsync(tmp.handle()) != 0)
        return writeFailed(reasonFor(errno, QString::fromLocal8Bit(std::strerror(errno))));
    outcome.pages = *pages;
    {
        QFile written(tmp.fileName());
        if (!written.open(QIODevice::ReadOnly))
            return writeFailed(written.errorString());
        QCryptographicHash sha(QCryptographicHash::Sha256);
        if (!sha.addData(&written))
            return writeFailed(written.errorString());
        outcome.fileHash = QString::fromLatin1(sha.result().toHex());
    }

    if (final) {
        ReportRecord record;
        record.contentHash = outcome.contentHash;
        record.head = content->head;
        record.headSeq = content->headSeq;
        record.fileHash = outcome.fileHash;
        record.pages = outcome.pages;
        if (Status s = AuditChain::append(vault.db(),
                { writer.describe(), QString::fromLatin1(kReportFinalAction),
                    QStringLiteral("report:%1").arg(outcome.contentHash.left(16)), QString(), record.after() });
            !s)
            return s;
        outcome.recordSeq = content->headSeq + 1;
    }

    // Into place without replacing: a file that appeared at `path` meanwhile is kept, never overwritten.
    if (::renameat2(AT_FDCWD, QFile::encodeName(tmp.fileName()).constData(), AT_FDCWD,
            QFile::encodeName(path).constData(), RENAME_NOREPLACE)
        != 0) {
        const int e = errno;
        if (e == EEXIST)
            return Status(ErrorCode::Exists,
                tr("%1 bestaat al. Inzage overschrijft nooit een bestand: kies een andere naam.").arg(path));
        return writeFailed(reasonFor(e, QString::fromLocal8Bit(std::strerror(e))));
    }
    tmp.setAutoRemove(false);
    if (tx) {
        if (Status s = tx->commit(); !s) {
            QFile::remove(path); // not recorded, so not a final report
            return s;
        }
    }
    outcome.content = std::move(*content);
    return outcome;
}

} // namespace inzage
