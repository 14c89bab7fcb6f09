#pragma once

#include "phonenumber.h"
#include "result.h"
#include "service.h"
#include "telephony.h"
#include "workspace.h"

#include <QByteArray>
#include <QJsonObject>

// JSON decoding and encoding of the API's resource types. Decoders are strict about the fields the
// contract requires and their types, ignore unknown fields, and keep unknown enum-like strings.
namespace Codec {

Result<ForwardingConfig> decodeForwarding(const QJsonValue &json);
Result<PhoneNumber> decodePhoneNumber(const QJsonValue &json);
Result<PhoneNumberPage> decodePhoneNumberPage(const QJsonValue &json);
// The body of a list page, parsed and decoded. Touches no shared state: safe on any thread.
Result<PhoneNumberPage> decodePhoneNumberPageBody(const QByteArray &body);

Result<SubAccount> decodeSubAccount(const QJsonValue &json);
Result<AvailableNumber> decodeAvailableNumber(const QJsonValue &json);
Result<QList<AvailableNumber>> decodeAvailableNumbers(const QJsonValue &json); // {numbers: [...]}
Result<PurchasedNumber> decodePurchasedNumber(const QJsonValue &json);

Result<Service> decodeService(const QJsonValue &json);
Result<ServicePage> decodeServicePage(const QJsonValue &json);
Result<Workspace> decodeWorkspace(const QJsonValue &json);
Result<WorkspacePage> decodeWorkspacePage(const QJsonValue &json);
Result<AuthInfo> decodeAuthInfo(const QJsonValue &json);

// Parses a body as JSON; malformed, truncated or empty bodies become a MalformedResponse error.
Result<QJsonValue> parseBody(const QByteArray &body);

QJsonObject encode(const ForwardingConfig &forwarding);
QJsonObject encode(const PhoneNumberUpdate &update);
QJsonObject encode(const PhoneNumberCreate &create);
QJsonObject encode(const PurchaseRequest &purchase);

} // namespace Codec
