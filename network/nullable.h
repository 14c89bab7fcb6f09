#pragma once

#include <optional>
#include <utility>

// A field of a partial update: absent (leave it alone), null (send JSON null), or a value.
// std::optional alone cannot tell the first two apart.
template<typename T>
class Nullable
{
public:
    enum class State { Absent, Null, Value };

    Nullable() = default;
    Nullable(T value)
        : m_state(State::Value)
        , m_value(std::move(value))
    { }

    static Nullable null()
    {
        Nullable field;
        field.m_state = State::Null;
        return field;
    }

    State state() const { return m_state; }
    bool isAbsent() const { return m_state == State::Absent; }
    bool isNull() const { return m_state == State::Null; }
    bool hasValue() const { return m_state == State::Value; }
    const T &value() const { return *m_value; }

    friend bool operator==(const Nullable &, const Nullable &) = default;

private:
    State m_state = State::Absent;
    std::optional<T> m_value;
};
