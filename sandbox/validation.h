#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

// Collects FastAPI/pydantic v2 shaped validation errors: {"loc": [...], "msg", "type", "input",
// "ctx"}. The list becomes the "detail" array of a 422 response. The "input" is the client's value
// cut to a few dozen characters and entries, unlike pydantic, which repeats it whole.
class ValidationErrors
{
public:
    void add(const QJsonArray &loc, const QString &type, const QString &message,
            const QJsonValue &input, const QJsonObject &context = {});
    bool isEmpty() const { return m_detail.isEmpty(); }
    const QJsonArray &detail() const { return m_detail; }

private:
    QJsonArray m_detail;
};

// Query parameters decoded as Starlette does ('+' is a space; a repeated name keeps its last
// value).
class QueryParameters
{
public:
    explicit QueryParameters(const QByteArray &encodedQuery = {});
    std::optional<QString> value(const QString &name) const;

private:
    QList<QPair<QString, QString>> m_items;
};

// Length in Unicode code points, the unit pydantic's max_length counts.
qsizetype codePointCount(QStringView text);

// The canonical (lower-case, hyphenated) form of a UUID in any form pydantic accepts, or nothing
// with the parser's complaint in *error.
std::optional<QString> canonicalUuid(const QString &text, QString *error);

// Path and query checks; each adds its errors and returns the value to use.
QString pathUuid(const QString &text, const QString &name, ValidationErrors *errors);
int queryLimit(const QueryParameters &query, ValidationErrors *errors);
// The carrier search's limit. The contract declares no bounds, so any integer passes, and one
// beyond qint64 (still an integer to pydantic) saturates.
qint64 querySearchLimit(const QueryParameters &query, ValidationErrors *errors);
qint64 queryContinuationToken(const QueryParameters &query, ValidationErrors *errors);
// Whether continuation_token is an integer that the sandbox never hands out: negative, or beyond
// 2^53 - 1. A list endpoint refuses it with 400 after the 422 checks.
bool isForeignContinuationToken(const QueryParameters &query);
QString queryStatus(const QueryParameters &query, ValidationErrors *errors);
std::optional<qint64> queryInteger(
        const QueryParameters &query, const QString &name, ValidationErrors *errors);
std::optional<bool> queryBoolean(
        const QueryParameters &query, const QString &name, ValidationErrors *errors);

// A value that a partial update may leave out (outer empty), set to null (inner empty) or set.
template<typename T>
using Patch = std::optional<std::optional<T>>;

struct ForwardingInput
{
    QString forwardTo;
    bool enabled = true;
    bool shouldDisconnect = true;
};

struct CreatePhoneNumberInput
{
    QString phoneNumber;
    QString displayName;
    QString provider = QStringLiteral("twilio");
    QStringList capabilities{QStringLiteral("inbound"), QStringLiteral("outbound")};
    QString status = QStringLiteral("active");
    std::optional<QString> inboundServiceId;
    std::optional<QString> providerPhoneSid;
    QString notes;
    std::optional<ForwardingInput> forwarding;
};

struct UpdatePhoneNumberInput
{
    Patch<QString> displayName;
    Patch<QString> provider;
    Patch<QStringList> capabilities;
    Patch<QString> status;
    Patch<QString> inboundServiceId;
    Patch<QString> providerPhoneSid;
    Patch<QString> notes;
    Patch<ForwardingInput> forwarding;
};

struct PurchaseInput
{
    QString phoneNumber;
    QString displayName;
    QStringList capabilities{QStringLiteral("inbound"), QStringLiteral("outbound")};
};

// Request body parsers. They never fail on any byte sequence: problems end up in *errors.
CreatePhoneNumberInput parseCreatePhoneNumber(const QByteArray &body, ValidationErrors *errors);
UpdatePhoneNumberInput parseUpdatePhoneNumber(const QByteArray &body, ValidationErrors *errors);
ForwardingInput parseForwarding(const QByteArray &body, ValidationErrors *errors);
PurchaseInput parsePurchase(const QByteArray &body, ValidationErrors *errors);

// The 422 detail list the sandbox answers a create request body with; empty when it is valid.
// A pure function over arbitrary bytes, for fuzzing.
QJsonArray validatePhoneNumberCreate(const QByteArray &body);

} // namespace Sandbox
