#include "vault/Sql.h"

#include <QCoreApplication>

#include <cstring>

namespace inzage {

ErrorCode errorCodeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return ErrorCode::Ok;
    case SQLITE_NOTADB:
        return ErrorCode::WrongPassphrase;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return ErrorCode::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_NOMEM:
        return ErrorCode::Io;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
        return ErrorCode::InvalidInput;
    default:
        return ErrorCode::Failed;
    }
}

namespace {

// SQLCipher reports a page whose HMAC fails (a changed byte anywhere after the first page) as
// SQLITE_ERROR, "SQL logic error", the code of a mistake in a statement; a changed schema page
// that still decrypts reads as a "malformed schema", also SQLITE_ERROR. The two are told apart by
// reading every page again: on a damaged file the quick check fails or names a problem, on a
// sound one it says "ok" and the error stays what it was. Only on that error path.
bool fileIsDamaged(sqlite3* db)
{
    thread_local bool checking = false;
    if (checking)
        return false;
    checking = true;
    sqlite3_stmt* st = nullptr;
    bool damaged = true;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        damaged = !text || std::strcmp(text, "ok") != 0;
    }
    sqlite3_finalize(st);
    checking = false;
    return damaged;
}

} // namespace

Status sqlError(sqlite3* db, int rc, const QString& what)
{
    ErrorCode code = errorCodeFor(rc);
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    if (code == ErrorCode::Failed && (rc & 0xff) == SQLITE_ERROR && db && fileIsDamaged(db))
        code = ErrorCode::Damaged;
    QString plain;
    switch (code) {
    case ErrorCode::Busy:
        plain = QCoreApplication::translate("inzage::Sql",
            "Het dossier is in gebruik door een ander programma of venster. "
            "Sluit dat en probeer het opnieuw.");
        break;
    case ErrorCode::Io:
        plain = QCoreApplication::translate("inzage::Sql",
            "Opslaan of lezen lukte niet (is de schijf vol of alleen-lezen?). "
            "Er is niets verloren gegaan van wat al was opgeslagen.");
        break;
    case ErrorCode::Damaged:
        plain
            = QCoreApplication::translate("inzage::Sql", "Het dossierbestand is beschadigd. Gebruik een reservekopie.");
        break;
    case ErrorCode::WrongPassphrase:
        plain = QCoreApplication::translate("inzage::Sql", "Het wachtwoord klopt niet, of het bestand is beschadigd.");
        break;
    default:
        plain = QCoreApplication::translate("inzage::Sql", "Er ging iets mis.");
    }
    // Composition only: the words are translated above, the SQLite code and text stay as they are.
    return Status(code, QStringLiteral("%1 %2 (%3: %4)").arg(what, plain).arg(rc).arg(detail));
}

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    m_prepareRc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (m_prepareRc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int i, const QString& v)
{
    const QByteArray u = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int i, const QByteArray& v)
{
    sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int i, std::int64_t v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Statement& Statement::bind(int i, const std::optional<std::int64_t>& v)
{
    return v ? bind(i, *v) : bindNull(i);
}

Statement& Statement::bindOptional(int i, const QString& v)
{
    return v.isEmpty() ? bindNull(i) : bind(i, v);
}

Statement& Statement::bindSecret(int i, const char* data, int size)
{
    sqlite3_bind_text(m_stmt, i, data, size, SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

int Statement::step()
{
    if (!m_stmt)
        return m_prepareRc == SQLITE_OK ? SQLITE_MISUSE : m_prepareRc;
    return sqlite3_step(m_stmt);
}

Status Statement::exec(const QString& what)
{
    const int rc = step();
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return Status::ok();
    return sqlError(m_db, rc, what);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? QString::fromUtf8(p, n) : QString();
}

QByteArray Statement::blob(int col) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? QByteArray(p, n) : QByteArray();
}

std::int64_t Statement::integer(int col) const { return sqlite3_column_int64(m_stmt, col); }

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::optional<std::int64_t> Statement::optionalInt(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return integer(col);
}

Transaction::Transaction(sqlite3* db) : m_db(db), m_nested(sqlite3_get_autocommit(db) == 0)
{
    // Inside an outer transaction (an import that adds persons and entries) this becomes a
    // savepoint, so the inner step still rolls back on its own and the outer stays all-or-nothing.
    m_begin = execSql(
        db, m_nested ? "SAVEPOINT inzage_nested" : "BEGIN IMMEDIATE", tr("Het dossier kon niet worden vastgezet."));
    m_open = m_begin.isOk();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested)
        sqlite3_exec(m_db, "ROLLBACK TO inzage_nested; RELEASE inzage_nested", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.isOk() ? Status(ErrorCode::Failed, tr("Geen open transactie.")) : m_begin;
    Status s = execSql(m_db, m_nested ? "RELEASE inzage_nested" : "COMMIT", tr("Opslaan lukte niet."));
    if (s.isOk())
        m_open = false;
    return s;
}

Status execSql(sqlite3* db, const char* sql, const QString& what)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        return sqlError(db, rc, what);
    return Status::ok();
}

} // namespace inzage
