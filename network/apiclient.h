#pragma once

#include "phonenumber.h"
#include "ratelimit.h"
#include "result.h"
#include "retrypolicy.h"
#include "service.h"
#include "telephony.h"
#include "workspace.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class PendingCall;

// Where the client talks to and as whom.
struct ConnectionSettings
{
    QUrl baseUrl;        // e.g. https://api.platform.amigo.ai (the client adds /v1/…)
    QString workspaceId; // UUID
    QString apiKey;      // sent as a Bearer token, only to baseUrl's origin
};

// A successful HTTP exchange before decoding.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString requestId;
};

// Tells the UI that a call failed for a passing reason and will be sent again after `delay`.
struct RetryNotice
{
    QString endpoint; // e.g. "list phone numbers"
    int attempt = 0;  // the attempt that failed, 1 for the first
    std::chrono::milliseconds delay{0};
    ApiError reason;
    QString message; // e.g. "Rate limited, retrying in 3 s…"
};

// Lets the owner of a call cancel it. Copyable and safe to use after the call has ended.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(PendingCall *call);

    // Ends the call as cancelled; its callback runs once with a Cancelled error, unless its
    // context object is gone. Does nothing when the call has already ended.
    void cancel();
    bool isRunning() const; // false once the callback has run or the call was dropped

private:
    QPointer<PendingCall> m_call;
};

