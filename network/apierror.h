#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// Everything a failed request tells the person and the code that handles it.
class ApiError
{
public:
    enum class Kind {
        Network,           // could not reach the server, connection dropped, TLS failure
        Timeout,           // no progress for too long, or the total deadline passed
        Http,              // the server answered with an error status
        Validation,        // 422 with field errors
        RateLimited,       // 429 after retries ran out
        MalformedResponse, // a body that is not what the contract says
        Cancelled,         // cancelled by its owner
        OutcomeUnknown,    // a non-idempotent request whose result cannot be known (e.g. purchase
                           // timeout)
        Configuration,     // the request could not be sent as configured (bad base URL, insecure
                           // scheme)
    };

    struct FieldError
    {
        QString field;   // the body field name from `loc`, e.g. "display_name" or
                         // "forwarding.forward_to"
        QString message; // the server's `msg`
        QString type;    // the server's `type`, e.g. "string_too_long"
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QString detail() const { return m_detail; }
    QString requestId() const { return m_requestId; }
    QString endpoint() const { return m_endpoint; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    QString fieldError(const QString &field) const;
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }

    ApiError &setHttpStatus(int status);
    ApiError &setDetail(const QString &detail);
    ApiError &setRequestId(const QString &requestId);
    ApiError &setEndpoint(const QString &endpoint);
    ApiError &setFieldErrors(const QList<FieldError> &errors);
    ApiError &setRetryAfter(std::chrono::seconds delay);

    bool isCancelled() const { return m_kind == Kind::Cancelled; }
    bool isNotFound() const { return m_kind == Kind::Http && m_httpStatus == 404; }
    bool isConflict() const { return m_kind == Kind::Http && m_httpStatus == 409; }
    bool isForbidden() const { return m_kind == Kind::Http && m_httpStatus == 403; }

    // The message with the request id appended, for banners and logs a person may quote to support.
    QString fullText() const;

private:
    Kind m_kind = Kind::Network;
    QString m_message;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_requestId;
    QString m_endpoint;
    QList<FieldError> m_fieldErrors;
    std::optional<std::chrono::seconds> m_retryAfter;
};
