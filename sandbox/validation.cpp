#include "validation.h"

#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The form canonicalUuid() returns: 8-4-4-4-12 lower-case hex digits. Most paths carry it as is.
bool isCanonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

// A query name or value as Starlette decodes it: '+' is a space, then percent-decoding, then UTF-8.
QString queryDecoded(QByteArrayView text)
{
    if (!text.contains('%') && !text.contains('+'))
        return QString::fromUtf8(text);
    QByteArray bytes = text.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// How much of a client's value an error repeats back: strings are cut after maxEchoedLength code
// points and lists and objects after maxEchoedItems entries, each marked with an ellipsis, so that
// an error never sends a large request back whole.
constexpr qsizetype maxEchoedLength = 64;
constexpr qsizetype maxEchoedItems = 16;
constexpr int maxEchoedDepth = 4;

QString echoedText(const QString &text)
{
    qsizetype end = 0;
    for (qsizetype count = 0; count < maxEchoedLength && end < text.size(); ++count) {
        const bool pair = text[end].isHighSurrogate() && end + 1 < text.size()
                && text[end + 1].isLowSurrogate();
        end += pair ? 2 : 1;
    }
    if (end == text.size())
        return text;
    return text.left(end) + u'…';
}

QJsonValue echoed(const QJsonValue &value, int depth = 0)
{
    const QString ellipsis(u'…');
    if (value.isString())
        return echoedText(value.toString());
    if ((value.isArray() || value.isObject()) && depth >= maxEchoedDepth)
        return ellipsis;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        QJsonArray result;
        for (qsizetype i = 0; i < items.size() && i < maxEchoedItems; ++i)
            result.append(echoed(items[i], depth + 1));
        if (items.size() > maxEchoedItems)
            result.append(ellipsis);
        return result;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end() && result.size() < maxEchoedItems; ++it)
            result.insert(echoedText(it.key()), echoed(it.value(), depth + 1));
        if (object.size() > maxEchoedItems)
            result.insert(ellipsis, ellipsis);
        return result;
    }
    return value;
}

QJsonArray queryLoc(const QString &name)
{
    return QJsonArray{u"query"_s, name};
}

// Python's int() on a query string: optional surrounding spaces, optional sign, digits.
std::optional<qint64> parseInteger(QString text)
{
    text = text.trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || text.isEmpty())
        return std::nullopt;
    return value;
}

// Whether the text is an integer as Python's int() reads it, of any size.
bool isIntegerText(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'-') || text.startsWith(u'+'))
        text = text.sliced(1);
    return !text.isEmpty()
            && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

void ValidationErrors::add(const QJsonArray &loc, const QString &type, const QString &message,
        const QJsonValue &input, const QJsonObject &context)
{
    QJsonObject error{
            {u"type"_s, type}, {u"loc"_s, loc}, {u"msg"_s, message}, {u"input"_s, echoed(input)}};
    if (!context.isEmpty())
        error.insert(u"ctx"_s, context);
    m_detail.append(error);
}

QueryParameters::QueryParameters(const QByteArray &encodedQuery)
{
    m_items.reserve(encodedQuery.count('&') + 1);
    const QByteArrayView query(encodedQuery);
    for (qsizetype start = 0; start <= query.size();) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView name = equals < 0 ? pair : pair.first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
        m_items.append({queryDecoded(name), queryDecoded(value)});
    }
}

std::optional<QString> QueryParameters::value(const QString &name) const
{
    // The last one of a repeated name counts.
    const auto found = std::find_if(m_items.crbegin(), m_items.crend(),
            [&](const auto &item) { return item.first == name; });
    if (found == m_items.crend())
        return std::nullopt;
    return found->second;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

std::optional<QString> canonicalUuid(const QString &text, QString *error)
{
    QString value = text;
    if (value.startsWith(u"urn:uuid:"))
        value = value.mid(9);
    else if (value.size() == 38 && value.startsWith(u'{') && value.endsWith(u'}'))
        value = value.mid(1, 36);

    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!isHexDigit(value[i]) && value[i] != u'-') {
            *error = u"invalid character: expected an optional prefix of `urn:uuid:` followed "
                     "by [0-9a-fA-F-], found `%1` at %2"_s.arg(value[i])
                             .arg(i + 1);
            return std::nullopt;
        }
    }

    if (!value.contains(u'-')) {
        if (value.size() != 32) {
            *error = u"invalid length: expected length 32 for simple format, found %1"_s.arg(
                    value.size());
            return std::nullopt;
        }
        value = value.left(8) + u'-' + value.mid(8, 4) + u'-' + value.mid(12, 4) + u'-'
                + value.mid(16, 4) + u'-' + value.mid(20);
        return value.toLower();
    }

    const auto groups = value.split(u'-');
    if (groups.size() != 5) {
        *error = u"invalid group count: expected 5, found %1"_s.arg(groups.size());
        return std::nullopt;
    }
    constexpr int expected[] = {8, 4, 4, 4, 12};
    for (int i = 0; i < 5; ++i) {
        if (groups[i].size() != expected[i]) {
            *error = u"invalid group length in group %1: expected %2, found %3"_s.arg(i)
                             .arg(expected[i])
                             .arg(groups[i].size());
            return std::nullopt;
        }
    }
    return value.toLower();
}

