#include "jsonreader.h"

#include <cmath>

using namespace Qt::StringLiterals;

JsonReader::JsonReader(const QJsonValue &value, const QString &what)
    : m_what(what)
{
    if (!value.isObject())
        fail(u"%1 is not a JSON object"_s.arg(what));
    else
        m_object = value.toObject();
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<QJsonValue> JsonReader::field(const QString &key, bool required)
{
    // One look-up per field: a page of numbers reads hundreds of them.
    const auto found = m_object.constFind(key);
    if (found != m_object.constEnd())
        return QJsonValue(*found);
    if (required)
        fail(u"%1 lacks the required field \"%2\""_s.arg(m_what, key));
    return std::nullopt;
}

QString JsonReader::requiredString(const QString &key)
{
    const std::optional<QJsonValue> found = field(key, true);
    if (!found)
        return {};
    const QJsonValue &value = *found;
    if (!value.isString()) {
        fail(u"%1 field \"%2\" is not a string"_s.arg(m_what, key));
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key, bool required)
{
    const std::optional<QJsonValue> found = field(key, required);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(u"%1 field \"%2\" is not a string or null"_s.arg(m_what, key));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> JsonReader::optionalString(const QString &key)
{
    const std::optional<QJsonValue> found = field(key, false);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (!value.isString()) {
        fail(u"%1 field \"%2\" is not a string"_s.arg(m_what, key));
        return std::nullopt;
    }
    return value.toString();
}

QJsonObject JsonReader::requiredObject(const QString &key)
{
    const std::optional<QJsonValue> found = field(key, true);
    if (!found)
        return {};
    const QJsonValue &value = *found;
    if (!value.isObject()) {
        fail(u"%1 field \"%2\" is not an object"_s.arg(m_what, key));
        return {};
    }
    return value.toObject();
}

bool JsonReader::requiredBool(const QString &key)
{
    const std::optional<QJsonValue> found = field(key, true);
    if (!found)
        return false;
    const QJsonValue &value = *found;
    if (!value.isBool()) {
        fail(u"%1 field \"%2\" is not a boolean"_s.arg(m_what, key));
        return false;
    }
    return value.toBool();
}

std::optional<bool> JsonReader::optionalBool(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(u"%1 field \"%2\" is not a boolean"_s.arg(m_what, key));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonReader::nullableInteger(const QString &key, bool required)
{
    const std::optional<QJsonValue> found = field(key, required);
    if (!found)
        return std::nullopt;
    const QJsonValue &value = *found;
    if (value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9.0e15) {
        fail(u"%1 field \"%2\" is not an integer"_s.arg(m_what, key));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

qint64 JsonReader::requiredInteger(const QString &key)
{
    const std::optional<QJsonValue> found = field(key, true);
    if (!found)
        return 0;
    if (found->isNull()) {
        fail(u"%1 field \"%2\" is null"_s.arg(m_what, key));
        return 0;
    }
    return nullableInteger(key).value_or(0);
}

QStringList JsonReader::stringList(const QString &key, bool required)
{
    const std::optional<QJsonValue> found = field(key, required);
    if (!found)
        return {};
    const QJsonValue &value = *found;
    if (!value.isArray()) {
        fail(u"%1 field \"%2\" is not a list"_s.arg(m_what, key));
        return {};
    }
    QStringList strings;
    const QJsonArray array = value.toArray();
    strings.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(u"%1 field \"%2\" holds something other than text"_s.arg(m_what, key));
            return {};
        }
        strings.append(item.toString());
    }
    return strings;
}

static std::optional<QDateTime> parseDateTime(const QString &text)
{
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime;
}

QDateTime JsonReader::requiredDateTime(const QString &key)
{
    const QString text = requiredString(key);
    if (!isValid())
        return {};
    const std::optional<QDateTime> dateTime = parseDateTime(text);
    if (!dateTime) {
        fail(u"%1 field \"%2\" is not a date and time"_s.arg(m_what, key));
        return {};
    }
    return *dateTime;
}

std::optional<QDateTime> JsonReader::nullableDateTime(const QString &key, bool required)
{
    const std::optional<QString> text = nullableString(key, required);
    if (!text)
        return std::nullopt;
    const std::optional<QDateTime> dateTime = parseDateTime(*text);
    if (!dateTime)
        fail(u"%1 field \"%2\" is not a date and time"_s.arg(m_what, key));
    return dateTime;
}
