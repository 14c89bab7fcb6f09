#include "codec.h"

#include "jsonreader.h"
#include "pagecodec.h"

using namespace Qt::StringLiterals;

namespace Codec {

Result<SubAccount> decodeSubAccount(const QJsonValue &json)
{
    JsonReader reader(json, u"Sub-account"_s);
    SubAccount account;
    account.id = reader.requiredString(u"id"_s);
    account.workspaceId = reader.requiredString(u"workspace_id"_s);
    account.accountSid = reader.requiredString(u"account_sid"_s);
    account.friendlyName = reader.requiredString(u"friendly_name"_s);
    account.environment = reader.requiredString(u"environment"_s);
    account.twimlAppSid = reader.nullableString(u"twiml_app_sid"_s);
    account.status = reader.optionalString(u"status"_s).value_or(u"active"_s);
    account.createdAt = reader.requiredDateTime(u"created_at"_s);
    account.updatedAt = reader.requiredDateTime(u"updated_at"_s);
    if (!reader.isValid())
        return malformed(reader.error());
    return account;
}

Result<AvailableNumber> decodeAvailableNumber(const QJsonValue &json)
{
    JsonReader reader(json, u"Available number"_s);
    AvailableNumber number;
    number.phoneNumber = reader.requiredString(u"phone_number"_s);
    number.friendlyName = reader.requiredString(u"friendly_name"_s);
    number.locality = reader.nullableString(u"locality"_s, false);
    number.region = reader.nullableString(u"region"_s, false);
    const QJsonValue capabilities = reader.value(u"capabilities"_s);
    if (capabilities.isObject()) {
        const QJsonObject object = capabilities.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isBool()) {
                reader.fail(
                        u"Available number field \"capabilities\" holds \"%1\", which is not a boolean"_s
                                .arg(it.key()));
                break;
            }
            number.capabilities.insert(it.key(), it.value().toBool());
        }
    } else if (!capabilities.isUndefined()) {
        reader.fail(u"Available number field \"capabilities\" is not an object"_s);
    }
    if (!reader.isValid())
        return malformed(reader.error());
    return number;
}

Result<QList<AvailableNumber>> decodeAvailableNumbers(const QJsonValue &json)
{
    JsonReader reader(json, u"Number search result"_s);
    const QJsonValue numbers = reader.value(u"numbers"_s);
    if (!numbers.isArray())
        reader.fail(u"Number search result field \"numbers\" is missing or not a list"_s);
    if (!reader.isValid())
        return malformed(reader.error());

    QList<AvailableNumber> result;
    const QJsonArray array = numbers.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        Result<AvailableNumber> decoded = decodeAvailableNumber(item);
        if (!decoded)
            return decoded.error();
        result.append(std::move(decoded.value()));
    }
    return result;
}

Result<PurchasedNumber> decodePurchasedNumber(const QJsonValue &json)
{
    JsonReader reader(json, u"Purchased number"_s);
    PurchasedNumber number;
    number.id = reader.requiredString(u"id"_s);
    number.workspaceId = reader.requiredString(u"workspace_id"_s);
    number.phoneNumber = reader.requiredString(u"phone_number"_s);
    number.displayName = reader.requiredString(u"display_name"_s);
    number.providerPhoneSid = reader.requiredString(u"provider_phone_sid"_s);
    number.status = reader.requiredString(u"status"_s);
    number.capabilities = reader.stringList(u"capabilities"_s);
    number.createdAt = reader.requiredDateTime(u"created_at"_s);
    if (!reader.isValid())
        return malformed(reader.error());
    return number;
}

} // namespace Codec
