// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Relais {

// What went wrong, for the user (message, translated) and for the log (detail).
struct Error
{
    enum class Code {
        Failed, // anything without a more precise code
        NotFound, // the item does not exist (any more)
        StaleRevision, // someone saved a newer revision since this one was loaded
        Invalid, // input that does not pass validation
        Conflict, // a unique value (slug) already taken
        NewerSchema, // database written by a newer Relais
        NotRelais, // file is not a Relais database
        Corrupt, // file is damaged
        DiskFull, // the disk that holds the file is full
        ReadOnly, // the file (or its folder) may be read, not written
        Busy, // another program holds the write lock
        Unreachable, // the newsroom server does not answer, or the connection to it was lost
        Denied, // the server refused: wrong password, or not allowed to do this
    };

    Code code = Code::Failed;
    QString message;
    QString detail;

    static Error failed(QString message, QString detail = {})
    {
        return Error { Code::Failed, std::move(message), std::move(detail) };
    }
    static Error invalid(QString message, QString detail = {})
    {
        return Error { Code::Invalid, std::move(message), std::move(detail) };
    }
};

// A value or an Error. Functions that can fail return this instead of bool plus
// out-parameter, and never throw.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Relais
