#pragma once

#include "result.h"
#include "workspace.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class ApiClient;
class ApiError;
class QNetworkAccessManager;

// What "Test connection" found out, in words a person can act on.
struct ConnectionCheck
{
    enum class Outcome {
        Connected,
        ExpiresSoon,    // connected, but the key expires within the warning period
        InvalidAddress, // not a usable URL, or http:// to another computer; nothing was sent
        MissingKey,
        Unreachable, // no connection (name, refused, TLS, dropped); the message says which
        Timeout,
        KeyRejected, // 401
        KeyExpired,
        NoPermission,  // the key may not view the workspace's phone numbers
        ServerProblem, // 5xx, malformed answers, anything else the server got wrong
        Cancelled,
    };

    Outcome outcome = Outcome::Cancelled;
    QString summary; // one sentence: what is wrong, or who we are connected to
    QString details; // what to do about it, the server's own words, the request id
    std::optional<AuthInfo> auth;
    std::optional<Workspace> workspace;

    bool succeeded() const
    {
        return outcome == Outcome::Connected || outcome == Outcome::ExpiresSoon;
    }
};

// Checks an API address and key step by step: the key (GET /v1/auth/me, which also names its
// workspace), the workspace's name, and permission to list phone numbers.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Keys expiring within this period are reported as ExpiresSoon (default 14 days).
    void setExpiryWarning(std::chrono::seconds period) { m_expiryWarning = period; }
    // The clock used to judge expiry; for tests.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Starts a check; a check still running is cancelled first. Ends with finished().
    void start(const QUrl &baseUrl, const QString &apiKey);
    void cancel();
    bool isRunning() const { return m_running; }

    // What a failed API call means for a connection check.
    static ConnectionCheck classify(const ApiError &error);
    // What the key's expiry means at `now`.
    static ConnectionCheck judgeExpiry(
            const AuthInfo &auth, const QDateTime &now, std::chrono::seconds warning);

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const ConnectionCheck &check);

private:
    void useClient(const QString &workspaceId);
    void checkWorkspace(const AuthInfo &auth);
    void checkPhoneNumbers(ConnectionCheck check);
    void finish(const ConnectionCheck &check);
    // Wraps a callback so that it does nothing once its check was cancelled or replaced.
    template<typename T>
    std::function<void(const Result<T> &)> current(std::function<void(const Result<T> &)> step);

    QNetworkAccessManager *m_network;
    QPointer<ApiClient> m_client;
    quint64 m_generation = 0;
    bool m_running = false;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::seconds m_expiryWarning{14 * 24 * 3600};
    std::function<QDateTime()> m_now;
};
