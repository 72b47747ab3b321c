// Result<T>: a value or an error message the caller must look at.
//
// Errors at the library's boundaries (bad file, bad database, bad input) are values, not exceptions
// and not log lines: every caller decides what the user sees. C++20 has no std::expected, so this is
// the small subset Gloss needs.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace gloss {

struct Error {
    // Most callers only show the message; a few act on what kind of failure it was.
    enum class Kind {
        General,
        DamagedLibrary, // the library file is damaged, unreadable or not a Gloss library: a backup may help
    };
    QString message;
    Kind kind = Kind::General;
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)), m_errorKind(error.kind) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }
    Error::Kind errorKind() const { return m_errorKind; }

private:
    std::optional<T> m_value;
    QString m_error;
    Error::Kind m_errorKind = Error::Kind::General;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error.message)), m_failed(true) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace gloss
