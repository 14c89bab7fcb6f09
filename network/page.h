#pragma once

#include <QJsonValue>
#include <QList>

#include <optional>

// One page of a continuation-token list. The token is kept exactly as received (an integer in
// practice, but the client treats it as opaque and sends it back unchanged).
template<typename T>
struct Page
{
    QList<T> items;
    bool hasMore = false;
    QJsonValue continuationToken; // Null or Undefined when there is no next page
    std::optional<qint64> total;
};
