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

CallHandle::CallHandle(PendingCall *call) : m_call(call) { }

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
    : QObject(parent), m_network(network), m_settings(std::move(settings))
{
}

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
    const QUrl &url = settings.baseUrl;
    const auto configurationError = [](const char *text) {
        return ApiError(ApiError::Kind::Configuration,
                        QCoreApplication::translate("ApiClient", text));
    };
    if (!url.isValid() || url.host().isEmpty())
        return configurationError("The API address is not a valid URL.");
    if (url.scheme() == u"http" && !isLoopback(url.host()))
        return configurationError("The API address must start with https:// (plain http:// is "
                                  "only allowed for this computer's own sandbox).");
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return configurationError("The API address must start with https://.");
    if (settings.workspaceId.isEmpty())
        return configurationError("No workspace is selected.");
    return std::nullopt;
}

QString ApiClient::workspacePath(const QString &suffix) const
{
    return u"/v1/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_settings.workspaceId))
            + suffix;
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
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);

    if (std::optional<ApiError> invalid = validateSettings(m_settings)) {
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

template<typename T, typename Decode>
CallHandle ApiClient::sendDecoded(Request request, QObject *context, Decode decode,
                                  Callback<T> done)
{
    const QString endpoint = request.endpoint;
    return send(std::move(request), context,
                [decode, done = std::move(done), endpoint](const Result<HttpReply> &reply) {
                    if (!reply)
                        return done(reply.error());
                    Result<QJsonValue> json = Codec::parseBody(reply.value().body);
                    Result<T> decoded = json ? decode(json.value()) : Result<T>(json.error());
                    if (!decoded) {
                        ApiError error = decoded.error();
                        error = ApiError(error.kind(),
                                         QCoreApplication::translate(
                                                 "ApiClient",
                                                 "The server's answer to “%1” could not be "
                                                 "read (malformed response): %2")
                                                 .arg(endpoint, error.message()));
                        error.setEndpoint(endpoint).setRequestId(reply.value().requestId);
                        return done(error);
                    }
                    done(decoded);
                });
}

CallHandle ApiClient::listPhoneNumbers(const PhoneNumberListQuery &query, QObject *context,
                                       Callback<PhoneNumberPage> done)
{
    Request request{"GET", workspacePath(u"/phone-numbers"_s), {}, {}, tr("list phone numbers")};
    request.query.addQueryItem(u"limit"_s, QString::number(query.limit));
    if (query.status)
        request.query.addQueryItem(u"status"_s, *query.status);
    if (query.continuationToken.isDouble())
        request.query.addQueryItem(u"continuation_token"_s,
                                   QString::number(query.continuationToken.toInteger()));
    else if (query.continuationToken.isString())
        request.query.addQueryItem(u"continuation_token"_s, query.continuationToken.toString());
    return sendDecoded<PhoneNumberPage>(std::move(request), context, Codec::decodePhoneNumberPage,
                                        std::move(done));
}

CallHandle ApiClient::getPhoneNumber(const QString &id, QObject *context,
                                     Callback<PhoneNumber> done)
{
    Request request{"GET",
                    workspacePath(u"/phone-numbers/"_s
                                  + QString::fromLatin1(QUrl::toPercentEncoding(id))),
                    {},
                    {},
                    tr("get phone number")};
    return sendDecoded<PhoneNumber>(std::move(request), context, Codec::decodePhoneNumber,
                                    std::move(done));
}
