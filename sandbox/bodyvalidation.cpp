#include "validation.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr int maxDisplayName = 256;
constexpr int maxNotes = 2000;
constexpr int maxProviderSid = 64;

const QStringList providers{u"twilio"_s, u"livekit"_s};
const QStringList statuses{u"active"_s, u"inactive"_s};
const QStringList capabilityNames{u"inbound"_s, u"outbound"_s};

QString expectedChoices(const QStringList &choices)
{
    QStringList quoted;
    for (const auto &choice : choices)
        quoted << u'\'' + choice + u'\'';
    if (quoted.size() <= 1)
        return quoted.join(QString());
    return quoted.mid(0, quoted.size() - 1).join(u", "_s) + u" or "_s + quoted.constLast();
}

// Reads the fields of one JSON object the way pydantic's lax mode validates a model.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QJsonArray &loc, ValidationErrors *errors)
        : m_object(object)
        , m_loc(loc)
        , m_errors(errors)
    { }

    bool has(const QString &name) const { return m_object.contains(name); }
    bool isNull(const QString &name) const { return m_object.value(name).isNull(); }

    QJsonArray loc(const QString &name) const
    {
        QJsonArray loc = m_loc;
        loc.append(name);
        return loc;
    }

    void missing(const QString &name) const
    {
        m_errors->add(loc(name), u"missing"_s, u"Field required"_s, m_object);
    }

    std::optional<QString> string(const QString &name, int maxLength, int minLength = 0) const
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isString()) {
            m_errors->add(loc(name), u"string_type"_s, u"Input should be a valid string"_s, value);
            return std::nullopt;
        }
        const QString text = value.toString();
        const qsizetype length = codePointCount(text);
        if (length < minLength) {
            m_errors->add(loc(name), u"string_too_short"_s,
                    u"String should have at least %1 character%2"_s.arg(minLength).arg(
                            minLength == 1 ? QString() : u"s"_s),
                    text, QJsonObject{{u"min_length"_s, minLength}});
            return std::nullopt;
        }
        if (length > maxLength) {
            m_errors->add(loc(name), u"string_too_long"_s,
                    u"String should have at most %1 character%2"_s.arg(maxLength).arg(
                            maxLength == 1 ? QString() : u"s"_s),
                    text, QJsonObject{{u"max_length"_s, maxLength}});
            return std::nullopt;
        }
        return text;
    }

    // PhoneE164 is a 2..16 character string in the contract; the sandbox also insists on the
    // E.164 shape so that clients meet a server that does.
    std::optional<QString> e164(const QString &name) const
    {
        static const QRegularExpression pattern(u"^\\+[1-9]\\d{1,14}$"_s);
        const auto text = string(name, 16, 2);
        if (!text)
            return std::nullopt;
        // The whole text must match: `$` alone also matches before a final newline.
        if (pattern.match(*text).captured() != *text) {
            m_errors->add(loc(name), u"string_pattern_mismatch"_s,
                    u"String should match pattern '%1'"_s.arg(pattern.pattern()), *text,
                    QJsonObject{{u"pattern"_s, pattern.pattern()}});
            return std::nullopt;
        }
        return text;
    }

    std::optional<QString> choice(const QString &name, const QStringList &choices) const
    {
        return choiceAt(m_object.value(name), loc(name), choices);
    }

    std::optional<QString> choiceAt(
            const QJsonValue &value, const QJsonArray &at, const QStringList &choices) const
    {
        if (value.isString() && choices.contains(value.toString()))
            return value.toString();
        const QString expected = expectedChoices(choices);
        m_errors->add(at, u"literal_error"_s, u"Input should be "_s + expected, value,
                QJsonObject{{u"expected"_s, expected}});
        return std::nullopt;
    }

    std::optional<QString> uuid(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isString()) {
            m_errors->add(loc(name), u"uuid_type"_s,
                    u"UUID input should be a string, bytes or UUID object"_s, value);
            return std::nullopt;
        }
        QString problem;
        const auto uuid = canonicalUuid(value.toString(), &problem);
        if (!uuid) {
            m_errors->add(loc(name), u"uuid_parsing"_s,
                    u"Input should be a valid UUID, "_s + problem, value,
                    QJsonObject{{u"error"_s, problem}});
        }
        return uuid;
    }

    std::optional<bool> boolean(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isBool())
            return value.toBool();
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return value.toDouble() == 1;
        if (value.isString()) {
            const QString lower = value.toString().toLower();
            if (QStringList{u"1"_s, u"on"_s, u"t"_s, u"true"_s, u"y"_s, u"yes"_s}.contains(lower))
                return true;
            if (QStringList{u"0"_s, u"off"_s, u"f"_s, u"false"_s, u"n"_s, u"no"_s}.contains(lower))
                return false;
            m_errors->add(loc(name), u"bool_parsing"_s,
                    u"Input should be a valid boolean, unable to interpret input"_s, value);
            return std::nullopt;
        }
        m_errors->add(loc(name), u"bool_type"_s, u"Input should be a valid boolean"_s, value);
        return std::nullopt;
    }

    std::optional<QStringList> capabilities(const QString &name, int maxItems) const
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isArray()) {
            m_errors->add(loc(name), u"list_type"_s, u"Input should be a valid list"_s, value);
            return std::nullopt;
        }
        const QJsonArray items = value.toArray();
        QStringList result;
        bool valid = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonArray at = loc(name);
            at.append(int(i));
            const auto capability = choiceAt(items.at(i), at, capabilityNames);
            valid = valid && capability.has_value();
            if (capability)
                result << *capability;
        }
        if (!valid)
            return std::nullopt;
        if (items.size() > maxItems) {
            m_errors->add(loc(name), u"too_long"_s,
                    u"List should have at most %1 item%2 after validation, not %3"_s.arg(maxItems)
                            .arg(maxItems == 1 ? QString() : u"s"_s)
                            .arg(items.size()),
                    value,
                    QJsonObject{{u"field_type"_s, u"List"_s}, {u"max_length"_s, maxItems},
                            {u"actual_length"_s, int(items.size())}});
            return std::nullopt;
        }
        return result;
    }

    std::optional<ForwardingInput> forwarding(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isObject()) {
            m_errors->add(loc(name), u"model_attributes_type"_s,
                    u"Input should be a valid dictionary or object to extract fields from"_s,
                    value);
            return std::nullopt;
        }
        return readForwarding(value.toObject(), loc(name), m_errors);
    }

    static std::optional<ForwardingInput> readForwarding(
            const QJsonObject &object, const QJsonArray &at, ValidationErrors *errors)
    {
        const ObjectReader reader(object, at, errors);
        const auto before = errors->detail().size();
        ForwardingInput forwarding;
        if (!reader.has(u"forward_to"_s))
            reader.missing(u"forward_to"_s);
        else
            forwarding.forwardTo = reader.e164(u"forward_to"_s).value_or(QString());
        if (reader.has(u"enabled"_s))
            forwarding.enabled = reader.boolean(u"enabled"_s).value_or(true);
        if (reader.has(u"should_disconnect"_s))
            forwarding.shouldDisconnect = reader.boolean(u"should_disconnect"_s).value_or(true);
        if (errors->detail().size() != before)
            return std::nullopt;
        return forwarding;
    }

