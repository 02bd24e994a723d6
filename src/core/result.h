#pragma once
#include <QString>

#include <utility>
#include <variant>

namespace tusk {

// Why a JSON document could not be turned into an entity. `path` points at the offending value
// in JSONPath-like form ("$.account.id") so a person can find it; `message` says what was wrong.
struct ParseError {
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    friend bool operator==(const ParseError &, const ParseError &) = default;
};

// A value or the reason there is none. Small on purpose (std::expected is C++23).
template <typename T> class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(ParseError error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const ParseError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, ParseError> m_v;
};

} // namespace tusk
