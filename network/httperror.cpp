#include "httperror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace HttpError {

static QString tr(const char *text)
{
    return QCoreApplication::translate("HttpError", text);
}

// FastAPI puts a string, an object or a list of validation errors in "detail".
static QString detailText(const QJsonValue &detail)
{
    if (detail.isString())
        return detail.toString();
    if (detail.isObject()) {
        const QJsonObject object = detail.toObject();
        for (const QString &key : {u"message"_s, u"msg"_s, u"detail"_s}) {
            if (object.value(key).isString())
                return object.value(key).toString();
        }
    }
    return {};
}

static QList<ApiError::FieldError> fieldErrors(const QJsonValue &detail)
{
    QList<ApiError::FieldError> errors;
    const QJsonArray items = detail.toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        QStringList path;
        const QJsonArray loc = object.value(u"loc"_s).toArray();
        for (qsizetype i = 0; i < loc.size(); ++i) {
            // The first element names where the error is ("body", "query", "path").
            if (i == 0 && loc.size() > 1 && loc.at(i).isString())
                continue;
            path.append(loc.at(i).isString() ? loc.at(i).toString()
                                             : QString::number(loc.at(i).toInteger()));
        }
        errors.append({path.join(u'.'), object.value(u"msg"_s).toString(),
                object.value(u"type"_s).toString()});
    }
    return errors;
}

static QString messageForStatus(int status, const QString &detail, const QString &keyAdvice)
{
    switch (status) {
    case 400:
        return tr("The server refused the request (400).");
    case 401:
        return keyAdvice.isEmpty()
                ? tr("The API key was rejected (401). Check the key in Connection settings.")
                : tr("The API key was rejected (401).") + u' ' + keyAdvice;
    case 403:
        return tr("This API key is not allowed to do that (403). Ask a workspace admin for a key "
                  "with the needed role.");
    case 404:
        return tr("Not found (404). It may have been removed by someone else.");
    case 409:
        return tr("Conflict (409): %1").arg(detail.isEmpty() ? tr("it already exists.") : detail);
    case 413:
        return tr("The request is too large for the server (413).");
    case 422:
        return tr("The server did not accept the values sent (422).");
    case 429:
        return tr("The server is rate limiting this workspace (429). Wait a moment and try again.");
    case 500:
        return tr("The server had an internal error (500). Try again in a moment.");
    case 502:
    case 503:
    case 504:
        return tr("The server is unavailable right now (%1). Try again in a moment.").arg(status);
    default:
        return tr("The server answered with an unexpected status (%1).").arg(status);
    }
}

ApiError fromStatus(int status, const QByteArray &body, const QString &endpoint,
        std::optional<std::chrono::seconds> retryAfter, const QString &rejectedKeyAdvice)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue detail = object.value(u"detail"_s);
    const QString text = detailText(detail);

    const bool validation = status == 422 && detail.isArray();
    const ApiError::Kind kind = validation ? ApiError::Kind::Validation
            : status == 429                ? ApiError::Kind::RateLimited
                                           : ApiError::Kind::Http;
    QString message = messageForStatus(status, text, rejectedKeyAdvice);
    if (status == 429 && retryAfter) {
        message = QCoreApplication::translate("HttpError",
                "The server is rate limiting this workspace (429). "
                "Wait %n s and try again.",
                nullptr, int(retryAfter->count()));
    }
    const QList<ApiError::FieldError> fields
            = validation ? fieldErrors(detail) : QList<ApiError::FieldError>();
    if (!fields.isEmpty()) {
        QStringList parts;
        for (const ApiError::FieldError &field : fields)
            parts.append(tr("%1: %2").arg(
                    field.field.isEmpty() ? tr("request") : field.field, field.message));
        message += u' ' + parts.join(u"; "_s);
    } else if (!text.isEmpty() && status != 409) {
        message += u' ' + tr("The server said: “%1”").arg(text);
    }

    ApiError error(kind, message);
    error.setHttpStatus(status).setDetail(text).setEndpoint(endpoint);
    if (object.value(u"request_id"_s).isString())
        error.setRequestId(object.value(u"request_id"_s).toString());
    if (retryAfter)
        error.setRetryAfter(*retryAfter);
    if (validation)
        error.setFieldErrors(fields);
    return error;
}

ApiError fromNetworkError(
        QNetworkReply::NetworkError code, const QString &errorString, const QString &endpoint)
{
    QString message;
    ApiError::Kind kind = ApiError::Kind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        message = tr("The server refused the connection. Check the API address and that the "
                     "server is running.");
        break;
    case QNetworkReply::HostNotFoundError:
        message = tr("The server's name could not be found. Check the API address and your "
                     "network connection.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        kind = ApiError::Kind::Timeout;
        message = tr("The server did not answer in time. Check your network connection and try "
                     "again.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message = tr("The secure connection failed: %1. The connection was not trusted and "
                     "nothing was sent.")
                          .arg(errorString);
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = tr("The server closed the connection unexpectedly. Try again.");
        break;
    default:
        message = tr("The network request failed: %1").arg(errorString);
        break;
    }
    ApiError error(kind, message);
    error.setEndpoint(endpoint);
    return error;
}

} // namespace HttpError