private:
    QJsonObject m_object;
    QJsonArray m_loc;
    ValidationErrors *m_errors;
};

// The body as one JSON value of any kind. QJsonDocument reads only an object or an array, so a
// lone value (null, "text", 42, true) is read as the one item of an array around it.
std::optional<QJsonValue> bodyValue(const QByteArray &body, QJsonParseError *parseError)
{
    const QJsonDocument document = QJsonDocument::fromJson(body, parseError);
    if (parseError->error == QJsonParseError::NoError)
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QJsonParseError wrappedError;
    const QJsonArray wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError).array();
    if (wrappedError.error != QJsonParseError::NoError || wrapped.size() != 1)
        return std::nullopt;
    return wrapped.first();
}

// The request body as a JSON object, or nothing with the error FastAPI gives for it.
std::optional<QJsonObject> bodyObject(const QByteArray &body, ValidationErrors *errors)
{
    if (body.trimmed().isEmpty()) {
        errors->add(QJsonArray{u"body"_s}, u"missing"_s, u"Field required"_s, QJsonValue::Null);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto value = bodyValue(body, &parseError);
    if (!value) {
        errors->add(QJsonArray{u"body"_s, parseError.offset}, u"json_invalid"_s,
                u"JSON decode error"_s, QJsonObject(),
                QJsonObject{{u"error"_s, parseError.errorString()}});
        return std::nullopt;
    }
    if (!value->isObject()) {
        errors->add(QJsonArray{u"body"_s}, u"model_attributes_type"_s,
                u"Input should be a valid dictionary or object to extract fields from"_s, *value);
        return std::nullopt;
    }
    return value->toObject();
}

// A nullable field of an update: absent, null, or a value read by read().
template<typename T, typename Read>
Patch<T> patch(const ObjectReader &reader, const QString &name, Read read)
{
    if (!reader.has(name))
        return std::nullopt;
    if (reader.isNull(name))
        return std::optional<T>();
    const auto value = read();
    if (!value)
        return std::nullopt;
    return std::optional<T>(*value);
}

} // namespace

