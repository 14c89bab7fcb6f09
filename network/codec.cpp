#include "codec.h"

#include "jsonreader.h"
#include "pagecodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Codec {

Result<ForwardingConfig> decodeForwarding(const QJsonValue &json)
{
    JsonReader reader(json, u"Forwarding"_s);
    ForwardingConfig forwarding;
    forwarding.enabled = reader.requiredBool(u"enabled"_s);
    forwarding.forwardTo = reader.requiredString(u"forward_to"_s);
    forwarding.shouldDisconnect = reader.requiredBool(u"should_disconnect"_s);
    if (!reader.isValid())
        return malformed(reader.error());
    return forwarding;
}

Result<PhoneNumber> decodePhoneNumber(const QJsonValue &json)
{
    JsonReader reader(json, u"Phone number"_s);
    PhoneNumber number;
    number.id = reader.requiredString(u"id"_s);
    number.workspaceId = reader.requiredString(u"workspace_id"_s);
    number.phoneNumber = reader.requiredString(u"phone_number"_s);
    number.displayName = reader.requiredString(u"display_name"_s);
    number.provider = reader.requiredString(u"provider"_s);
    number.capabilities = reader.stringList(u"capabilities"_s);
    number.status = reader.requiredString(u"status"_s);
    number.inboundServiceId = reader.nullableString(u"inbound_service_id"_s);
    number.providerPhoneSid = reader.nullableString(u"provider_phone_sid"_s);
    number.notes = reader.requiredString(u"notes"_s);
    number.channelPhoneId = reader.nullableString(u"channel_phone_id"_s, false);
    number.createdAt = reader.requiredDateTime(u"created_at"_s);
    number.updatedAt = reader.requiredDateTime(u"updated_at"_s);
    if (!reader.object().contains(u"forwarding"_s))
        reader.fail(u"Phone number lacks the required field \"forwarding\""_s);
    if (!reader.isValid())
        return malformed(reader.error());

    const QJsonValue forwarding = reader.value(u"forwarding"_s);
    if (!forwarding.isNull()) {
        Result<ForwardingConfig> decoded = decodeForwarding(forwarding);
        if (!decoded)
            return decoded.error();
        number.forwarding = decoded.value();
    }
    return number;
}

Result<PhoneNumberPage> decodePhoneNumberPage(const QJsonValue &json)
{
    return decodePage<PhoneNumber>(json, decodePhoneNumber);
}

Result<PhoneNumberPage> decodePhoneNumberPageBody(const QByteArray &body)
{
    const Result<QJsonValue> json = parseBody(body);
    if (!json)
        return json.error();
    return decodePhoneNumberPage(json.value());
}

Result<QJsonValue> parseBody(const QByteArray &body)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Codec", text);
    };
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return malformed(tr("The response body is empty"));
    if (trimmed.startsWith('<'))
        return malformed(tr("The response is an HTML page, not JSON; a proxy or gateway between "
                            "this computer and the API may have answered instead"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(tr("The response is not valid JSON (%1 at byte %2)")
                                 .arg(error.errorString())
                                 .arg(error.offset));
    if (document.isObject())
        return QJsonValue(document.object());
    return QJsonValue(document.array());
}

QJsonObject encode(const ForwardingConfig &forwarding)
{
    return QJsonObject{
            {u"enabled"_s, forwarding.enabled},
            {u"forward_to"_s, forwarding.forwardTo},
            {u"should_disconnect"_s, forwarding.shouldDisconnect},
    };
}

static QJsonValue toJson(const QString &value)
{
    return value;
}

static QJsonValue toJson(const QStringList &value)
{
    return QJsonArray::fromStringList(value);
}

static QJsonValue toJson(const ForwardingConfig &value)
{
    return encode(value);
}

template<typename T>
static void put(QJsonObject &object, const QString &key, const Nullable<T> &field)
{
    if (field.isNull())
        object.insert(key, QJsonValue::Null);
    else if (field.hasValue())
        object.insert(key, toJson(field.value()));
}

template<typename T>
static void put(QJsonObject &object, const QString &key, const std::optional<T> &field)
{
    if (field)
        object.insert(key, toJson(*field));
}

QJsonObject encode(const PhoneNumberUpdate &update)
{
    QJsonObject object;
    put(object, u"display_name"_s, update.displayName);
    put(object, u"provider"_s, update.provider);
    put(object, u"capabilities"_s, update.capabilities);
    put(object, u"status"_s, update.status);
    put(object, u"inbound_service_id"_s, update.inboundServiceId);
    put(object, u"provider_phone_sid"_s, update.providerPhoneSid);
    put(object, u"notes"_s, update.notes);
    put(object, u"forwarding"_s, update.forwarding);
    return object;
}

QJsonObject encode(const PhoneNumberCreate &create)
{
    QJsonObject object{{u"phone_number"_s, create.phoneNumber}};
    put(object, u"display_name"_s, create.displayName);
    put(object, u"provider"_s, create.provider);
    put(object, u"capabilities"_s, create.capabilities);
    put(object, u"status"_s, create.status);
    put(object, u"inbound_service_id"_s, create.inboundServiceId);
    put(object, u"provider_phone_sid"_s, create.providerPhoneSid);
    put(object, u"notes"_s, create.notes);
    put(object, u"forwarding"_s, create.forwarding);
    return object;
}

QJsonObject encode(const PurchaseRequest &purchase)
{
    QJsonObject object{{u"phone_number"_s, purchase.phoneNumber}};
    put(object, u"display_name"_s, purchase.displayName);
    put(object, u"capabilities"_s, purchase.capabilities);
    return object;
}

} // namespace Codec

bool PhoneNumberUpdate::isEmpty() const
{
    return displayName.isAbsent() && provider.isAbsent() && capabilities.isAbsent()
            && status.isAbsent() && inboundServiceId.isAbsent() && providerPhoneSid.isAbsent()
            && notes.isAbsent() && forwarding.isAbsent();
}
