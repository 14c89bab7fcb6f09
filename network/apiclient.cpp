#include "apiclient.h"

#include "codec.h"
#include "networklog.h"
#include "pendingcall.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

CallHandle::CallHandle(PendingCall *call)
    : m_call(call)
{ }

void CallHandle::cancel()
{
    if (m_call)
        m_call->cancel();
}

bool CallHandle::isRunning() const
{
    return m_call && !m_call->isFinished();
}

ApiClient::ApiClient(QNetworkAccessManager *network, ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
{ }

ApiClient::~ApiClient()
{
    // Calls still running end now, while their callbacks can still be told; calls started from
    // those callbacks are dropped silently because nothing could ever end them.
    m_closing = true;
    const QList<PendingCall *> calls = findChildren<PendingCall *>(Qt::FindDirectChildrenOnly);
    for (PendingCall *call : calls)
        call->cancel();
}

void ApiClient::noteRateLimit(const RateLimitInfo &info)
{
    if (info.isEmpty() || info == m_rateLimit)
        return;
    m_rateLimit = info;
    Q_EMIT rateLimitChanged(m_rateLimit);
}

static bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> ApiClient::validateSettings(const ConnectionSettings &settings)
{
    return validateConnection(settings, true);
}

std::optional<ApiError> ApiClient::validateConnection(
        const ConnectionSettings &settings, bool needsWorkspace)
{
    const QUrl &url = settings.baseUrl;
    const auto configurationError = [](const char *text) {
        return ApiError(
                ApiError::Kind::Configuration, QCoreApplication::translate("ApiClient", text));
    };
    if (!url.isValid() || url.host().isEmpty())
        return configurationError("The API address is not a valid URL.");
    if (url.scheme() == u"http" && !isLoopback(url.host()))
        return configurationError("The API address must start with https:// (plain http:// is "
                                  "only allowed for this computer's own sandbox).");
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return configurationError("The API address must start with https://.");
    if (needsWorkspace && settings.workspaceId.isEmpty())
        return configurationError("No workspace is selected.");
    return std::nullopt;
}

static QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString ApiClient::workspacePath(const QString &suffix) const
{
    return u"/v1/"_s + pathSegment(m_settings.workspaceId) + suffix;
}

QString ApiClient::phoneNumberPath(const QString &id, const QString &suffix) const
{
    return workspacePath(u"/phone-numbers/"_s + pathSegment(id) + suffix);
}

// '+' must reach the server as %2B, not as a space, e.g. in a number search.
static QString encodeQuery(const QUrlQuery &query)
{
    QStringList items;
    const QList<std::pair<QString, QString>> pairs = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : pairs)
        items.append(QString::fromLatin1(
                QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
    return items.join(u'&');
}

CallHandle ApiClient::send(Request request, QObject *context, Callback<HttpReply> done)
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    if (!request.query.isEmpty())
        url.setQuery(encodeQuery(request.query), QUrl::StrictMode);

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    // Redirects are followed by PendingCall itself, and only within the API's origin.
    networkRequest.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    std::optional<ApiError> invalid = validateConnection(m_settings, request.workspaceScoped);
    if (!invalid && !m_network)
        invalid = ApiError(
                ApiError::Kind::Network, tr("The connection to the server has been shut down."));
    const QString endpoint = request.endpoint;
    request.rejectedKeyAdvice = m_rejectedKeyAdvice;
    auto *call = new PendingCall(
            {m_network, networkRequest, std::move(request), m_timeouts, m_retryPolicy}, context,
            std::move(done), this);
    if (m_closing)
        return CallHandle(call); // deleted with the client, never called back
    connect(call, &PendingCall::rateLimitSeen, this, &ApiClient::noteRateLimit);
    connect(call, &PendingCall::retryScheduled, this, &ApiClient::retryScheduled);

    if (invalid) {
        invalid->setEndpoint(endpoint);
        // Deliver later, so that a callback never runs before the call has returned its handle.
        QMetaObject::invokeMethod(
                call, [call, error = *invalid] { call->fail(error); }, Qt::QueuedConnection);
    } else {
        call->start();
    }
    return CallHandle(call);
}
