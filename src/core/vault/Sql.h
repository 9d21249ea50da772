#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sqlcipher/sqlite3.h>

#include <cstdint>
#include <optional>

namespace inzage {

// Maps an SQLite result code to our error codes (codes, never message text).
ErrorCode errorCodeFor(int sqliteCode);
Status sqlError(sqlite3* db, int rc, const QString& what);

// A prepared statement. Binding is 1-based like SQLite; columns are 0-based.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt* handle() const { return m_stmt; }
    int prepareCode() const { return m_prepareRc; }

    Statement& bind(int i, const QString& v);
    Statement& bind(int i, const char* v) { return bind(i, QString::fromUtf8(v)); }
    Statement& bindBlob(int i, const QByteArray& v);
    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, int v) { return bind(i, std::int64_t {v}); }
    Statement& bind(int i, const std::optional<std::int64_t>& v);
    Statement& bindOptional(int i, const QString& v); // empty string binds NULL
    Statement& bindNull(int i);
    // Binds without copying: the bytes must outlive the statement (used for key material).
    Statement& bindSecret(int i, const char* data, int size);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    Status exec(const QString& what); // step to done, mapped to a Status
    void reset();

    QString text(int col) const;
    QByteArray blob(int col) const;
    std::int64_t integer(int col) const;
    bool isNull(int col) const;
    std::optional<std::int64_t> optionalInt(int col) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareRc = SQLITE_OK;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when it goes out of scope uncommitted.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(inzage::Transaction)

public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begin; }
    Status commit();

private:
    sqlite3* m_db;
    bool m_nested = false;
    Status m_begin;
    bool m_open = false;
};

Status execSql(sqlite3* db, const char* sql, const QString& what);

} // namespace inzage
