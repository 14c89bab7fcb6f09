#include "pendingcall.h"

#include "httperror.h"
#include "networklog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

PendingCall::PendingCall(QNetworkAccessManager *network, QNetworkRequest request,
        ApiClient::Request spec, QObject *context, ApiClient::Callback<HttpReply> done,
        ApiClient::Timeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_spec(std::move(spec))
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_done(std::move(done))
    , m_timeouts(timeouts)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        ApiError error(ApiError::Kind::Timeout,
                QCoreApplication::translate("PendingCall",
                        "The server did not finish answering in time "
                        "(%1 s). Try again.")
                        .arg(m_timeouts.deadline.count() / 1000.0));
        error.setEndpoint(m_spec.endpoint);
        finish(error);
    });
    if (context) {
        // The owner is gone: nobody may be called back, and the request has no reason to go on.
        connect(context, &QObject::destroyed, this, [this] {
            m_finished = true;
            abortReply();
            deleteLater();
        });
    }
}

PendingCall::~PendingCall()
{
    abortReply();
}

void PendingCall::start()
{
    m_elapsed.start();
    m_deadline.start(m_timeouts.deadline);
    m_request.setTransferTimeout(static_cast<int>(m_timeouts.idle.count()));

    QByteArray body;
    if (m_spec.body) {
        body = QJsonDocument(*m_spec.body).toJson(QJsonDocument::Compact);
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    m_reply = m_network->sendCustomRequest(m_request, m_spec.method, body);
    connect(m_reply, &QNetworkReply::finished, this, &PendingCall::onReplyFinished);
}

void PendingCall::cancel()
{
    ApiError error(ApiError::Kind::Cancelled,
            QCoreApplication::translate("PendingCall", "The request was cancelled."));
    error.setEndpoint(m_spec.endpoint);
    finish(error);
}

void PendingCall::fail(const ApiError &error)
{
    finish(error);
}

void PendingCall::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void PendingCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    qCDebug(lcNetwork).nospace() << m_spec.method << ' ' << m_request.url().path() << ' ' << status
                                 << ' ' << m_elapsed.elapsed() << "ms id=" << requestId;

    if (status == 0) {
        ApiError error = HttpError::fromNetworkError(
                reply->error(), reply->errorString(), m_spec.endpoint);
        finish(error);
        return;
    }

    const QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        ApiError error = HttpError::fromStatus(status, body, m_spec.endpoint);
        error.setRequestId(requestId);
        finish(error);
        return;
    }
    finish(HttpReply{status, body, requestId});
}

void PendingCall::finish(const Result<HttpReply> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    abortReply();
    deleteLater();

    if (m_hadContext && !m_context)
        return;
    if (m_done)
        m_done(result);
}
