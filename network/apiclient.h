#pragma once

#include "phonenumber.h"
#include "result.h"

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

// Lets the owner of a call cancel it. Copyable and safe to use after the call has ended.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(PendingCall *call);

    // Ends the call as cancelled; its callback runs once with a Cancelled error, unless its
    // context object is gone. Does nothing when the call has already ended.
    void cancel();
    bool isRunning() const;

private:
    QPointer<PendingCall> m_call;
};

// One typed call per Platform API endpoint. Every call ends exactly once: its callback runs with
// a value or an ApiError, on the thread of the client, and never after `context` is destroyed.
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

    ApiClient(QNetworkAccessManager *network, ConnectionSettings settings,
              QObject *parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    Timeouts timeouts() const { return m_timeouts; }

    // Checks that the settings can be used: a valid URL, https:// unless the host is loopback.
    static std::optional<ApiError> validateSettings(const ConnectionSettings &settings);

    CallHandle listPhoneNumbers(const PhoneNumberListQuery &query, QObject *context,
                                Callback<PhoneNumberPage> done);
    CallHandle getPhoneNumber(const QString &id, QObject *context, Callback<PhoneNumber> done);

    struct Request
    {
        QByteArray method;
        QString path; // below the base URL, e.g. /v1/{ws}/phone-numbers
        QUrlQuery query;
        std::optional<QJsonObject> body;
        QString endpoint; // a name for people, e.g. "list phone numbers"
    };

    // Sends a request and hands back the raw reply; decoding is the caller's. For typed calls.
    CallHandle send(Request request, QObject *context, Callback<HttpReply> done);

private:
    template<typename T, typename Decode>
    CallHandle sendDecoded(Request request, QObject *context, Decode decode, Callback<T> done);

    QString workspacePath(const QString &suffix) const;

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    Timeouts m_timeouts;
};
