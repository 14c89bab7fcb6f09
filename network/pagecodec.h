#pragma once

#include "apierror.h"
#include "jsonreader.h"
#include "page.h"
#include "result.h"

// Shared by the decoders of the resource types; not part of the client's API.
namespace Codec {

inline ApiError malformed(const QString &reason)
{
    return ApiError(ApiError::Kind::MalformedResponse, reason);
}

// Decodes the continuation-token envelope {items, has_more, continuation_token, total}.
template<typename T, typename Decode>
Result<Page<T>> decodePage(const QJsonValue &json, Decode decodeItem)
{
    JsonReader reader(json, QStringLiteral("Page"));
    Page<T> page;
    page.hasMore = reader.requiredBool(QStringLiteral("has_more"));
    page.total = reader.nullableInteger(QStringLiteral("total"), false);
    const QJsonValue items = reader.value(QStringLiteral("items"));
    if (!items.isArray())
        reader.fail(QStringLiteral("Page field \"items\" is missing or not a list"));
    const QJsonValue token = reader.value(QStringLiteral("continuation_token"));
    if (!token.isUndefined() && !token.isNull() && !token.isDouble() && !token.isString())
        reader.fail(
                QStringLiteral("Page field \"continuation_token\" is neither a number nor text"));
    if (!reader.isValid())
        return malformed(reader.error());

    page.continuationToken = token;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        Result<T> decoded = decodeItem(item);
        if (!decoded)
            return decoded.error();
        page.items.append(std::move(decoded.value()));
    }
    return page;
}

} // namespace Codec
