#include "pendingcall.h"

#include "httperror.h"
#include "networklog.h"
#include "oneshotbody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono;

PendingCall::PendingCall(
        Setup setup, QObject *context, ApiClient::Callback<HttpReply> done, QObject *parent)
    : QObject(parent)
    , m_network(setup.network)
    , m_request(setup.request)
    , m_spec(std::move(setup.spec))
    , m_timeouts(setup.timeouts)
    , m_retry(std::move(setup.retry))
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    m_idle.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &PendingCall::onDeadline);
    connect(&m_idle, &QTimer::timeout, this, &PendingCall::onIdleTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &PendingCall::sendAttempt);
    if (m_network)
        connect(m_network, &QObject::destroyed, this, &PendingCall::onNetworkDestroyed);
    if (context) {
        // The owner is gone: nobody may be called back, and the request has no reason to go on.
        connect(context, &QObject::destroyed, this, [this] {
            m_finished = true;
            m_deadline.stop();
            m_retryTimer.stop();
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
    sendAttempt();
}

void PendingCall::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_network) {
        onNetworkDestroyed();
        return;
    }
    ++m_attempt;
    m_attemptElapsed.start();

    QByteArray body;
    if (m_spec.body) {
        body = QJsonDocument(*m_spec.body).toJson(QJsonDocument::Compact);
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    QNetworkReply *reply = nullptr;
    if (m_spec.outcomeUnknownAdvice.isEmpty()) {
        reply = m_network->sendCustomRequest(m_request, m_spec.method, body);
    } else {
        QNetworkRequest request = m_request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(body);
        reply = m_network->sendCustomRequest(request, m_spec.method, device);
        device->setParent(reply);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &PendingCall::onReplyFinished);
    // Any sign of life restarts the idle timeout; a server that sends its headers and then
    // nothing more is caught by it.
    const auto progress = [this] {
        if (m_reply)
            m_idle.start(m_timeouts.idle);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, progress);
    connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(reply, &QNetworkReply::uploadProgress, this, progress);
    m_idle.start(m_timeouts.idle);
}

void PendingCall::cancel()
{
    ApiError error(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    error.setEndpoint(m_spec.endpoint);
    finish(error);
}

void PendingCall::fail(const ApiError &error)
{
    finish(error);
}

void PendingCall::abortReply()
{
    m_idle.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

// The request could not have reached the server: nothing was sent, so a purchase did not happen.
static bool neverSent(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

void PendingCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    m_idle.stop();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    const RateLimitInfo rateLimit = RateLimitInfo::fromHeaders(
            reply->rawHeader("X-RateLimit-Limit"), reply->rawHeader("X-RateLimit-Remaining"),
            reply->rawHeader("X-RateLimit-Reset"));
    if (!rateLimit.isEmpty()) {
        const QPointer<PendingCall> self(this);
        Q_EMIT rateLimitSeen(rateLimit);
        if (!self || m_finished)
            return;
    }

    if (status == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        logExchange(0,
                QString::fromLatin1(
                        QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(code)),
                requestId);
        ApiError error = HttpError::fromNetworkError(code, reply->errorString(), m_spec.endpoint);
        if (!m_spec.outcomeUnknownAdvice.isEmpty() && !neverSent(code))
            return finish(outcomeUnknown(error));
        handleNetworkError(error);
        return;
    }

    logExchange(status, {}, requestId);
    const QByteArray body = reply->readAll();
    if (status >= 300 && status < 400)
        return handleRedirect(status, reply->rawHeader("Location"), requestId);
    if (status < 200 || status >= 300)
        return handleErrorStatus(status, body, reply->rawHeader("Retry-After"), requestId);
    finish(HttpReply{status, body, requestId});
}

void PendingCall::handleNetworkError(const ApiError &error)
{
    if (Retry::mayRetryNetworkError(m_spec.method) && retryLater(error, std::nullopt))
        return;
    finish(error);
}

void PendingCall::handleErrorStatus(int status, const QByteArray &body,
        const QByteArray &retryAfterHeader, const QString &requestId)
{
    std::optional<milliseconds> retryAfter
            = Retry::parseRetryAfter(retryAfterHeader, m_retry.currentTime());
    if (retryAfter)
        retryAfter = std::min(*retryAfter, m_retry.maxRetryAfter);

    std::optional<seconds> wait;
    if (retryAfter)
        wait = seconds(qint64(std::ceil(double(retryAfter->count()) / 1000.0)));
    ApiError error
            = HttpError::fromStatus(status, body, m_spec.endpoint, wait, m_spec.rejectedKeyAdvice);
    if (!requestId.isEmpty())
        error.setRequestId(requestId);

    // A gateway gave up waiting for the server: the purchase may or may not have happened.
    if (!m_spec.outcomeUnknownAdvice.isEmpty() && (status == 502 || status == 504))
        return finish(outcomeUnknown(error));
    if (Retry::mayRetryStatus(m_spec.method, status, retryAfter.has_value())
            && retryLater(error, retryAfter)) {
        return;
    }
    finish(error);
}

static bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.scheme() == u"https" ? 443 : 80;
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
            && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

void PendingCall::handleRedirect(int status, const QByteArray &location, const QString &requestId)
{
    const QUrl target = m_request.url().resolved(QUrl::fromEncoded(location));
    QString message;
    if (location.isEmpty() || !target.isValid()) {
        message = tr("The server answered with a redirect (%1) without a valid address. Check the "
                     "API address in Connection settings.")
                          .arg(status);
    } else if (!sameOrigin(target, m_request.url())) {
        // Following would hand the API key to whoever runs the other address.
        message = tr("The server redirected the request to another address (%1, %2). It was "
                     "not followed, so the API key was not sent there. Check the API address in "
                     "Connection settings.")
                          .arg(status)
                          .arg(target.host());
    } else if (m_spec.method != "GET" && m_spec.method != "HEAD") {
        message = tr("The server redirected the request (%1) instead of carrying it out, so "
                     "nothing was changed. Check the API address in Connection settings.")
                          .arg(status);
    } else if (++m_redirects > 5) {
        message = tr("The server redirected the request too many times (%1). Check the API "
                     "address in Connection settings.")
                          .arg(status);
    }
    if (!message.isEmpty()) {
        ApiError error(ApiError::Kind::Http, message);
        error.setHttpStatus(status).setRequestId(requestId).setEndpoint(m_spec.endpoint);
        return finish(error);
    }

    m_request.setUrl(target);
    --m_attempt; // following a redirect is the same attempt
    sendAttempt();
}

bool PendingCall::retryLater(const ApiError &reason, std::optional<milliseconds> serverDelay)
{
    if (m_attempt >= m_retry.maxAttempts)
        return false;
    const milliseconds delay = serverDelay ? *serverDelay : m_retry.backoff(m_attempt);
    if (m_elapsed.elapsed() + delay.count() >= m_timeouts.deadline.count())
        return false;

    const qint64 secondsLeft = qint64(std::ceil(double(delay.count()) / 1000.0));
    RetryNotice notice;
    notice.endpoint = m_spec.endpoint;
    notice.attempt = m_attempt;
    notice.delay = delay;
    notice.reason = reason;
    if (reason.kind() == ApiError::Kind::RateLimited)
        notice.message = QCoreApplication::translate(
                "PendingCall", "Rate limited, retrying in %n s…", nullptr, int(secondsLeft));
    else if (reason.httpStatus() != 0)
        notice.message = QCoreApplication::translate("PendingCall",
                "The server is busy (%1), retrying in %n s…", nullptr, int(secondsLeft))
                                 .arg(reason.httpStatus());
    else
        notice.message = QCoreApplication::translate(
                "PendingCall", "Connection problem, retrying in %n s…", nullptr, int(secondsLeft));

    // Started before telling anyone: a listener may cancel the call, which stops the timer.
    m_retryTimer.start(delay);
    Q_EMIT retryScheduled(notice);
    return true;
}

ApiError PendingCall::outcomeUnknown(const ApiError &cause) const
{
    ApiError error(
            ApiError::Kind::OutcomeUnknown, cause.message() + u' ' + m_spec.outcomeUnknownAdvice);
    error.setHttpStatus(cause.httpStatus())
            .setDetail(cause.detail())
            .setRequestId(cause.requestId())
            .setEndpoint(m_spec.endpoint);
    return error;
}

ApiError PendingCall::timeoutError(bool deadline) const
{
    const QString message = deadline
            ? tr("“%1” did not finish within %2 s. Check your network connection and try again.")
                      .arg(m_spec.endpoint)
                      .arg(double(m_timeouts.deadline.count()) / 1000.0)
            : tr("The server stopped answering “%1” for %2 s. Check your network connection and "
                 "try again.")
                      .arg(m_spec.endpoint)
                      .arg(double(m_timeouts.idle.count()) / 1000.0);
    ApiError error(ApiError::Kind::Timeout, message);
    error.setEndpoint(m_spec.endpoint);
    return error;
}

void PendingCall::onIdleTimeout()
{
    if (!m_reply)
        return;
    abortReply();
    logExchange(0, u"idle timeout"_s, {});
    const ApiError error = timeoutError(false);
    if (!m_spec.outcomeUnknownAdvice.isEmpty())
        return finish(outcomeUnknown(error));
    handleNetworkError(error);
}

void PendingCall::onDeadline()
{
    const bool inFlight = !m_reply.isNull();
    abortReply();
    m_retryTimer.stop();
    logExchange(0, u"deadline passed"_s, {});
    const ApiError error = timeoutError(true);
    finish(inFlight && !m_spec.outcomeUnknownAdvice.isEmpty() ? outcomeUnknown(error) : error);
}

void PendingCall::onNetworkDestroyed()
{
    // The access manager deletes its replies itself; only forget them.
    const bool inFlight = !m_reply.isNull();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply.clear();
    }
    m_idle.stop();
    ApiError error(ApiError::Kind::Network,
            tr("The connection to the server was shut down before it answered."));
    error.setEndpoint(m_spec.endpoint);
    finish(inFlight && !m_spec.outcomeUnknownAdvice.isEmpty() ? outcomeUnknown(error) : error);
}

void PendingCall::logExchange(int status, const QString &outcome, const QString &requestId) const
{
    // Masking the target is not free, and loading all pages logs thousands of exchanges.
    if (!lcNetwork().isDebugEnabled())
        return;
    QString target = m_request.url().path();
    if (m_request.url().hasQuery())
        target += u'?' + m_request.url().query(QUrl::FullyEncoded);
    // Built without arg(): the percent-encoded target may itself contain "%2…".
    const QString line = QString::fromLatin1(m_spec.method) + u' '
            + NetworkLog::maskPhoneNumbers(target) + u' '
            + (status ? QString::number(status) : outcome) + u' '
            + QString::number(m_attemptElapsed.isValid() ? m_attemptElapsed.elapsed() : 0)
            + u"ms attempt="_s + QString::number(m_attempt) + u" id="_s
            + (requestId.isEmpty() ? u"-"_s : requestId);
    qCDebug(lcNetwork).noquote() << line;
}

void PendingCall::finish(const Result<HttpReply> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_retryTimer.stop();
    abortReply();
    deleteLater();

    if (m_hadContext && !m_context)
        return;
    // The callback may destroy the client and with it this object: keep the function alive.
    const ApiClient::Callback<HttpReply> done = std::move(m_done);
    if (done)
        done(result);
}
