#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace inzage {

// What went wrong, as a code a program can test. The CLI maps each code to its exit status
// (see README "Exit codes"), so the numbering is part of the public contract.
enum class ErrorCode {
    Ok = 0,
    Failed = 1,
    Usage = 2,
    WrongPassphrase = 3,
    NotAVault = 4,
    Damaged = 5,
    NewerFormat = 6,
    Busy = 7,
    Io = 8,
    NotFound = 9,
    InvalidInput = 10,
    Forbidden = 11,
    Exists = 12,
    NotReady = 13, // the report check found blocking items
};

// A result the caller must look at: a code plus a message a parent can understand.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(ErrorCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    static Status ok() { return {}; }

    bool isOk() const { return m_code == ErrorCode::Ok; }
    explicit operator bool() const { return isOk(); }
    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    ErrorCode m_code = ErrorCode::Ok;
    QString m_message;
};

// A value or the Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status status) : m_status(std::move(status)) {}
    Result(ErrorCode code, QString message) : m_status(code, std::move(message)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Status& status() const { return m_status; }
    ErrorCode code() const { return m_status.code(); }
    const QString& message() const { return m_status.message(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace inzage
