#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ringback {

// A value or a typed error. C++20 has no std::expected; this is the small subset we use.
// E is a plain struct describing what went wrong in words a user can act on.
// [[nodiscard]]: a dropped result is a failure nobody hears of (a store write that did not happen
// commits as success). Ignore one only with `(void)` and a comment saying why that is right.
template <class T, class E>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const { return std::get<1>(m_state); }

    // The value, or `fallback` when there is an error (for figures where an error means "unknown").
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_state;
};

// Result of an operation with no value to return.
template <class E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E& error() const { return m_error; }

private:
    E m_error{};
    bool m_ok = true;
};

} // namespace ringback