// One typed call per Platform API endpoint. Every call ends exactly once: its callback runs with
// a value or an ApiError, on the thread of the client, and never after `context` is destroyed.
// Callbacks never run inside the call that started the request. When the client is destroyed,
// calls still running end as Cancelled from its destructor (such a callback must not use the
// client); when the access manager is destroyed, they end with a network error.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    struct Timeouts
    {
        std::chrono::milliseconds idle{15000};     // no bytes moved for this long
        std::chrono::milliseconds deadline{60000}; // the whole request, retries included
    };

    ApiClient(
            QNetworkAccessManager *network, ConnectionSettings settings, QObject *parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    Timeouts timeouts() const { return m_timeouts; }
    // What to check when the server rejects the key (401), naming where the key came from;
    // empty: the connection settings.
    void setRejectedKeyAdvice(const QString &advice) { m_rejectedKeyAdvice = advice; }
    void setRetryPolicy(RetryPolicy policy) { m_retryPolicy = std::move(policy); }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // The latest X-RateLimit-* values the server sent; empty until one did.
    RateLimitInfo rateLimit() const { return m_rateLimit; }

    // Checks that the settings can be used: a valid URL, https:// unless the host is loopback.
    static std::optional<ApiError> validateSettings(const ConnectionSettings &settings);

    // Phone numbers of the workspace.
    CallHandle listPhoneNumbers(
            const PhoneNumberListQuery &query, QObject *context, Callback<PhoneNumberPage> done);
    // The same request, answered with the page's body undecoded, for a caller that decodes it
    // elsewhere (Codec::decodePhoneNumberPageBody(), e.g. on a worker thread) and reports a body
    // it cannot read with unreadableAnswer().
    CallHandle fetchPhoneNumberPage(
            const PhoneNumberListQuery &query, QObject *context, Callback<HttpReply> done);
    CallHandle getPhoneNumber(const QString &id, QObject *context, Callback<PhoneNumber> done);
    CallHandle createPhoneNumber(
            const PhoneNumberCreate &number, QObject *context, Callback<PhoneNumber> done);
    // Sends only the fields of `update` that are not absent.
    CallHandle updatePhoneNumber(const QString &id, const PhoneNumberUpdate &update,
            QObject *context, Callback<PhoneNumber> done);
    CallHandle deletePhoneNumber(const QString &id, QObject *context, Callback<Done> done);
    CallHandle setForwarding(const QString &id, const ForwardingConfig &forwarding,
            QObject *context, Callback<PhoneNumber> done);
    // The server answers 200 with the number or 204 without a body (then the value is nullopt).
    CallHandle clearForwarding(
            const QString &id, QObject *context, Callback<std::optional<PhoneNumber>> done);

    // Carrier sub-account, number search, purchase and release.
    CallHandle getSubAccount(QObject *context, Callback<SubAccount> done); // 404 until provisioned
    CallHandle provisionSubAccount(QObject *context, Callback<SubAccount> done); // idempotent
    CallHandle searchAvailableNumbers(const AvailableNumberQuery &query, QObject *context,
            Callback<QList<AvailableNumber>> done);
    // Never re-sent automatically: a purchase that timed out or lost its connection after being
    // sent ends as ApiError::Kind::OutcomeUnknown, telling the person how to check.
    CallHandle purchasePhoneNumber(
            const PurchaseRequest &purchase, QObject *context, Callback<PurchasedNumber> done);
    CallHandle releasePhoneNumber(const QString &id, QObject *context, Callback<Done> done);

    // Services (for routing inbound calls), workspaces, and the key itself.
    CallHandle listServices(
            const ServiceListQuery &query, QObject *context, Callback<Page<Service>> done);
    CallHandle getService(const QString &id, QObject *context, Callback<Service> done);
    CallHandle listWorkspaces(
            const QJsonValue &continuationToken, QObject *context, Callback<Page<Workspace>> done);
    CallHandle getWorkspace(const QString &id, QObject *context, Callback<Workspace> done);
    CallHandle getAuthInfo(QObject *context, Callback<AuthInfo> done); // GET /v1/auth/me

    struct Request
    {
        QByteArray method;
        QString path; // below the base URL, e.g. /v1/{ws}/phone-numbers
        QUrlQuery query;
        std::optional<QJsonObject> body;
        QString endpoint; // a name for people, e.g. "list phone numbers"
        // For requests that must not be repeated blindly (a purchase): a timeout or a dropped
        // connection after sending ends as OutcomeUnknown with this advice on how to check.
        QString outcomeUnknownAdvice;
        QString rejectedKeyAdvice;   // filled in by send()
        bool workspaceScoped = true; // false for /v1/auth/me and /v1/workspaces…
    };

    // The error for a successful reply whose body could not be decoded (`reason`): a malformed
    // response naming the endpoint, with the reply's status and request id.
    static ApiError unreadableAnswer(
            const QString &endpoint, const HttpReply &reply, const ApiError &reason);

    // Sends a request and hands back the raw reply; decoding is the caller's. For typed calls.
    CallHandle send(Request request, QObject *context, Callback<HttpReply> done);

Q_SIGNALS:
    // The server reported new X-RateLimit-* values.
    void rateLimitChanged(const RateLimitInfo &info);
    // A call failed for a passing reason (rate limit, busy server, dropped connection) and will
    // be sent again; for a status line such as "Rate limited, retrying in 3 s…".
    void retryScheduled(const RetryNotice &notice);

private:
    template<typename T, typename Decode>
    CallHandle sendDecoded(Request request, QObject *context, Decode decode, Callback<T> done);
    template<typename T, typename DecodeReply>
    CallHandle sendWith(
            Request request, QObject *context, DecodeReply decodeReply, Callback<T> done);
    CallHandle sendExpectingNoContent(Request request, QObject *context, Callback<Done> done);

    static std::optional<ApiError> validateConnection(
            const ConnectionSettings &settings, bool needsWorkspace);
    QString workspacePath(const QString &suffix) const;
    QString phoneNumberPath(const QString &id, const QString &suffix = {}) const;
    Request phoneNumberListRequest(const PhoneNumberListQuery &query) const;

    void noteRateLimit(const RateLimitInfo &info);

    QPointer<QNetworkAccessManager> m_network;
    ConnectionSettings m_settings;
    Timeouts m_timeouts;
    QString m_rejectedKeyAdvice;
    RetryPolicy m_retryPolicy;
    RateLimitInfo m_rateLimit;
    bool m_closing = false;
};

Q_DECLARE_METATYPE(RetryNotice)