QString pathUuid(const QString &text, const QString &name, ValidationErrors *errors)
{
    if (isCanonicalUuid(text))
        return text;
    QString problem;
    const auto uuid = canonicalUuid(text, &problem);
    if (uuid)
        return *uuid;
    errors->add(QJsonArray{u"path"_s, name}, u"uuid_parsing"_s,
            u"Input should be a valid UUID, "_s + problem, text,
            QJsonObject{{u"error"_s, problem}});
    return {};
}

std::optional<qint64> queryInteger(
        const QueryParameters &query, const QString &name, ValidationErrors *errors)
{
    const auto text = query.value(name);
    if (!text)
        return std::nullopt;
    const auto value = parseInteger(*text);
    if (!value) {
        errors->add(queryLoc(name), u"int_parsing"_s,
                u"Input should be a valid integer, unable to parse string as an integer"_s, *text);
    }
    return value;
}

int queryLimit(const QueryParameters &query, ValidationErrors *errors)
{
    constexpr int defaultLimit = 10;
    constexpr int maximum = 20;
    const auto value = queryInteger(query, u"limit"_s, errors);
    if (!value)
        return defaultLimit;
    const QString input = *query.value(u"limit"_s);
    if (*value <= 0) {
        errors->add(queryLoc(u"limit"_s), u"greater_than"_s, u"Input should be greater than 0"_s,
                input, QJsonObject{{u"gt"_s, 0}});
        return defaultLimit;
    }
    if (*value > maximum) {
        errors->add(queryLoc(u"limit"_s), u"less_than_equal"_s,
                u"Input should be less than or equal to 20"_s, input,
                QJsonObject{{u"le"_s, maximum}});
        return defaultLimit;
    }
    return int(*value);
}

qint64 querySearchLimit(const QueryParameters &query, ValidationErrors *errors)
{
    constexpr qint64 defaultLimit = 10;
    const auto text = query.value(u"limit"_s);
    if (text && isIntegerText(*text) && !parseInteger(*text)) {
        return text->trimmed().startsWith(u'-') ? std::numeric_limits<qint64>::min()
                                                : std::numeric_limits<qint64>::max();
    }
    return queryInteger(query, u"limit"_s, errors).value_or(defaultLimit);
}

qint64 queryContinuationToken(const QueryParameters &query, ValidationErrors *errors)
{
    // An integer too large for qint64 is still an integer to pydantic, so not a 422; it is one of
    // the foreign tokens that isForeignContinuationToken() finds.
    const auto text = query.value(u"continuation_token"_s);
    if (text && isIntegerText(*text) && !parseInteger(*text))
        return 0;
    return queryInteger(query, u"continuation_token"_s, errors).value_or(0);
}

bool isForeignContinuationToken(const QueryParameters &query)
{
    // The tokens the sandbox hands out are offsets into a list, and JSON numbers carry integers
    // exactly up to 2^53 - 1 (the SDK types the token as a JavaScript number).
    constexpr qint64 largestToken = (qint64(1) << 53) - 1;
    const auto text = query.value(u"continuation_token"_s);
    if (!text || !isIntegerText(*text))
        return false;
    const auto value = parseInteger(*text);
    return !value || *value < 0 || *value > largestToken;
}

QString queryStatus(const QueryParameters &query, ValidationErrors *errors)
{
    const auto status = query.value(u"status"_s);
    if (!status)
        return {};
    if (*status == u"active" || *status == u"inactive")
        return *status;
    errors->add(queryLoc(u"status"_s), u"literal_error"_s,
            u"Input should be 'active' or 'inactive'"_s, *status,
            QJsonObject{{u"expected"_s, u"'active' or 'inactive'"_s}});
    return {};
}

std::optional<bool> queryBoolean(
        const QueryParameters &query, const QString &name, ValidationErrors *errors)
{
    const auto text = query.value(name);
    if (!text)
        return std::nullopt;
    const QString lower = text->trimmed().toLower();
    static const QStringList truthy{u"1"_s, u"on"_s, u"t"_s, u"true"_s, u"y"_s, u"yes"_s};
    static const QStringList falsy{u"0"_s, u"off"_s, u"f"_s, u"false"_s, u"n"_s, u"no"_s};
    if (truthy.contains(lower))
        return true;
    if (falsy.contains(lower))
        return false;
    errors->add(queryLoc(name), u"bool_parsing"_s,
            u"Input should be a valid boolean, unable to interpret input"_s, *text);
    return std::nullopt;
}

} // namespace Sandbox
