#include "fuzzentries.h"

#include "validation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using namespace Sandbox;

class PropertyCheck
{
public:
    explicit PropertyCheck(QStringList *violations)
        : m_violations(violations)
    { }

    void require(bool holds, const QString &property)
    {
        if (!holds)
            m_violations->append(property);
    }

    // Every entry is shaped as FastAPI's: loc where, type and msg what.
    void wellFormed(const ValidationErrors &errors, const QString &what)
    {
        for (const QJsonValue &entry : errors.detail()) {
            const QJsonObject error = entry.toObject();
            const QJsonArray loc = error.value(u"loc"_s).toArray();
            const QString origin = loc.isEmpty() ? QString() : loc.first().toString();
            require(origin == u"body" || origin == u"query" || origin == u"path",
                    what + u": an error whose loc does not start at body, query or path"_s);
            require(!error.value(u"type"_s).toString().isEmpty(),
                    what + u": an error without type"_s);
            require(!error.value(u"msg"_s).toString().isEmpty(),
                    what + u": an error without msg"_s);
            require(error.contains(u"input"_s), what + u": an error without input"_s);
        }
    }

    void e164(const QString &number, const QString &what)
    {
        static const QRegularExpression form(u"\\A\\+[1-9][0-9]{1,14}\\z"_s);
        require(form.match(number).hasMatch(),
                what + u" accepted as E.164 but is not: \"%1\""_s.arg(number));
    }

    void length(const QString &text, qsizetype maximum, const QString &what)
    {
        require(codePointCount(text) <= maximum, what + u" accepted over its maximum length"_s);
    }

    void choice(const QString &value, const QStringList &choices, const QString &what)
    {
        require(choices.contains(value),
                what + u" accepted outside its choices: \"%1\""_s.arg(value));
    }

    void capabilities(const QStringList &values, qsizetype maximum, const QString &what)
    {
        require(values.size() <= maximum, what + u" accepted with too many items"_s);
        for (const QString &value : values)
            choice(value, {u"inbound"_s, u"outbound"_s}, what);
    }

    void uuid(const QString &value, const QString &what)
    {
        static const QRegularExpression form(
                u"\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"_s);
        require(form.match(value).hasMatch(),
                what + u" is not a canonical UUID: \"%1\""_s.arg(value));
        QString problem;
        require(canonicalUuid(value, &problem) == value,
                what + u": the canonical form of a UUID is not its own canonical form"_s);
    }

    void forwarding(const ForwardingInput &forwarding, const QString &what)
    {
        e164(forwarding.forwardTo, what + u".forward_to"_s);
    }

private:
    QStringList *m_violations;
};

void checkCreate(const QByteArray &body, PropertyCheck *check)
{
    ValidationErrors errors;
    const CreatePhoneNumberInput input = parseCreatePhoneNumber(body, &errors);
    check->wellFormed(errors, u"create"_s);
    check->require(validatePhoneNumberCreate(body) == errors.detail(),
            u"validatePhoneNumberCreate() disagrees with parseCreatePhoneNumber()"_s);
    if (!errors.isEmpty())
        return;
    check->e164(input.phoneNumber, u"create phone_number"_s);
    check->length(input.displayName, 256, u"create display_name"_s);
    check->length(input.notes, 2000, u"create notes"_s);
    check->choice(input.provider, {u"twilio"_s, u"livekit"_s}, u"create provider"_s);
    check->choice(input.status, {u"active"_s, u"inactive"_s}, u"create status"_s);
    check->capabilities(input.capabilities, 2, u"create capabilities"_s);
    if (input.inboundServiceId)
        check->uuid(*input.inboundServiceId, u"create inbound_service_id"_s);
    if (input.providerPhoneSid)
        check->length(*input.providerPhoneSid, 64, u"create provider_phone_sid"_s);
    if (input.forwarding)
        check->forwarding(*input.forwarding, u"create forwarding"_s);
}

