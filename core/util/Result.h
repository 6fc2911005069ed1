#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ringback {

// Errors are values: a failed operation carries a translated, user-readable
// message. No exceptions cross Qt or plugin boundaries.
class Error
{
public:
    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message))
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Result of an operation with no value: ok, or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    static Status ok() { return {}; }
    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    QString errorMessage() const { return m_error ? m_error->message() : QString(); }

private:
    std::optional<Error> m_error;
};

// Result of an operation that yields a T, or an Error.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}
    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    QString errorMessage() const { return m_error ? m_error->message() : QString(); }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

} // namespace ringback
