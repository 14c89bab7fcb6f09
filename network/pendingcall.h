#pragma once

#include "apiclient.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// One request in flight: owns its QNetworkReply, its timers and retries, and the promise to call
// back exactly once. Lives as a child of the ApiClient and deletes itself when it has ended.
class PendingCall : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QPointer<QNetworkAccessManager> network;
        QNetworkRequest request;
        ApiClient::Request spec;
        ApiClient::Timeouts timeouts;
        RetryPolicy retry;
    };

    PendingCall(
            Setup setup, QObject *context, ApiClient::Callback<HttpReply> done, QObject *parent);
    ~PendingCall() override;

    void start();
    void cancel();
    void fail(const ApiError &error);
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void rateLimitSeen(const RateLimitInfo &info);
    void retryScheduled(const RetryNotice &notice);

private:
    void sendAttempt();
    void onReplyFinished();
    void onIdleTimeout();
    void onDeadline();
    void onNetworkDestroyed();
    void handleRedirect(int status, const QByteArray &location, const QString &requestId);
    void handleNetworkError(const ApiError &error);
    void handleErrorStatus(int status, const QByteArray &body, const QByteArray &retryAfter,
            const QString &requestId);
    bool retryLater(const ApiError &reason, std::optional<std::chrono::milliseconds> delay);
    ApiError outcomeUnknown(const ApiError &cause) const;
    ApiError timeoutError(bool deadline) const;
    void logExchange(int status, const QString &outcome, const QString &requestId) const;
    void finish(const Result<HttpReply> &result);
    void abortReply();

    QPointer<QNetworkAccessManager> m_network;
    QNetworkRequest m_request;
    ApiClient::Request m_spec;
    ApiClient::Timeouts m_timeouts;
    RetryPolicy m_retry;
    QPointer<QObject> m_context;
    bool m_hadContext;
    ApiClient::Callback<HttpReply> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_idle;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;        // since start(), for the deadline
    QElapsedTimer m_attemptElapsed; // since the current attempt was sent, for the log
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_finished = false;
};
