#include "apierror.h"

#include <QCoreApplication>

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

QString ApiError::fieldError(const QString &field) const
{
    for (const FieldError &error : m_fieldErrors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

ApiError &ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

ApiError &ApiError::setDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

ApiError &ApiError::setRequestId(const QString &requestId)
{
    m_requestId = requestId;
    return *this;
}

ApiError &ApiError::setEndpoint(const QString &endpoint)
{
    m_endpoint = endpoint;
    return *this;
}

ApiError &ApiError::setFieldErrors(const QList<FieldError> &errors)
{
    m_fieldErrors = errors;
    return *this;
}

ApiError &ApiError::setRetryAfter(std::chrono::seconds delay)
{
    m_retryAfter = delay;
    return *this;
}

QString ApiError::fullText() const
{
    if (m_requestId.isEmpty())
        return m_message;
    return QCoreApplication::translate("ApiError", "%1 (request id %2)")
            .arg(m_message, m_requestId);
}
