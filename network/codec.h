#pragma once

#include "phonenumber.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

// JSON decoding and encoding of the API's resource types. Decoders are strict about the fields the
// contract requires and their types, ignore unknown fields, and keep unknown enum-like strings.
namespace Codec {

Result<ForwardingConfig> decodeForwarding(const QJsonValue &json);
Result<PhoneNumber> decodePhoneNumber(const QJsonValue &json);
Result<PhoneNumberPage> decodePhoneNumberPage(const QJsonValue &json);

// Parses a body as JSON; malformed, truncated or empty bodies become a MalformedResponse error.
Result<QJsonValue> parseBody(const QByteArray &body);

QJsonObject encode(const ForwardingConfig &forwarding);
QJsonObject encode(const PhoneNumberUpdate &update);
QJsonObject encode(const PhoneNumberCreate &create);

} // namespace Codec