void checkUpdate(const QByteArray &body, PropertyCheck *check)
{
    ValidationErrors errors;
    const UpdatePhoneNumberInput input = parseUpdatePhoneNumber(body, &errors);
    check->wellFormed(errors, u"update"_s);
    if (!errors.isEmpty())
        return;
    if (input.displayName && *input.displayName)
        check->length(**input.displayName, 256, u"update display_name"_s);
    if (input.notes && *input.notes)
        check->length(**input.notes, 2000, u"update notes"_s);
    if (input.provider && *input.provider)
        check->choice(**input.provider, {u"twilio"_s, u"livekit"_s}, u"update provider"_s);
    if (input.status && *input.status)
        check->choice(**input.status, {u"active"_s, u"inactive"_s}, u"update status"_s);
    if (input.capabilities && *input.capabilities)
        check->capabilities(**input.capabilities, 4, u"update capabilities"_s);
    if (input.inboundServiceId && *input.inboundServiceId)
        check->uuid(**input.inboundServiceId, u"update inbound_service_id"_s);
    if (input.providerPhoneSid && *input.providerPhoneSid)
        check->length(**input.providerPhoneSid, 64, u"update provider_phone_sid"_s);
    if (input.forwarding && *input.forwarding)
        check->forwarding(**input.forwarding, u"update forwarding"_s);
}

void checkForwardingAndPurchase(const QByteArray &body, PropertyCheck *check)
{
    ValidationErrors forwardingErrors;
    const ForwardingInput forwarding = parseForwarding(body, &forwardingErrors);
    check->wellFormed(forwardingErrors, u"forwarding"_s);
    if (forwardingErrors.isEmpty())
        check->forwarding(forwarding, u"forwarding"_s);

    ValidationErrors purchaseErrors;
    const PurchaseInput purchase = parsePurchase(body, &purchaseErrors);
    check->wellFormed(purchaseErrors, u"purchase"_s);
    if (!purchaseErrors.isEmpty())
        return;
    check->e164(purchase.phoneNumber, u"purchase phone_number"_s);
    check->length(purchase.displayName, 256, u"purchase display_name"_s);
    check->capabilities(purchase.capabilities, 2, u"purchase capabilities"_s);
}

// Starlette's reading of a query, written the plain way: '&' separates pairs, '+' is a space,
// then percent-decoding and UTF-8; the last of a repeated name wins.
std::optional<QString> referenceQueryValue(const QByteArray &encodedQuery, const QString &name)
{
    std::optional<QString> found;
    for (QByteArray pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(key)) == name) {
            const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            found = QString::fromUtf8(QByteArray::fromPercentEncoding(value));
        }
    }
    return found;
}

void checkQuery(const QByteArray &encodedQuery, PropertyCheck *check)
{
    const QueryParameters query(encodedQuery);
    const QStringList names{u"limit"_s, u"status"_s, u"continuation_token"_s, u"is_active"_s,
            u"offset"_s, u"id"_s, u" "_s, QString()};
    for (const QString &name : names) {
        check->require(query.value(name) == referenceQueryValue(encodedQuery, name),
                u"QueryParameters reads \"%1\" differently from Starlette"_s.arg(name));
    }
    ValidationErrors errors;
    const int limit = queryLimit(query, &errors);
    check->require(limit >= 1 && limit <= 20, u"queryLimit() returned %1"_s.arg(limit));
    queryContinuationToken(query, &errors);
    const QString status = queryStatus(query, &errors);
    check->require(status.isEmpty() || status == u"active" || status == u"inactive",
            u"queryStatus() returned \"%1\""_s.arg(status));
    queryBoolean(query, u"is_active"_s, &errors);
    queryInteger(query, u"offset"_s, &errors);
    check->wellFormed(errors, u"query"_s);

    for (const QString &name : {u"id"_s, u"inbound_service_id"_s, u"workspace_id"_s}) {
        if (const std::optional<QString> value = query.value(name)) {
            ValidationErrors pathErrors;
            const QString uuid = pathUuid(*value, name, &pathErrors);
            check->wellFormed(pathErrors, u"path"_s);
            if (pathErrors.isEmpty())
                check->uuid(uuid, u"path "_s + name);
        }
    }
}

} // namespace

namespace FuzzEntry {

QStringList validateSandboxRequest(QByteArrayView data)
{
    QStringList violations;
    PropertyCheck check(&violations);
    const QByteArray bytes = data.toByteArray();
    checkCreate(bytes, &check);
    checkUpdate(bytes, &check);
    checkForwardingAndPurchase(bytes, &check);
    checkQuery(bytes, &check);

    QString problem;
    if (const std::optional<QString> uuid = canonicalUuid(QString::fromUtf8(bytes), &problem))
        check.uuid(*uuid, u"canonicalUuid()"_s);
    return violations;
}

} // namespace FuzzEntry