CreatePhoneNumberInput parseCreatePhoneNumber(const QByteArray &body, ValidationErrors *errors)
{
    CreatePhoneNumberInput input;
    const auto object = bodyObject(body, errors);
    if (!object)
        return input;

    const ObjectReader reader(*object, QJsonArray{u"body"_s}, errors);
    if (!reader.has(u"phone_number"_s))
        reader.missing(u"phone_number"_s);
    else
        input.phoneNumber = reader.e164(u"phone_number"_s).value_or(QString());
    if (reader.has(u"display_name"_s))
        input.displayName = reader.string(u"display_name"_s, maxDisplayName).value_or(QString());
    if (reader.has(u"provider"_s))
        input.provider = reader.choice(u"provider"_s, providers).value_or(QString());
    if (reader.has(u"capabilities"_s))
        input.capabilities = reader.capabilities(u"capabilities"_s, 2).value_or(QStringList());
    if (reader.has(u"status"_s))
        input.status = reader.choice(u"status"_s, statuses).value_or(QString());
    if (reader.has(u"inbound_service_id"_s) && !reader.isNull(u"inbound_service_id"_s))
        input.inboundServiceId = reader.uuid(u"inbound_service_id"_s);
    if (reader.has(u"provider_phone_sid"_s) && !reader.isNull(u"provider_phone_sid"_s))
        input.providerPhoneSid = reader.string(u"provider_phone_sid"_s, maxProviderSid);
    if (reader.has(u"notes"_s))
        input.notes = reader.string(u"notes"_s, maxNotes).value_or(QString());
    if (reader.has(u"forwarding"_s) && !reader.isNull(u"forwarding"_s))
        input.forwarding = reader.forwarding(u"forwarding"_s);
    return input;
}

UpdatePhoneNumberInput parseUpdatePhoneNumber(const QByteArray &body, ValidationErrors *errors)
{
    UpdatePhoneNumberInput input;
    const auto object = bodyObject(body, errors);
    if (!object)
        return input;

    const ObjectReader reader(*object, QJsonArray{u"body"_s}, errors);
    input.displayName = patch<QString>(reader, u"display_name"_s,
            [&] { return reader.string(u"display_name"_s, maxDisplayName); });
    input.provider = patch<QString>(
            reader, u"provider"_s, [&] { return reader.choice(u"provider"_s, providers); });
    input.capabilities = patch<QStringList>(
            reader, u"capabilities"_s, [&] { return reader.capabilities(u"capabilities"_s, 4); });
    input.status = patch<QString>(
            reader, u"status"_s, [&] { return reader.choice(u"status"_s, statuses); });
    input.inboundServiceId = patch<QString>(
            reader, u"inbound_service_id"_s, [&] { return reader.uuid(u"inbound_service_id"_s); });
    input.providerPhoneSid = patch<QString>(reader, u"provider_phone_sid"_s,
            [&] { return reader.string(u"provider_phone_sid"_s, maxProviderSid); });
    input.notes = patch<QString>(
            reader, u"notes"_s, [&] { return reader.string(u"notes"_s, maxNotes); });
    input.forwarding = patch<ForwardingInput>(
            reader, u"forwarding"_s, [&] { return reader.forwarding(u"forwarding"_s); });
    return input;
}

ForwardingInput parseForwarding(const QByteArray &body, ValidationErrors *errors)
{
    const auto object = bodyObject(body, errors);
    if (!object)
        return {};
    return ObjectReader::readForwarding(*object, QJsonArray{u"body"_s}, errors)
            .value_or(ForwardingInput());
}

PurchaseInput parsePurchase(const QByteArray &body, ValidationErrors *errors)
{
    PurchaseInput input;
    const auto object = bodyObject(body, errors);
    if (!object)
        return input;

    const ObjectReader reader(*object, QJsonArray{u"body"_s}, errors);
    if (!reader.has(u"phone_number"_s))
        reader.missing(u"phone_number"_s);
    else
        input.phoneNumber = reader.e164(u"phone_number"_s).value_or(QString());
    if (reader.has(u"display_name"_s))
        input.displayName = reader.string(u"display_name"_s, maxDisplayName).value_or(QString());
    if (reader.has(u"capabilities"_s))
        input.capabilities = reader.capabilities(u"capabilities"_s, 2).value_or(QStringList());
    return input;
}

QJsonArray validatePhoneNumberCreate(const QByteArray &body)
{
    ValidationErrors errors;
    parseCreatePhoneNumber(body, &errors);
    return errors.detail();
}

} // namespace Sandbox
