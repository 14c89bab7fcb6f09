#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

// The outcome of a call: a value or an ApiError, never both, never a sentinel.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For calls whose success carries no value (e.g. DELETE answering 204).
struct Done
{ };
