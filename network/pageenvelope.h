#pragma once

#include <QByteArrayView>
#include <QJsonValue>

#include <optional>

// What a list page says about paging, read from its body without decoding its items: enough to
// ask for the next page while this one is still being decoded.
//
// A quick scan of the top-level object only. It answers nothing (and the caller decodes the whole
// page first) for anything unusual: a body that is not a single JSON object, a field it looks for
// given twice or spelled with escapes, a value of an unexpected type. The full decode stays the
// judge of whether the page is valid; PageEnvelope::sameAs() lets the caller check that both
// agree.
struct PageEnvelope
{
    bool hasMore = false;
    QJsonValue continuationToken{
            QJsonValue::Undefined}; // when absent, as QJsonObject::value() says
    std::optional<qint64> total;
    qsizetype items = 0;

    static std::optional<PageEnvelope> peek(QByteArrayView body);

    bool sameAs(bool otherHasMore, const QJsonValue &otherToken,
            const std::optional<qint64> &otherTotal, qsizetype otherItems) const;
};
