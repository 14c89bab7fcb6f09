#include "api.h"

#include "carrierinventory.h"
#include "jsonviews.h"
#include "store.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// A Twilio-style SID: two letters and 32 hex digits.
QString twilioSid(const char16_t *kind)
{
    return QString::fromUtf16(kind) + QUuid::createUuid().toString(QUuid::Id128);
}

QJsonObject availableNumberJson(const AvailableNumber &number)
{
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject{
            {u"phone_number"_s, number.phoneNumber},
            {u"friendly_name"_s, number.friendlyName},
            {u"locality"_s, orNull(number.locality)},
            {u"region"_s, orNull(number.region)},
            {u"capabilities"_s,
                    QJsonObject{{u"voice"_s, true}, {u"SMS"_s, true}, {u"MMS"_s, false}}},
    };
}

ApiResponse noSubAccount()
{
    return ApiResponse::error(404, u"No sub-account provisioned."_s);
}

} // namespace

ApiResponse Api::getSubAccount(const Call &call)
{
    const auto account = m_store->subAccount(call.workspaceId);
    if (!account)
        return noSubAccount();
    return ApiResponse::json(200, subAccountJson(*account));
}

ApiResponse Api::provisionSubAccount(const Call &call)
{
    // Idempotent: a workspace has at most one account, and asking again returns it.
    if (const auto existing = m_store->subAccount(call.workspaceId))
        return ApiResponse::json(201, subAccountJson(*existing));

    const auto workspace = m_store->workspace(call.workspaceId);
    if (!workspace)
        return ApiResponse::error(404, u"Workspace not found."_s);

    SubAccountRecord account;
    account.id = QUuid::createUuid().toString(QUuid::Id128);
    account.workspaceId = call.workspaceId;
    account.accountSid = twilioSid(u"AC");
    account.friendlyName = workspace->name + u" (sandbox)"_s;
    account.environment = u"sandbox"_s;
    account.twimlAppSid = twilioSid(u"AP");
    account.createdAt = account.updatedAt = timestampNow();
    if (!m_store->insertSubAccount(account))
        return internalError();
    return ApiResponse::json(201, subAccountJson(account));
}

ApiResponse Api::searchAvailableNumbers(const Call &call)
{
    const auto &query = call.request.query;
    ValidationErrors errors;
    // Only a limit that is no integer is a 422: the contract bounds neither it nor country, so a
    // limit below 1 or a country the carrier does not serve finds nothing, as FastAPI would let
    // them through to the carrier.
    const qint64 requested = querySearchLimit(query, &errors);
    const int limit = int(qBound(qint64(-1), requested, qint64(1000)));
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);
    if (!m_store->subAccount(call.workspaceId))
        return noSubAccount();

    const CarrierInventory inventory(m_store);
    const auto numbers = inventory.search(query.value(u"country"_s).value_or(u"US"_s),
            query.value(u"area_code"_s).value_or(QString()),
            query.value(u"contains"_s).value_or(QString()), limit);
    QJsonArray items;
    for (const auto &number : numbers)
        items.append(availableNumberJson(number));
    return ApiResponse::json(200, QJsonObject{{u"numbers"_s, items}});
}

ApiResponse Api::purchasePhoneNumber(const Call &call)
{
    ValidationErrors errors;
    const auto input = parsePurchase(call.request.body, &errors);
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);
    if (!m_store->subAccount(call.workspaceId))
        return noSubAccount();
    if (m_store->isRegistered(input.phoneNumber))
        return ApiResponse::error(409, u"Phone number already registered."_s);

    const CarrierInventory inventory(m_store);
    if (!inventory.stocks(input.phoneNumber) || m_store->wasPurchased(input.phoneNumber)) {
        ValidationErrors unavailable;
        unavailable.add(QJsonArray{u"body"_s, u"phone_number"_s}, u"value_error"_s,
                u"Value error, the carrier does not offer this number"_s, input.phoneNumber,
                QJsonObject{{u"error"_s, u"number not available"_s}});
        return ApiResponse::validation(unavailable);
    }

    PhoneNumberRecord number;
    number.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    number.workspaceId = call.workspaceId;
    number.phoneNumber = input.phoneNumber;
    number.displayName = input.displayName;
    number.capabilities = input.capabilities;
    number.providerPhoneSid = twilioSid(u"PN");
    number.createdAt = number.updatedAt = timestampNow();

    if (!m_store->beginTransaction())
        return internalError();
    if (!m_store->insertPhoneNumber(&number) || !m_store->markPurchased(number.phoneNumber)) {
        m_store->rollback();
        return internalError();
    }
    if (!m_store->commit())
        return internalError();
    return ApiResponse::json(201, purchaseJson(number));
}

ApiResponse Api::releasePhoneNumber(const Call &call)
{
    const auto number = m_store->phoneNumber(call.workspaceId, call.resourceId);
    if (!number)
        return ApiResponse::error(404, u"Phone number not found."_s);
    if (!number->providerPhoneSid || number->providerPhoneSid->isEmpty())
        return ApiResponse::error(422, u"No provider SID on number."_s);
    if (!m_store->deletePhoneNumber(call.workspaceId, call.resourceId))
        return internalError();
    return ApiResponse::noContent();
}

} // namespace Sandbox
