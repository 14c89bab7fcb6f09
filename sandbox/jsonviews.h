#pragma once

#include "records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sandbox {

// The list of phone numbers is the hot path: each number is written straight to bytes once, in
// the same shape phoneNumberJson() gives, and a page is the concatenation of its items.
QByteArray phoneNumberListItem(const PhoneNumberRecord &number);
QByteArray phoneNumberPageBytes(const Page<QByteArrayView> &page);

// The wire shapes of the Platform API's responses, with every required field present and null
// where the value is absent.
QJsonObject phoneNumberJson(const PhoneNumberRecord &number);
QJsonObject purchaseJson(const PhoneNumberRecord &number);
QJsonObject serviceJson(const ServiceRecord &service);
QJsonObject workspaceJson(const WorkspaceRecord &workspace);
QJsonObject subAccountJson(const SubAccountRecord &account);

template<typename Record, typename ToJson>
QJsonObject pageJson(const Page<Record> &page, ToJson toJson)
{
    QJsonArray items;
    for (const auto &item : page.items)
        items.append(toJson(item));
    return QJsonObject{
            {QStringLiteral("items"), items},
            {QStringLiteral("has_more"), page.hasMore},
            {QStringLiteral("continuation_token"),
                    page.hasMore ? QJsonValue(page.nextCursor) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("total"), page.total},
    };
}

} // namespace Sandbox
