#include "apiclient.h"

#include "codec.h"
#include "networklog.h"
#include "pendingcall.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNetwork, "amigo.network", QtInfoMsg)

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
    return !m_call.isNull();
}

ApiClient::ApiClient(QNetworkAccessManager *network, ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
{ }

ApiClient::~ApiClient() = default;

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

CallHandle ApiClient::send(Request request, QObject *context, Callback<HttpReply> done)
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    url.setQuery(request.query);

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    networkRequest.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    if (std::optional<ApiError> invalid = validateConnection(m_settings, request.workspaceScoped)) {
        invalid->setEndpoint(request.endpoint);
        auto *call = new PendingCall(m_network, networkRequest, std::move(request), context,
                std::move(done), m_timeouts, this);
        // Deliver later, so that a callback never runs before the call has returned its handle.
        QMetaObject::invokeMethod(
                call, [call, error = *invalid] { call->fail(error); }, Qt::QueuedConnection);
        return CallHandle(call);
    }

    auto *call = new PendingCall(m_network, networkRequest, std::move(request), context,
            std::move(done), m_timeouts, this);
    call->start();
    return CallHandle(call);
}
