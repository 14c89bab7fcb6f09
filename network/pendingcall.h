#pragma once

#include "apiclient.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// One request in flight: owns its QNetworkReply, its deadline, and the promise to call back
// exactly once. Lives as a child of the ApiClient and deletes itself when it has ended.
class PendingCall : public QObject
{
    Q_OBJECT

public:
    PendingCall(QNetworkAccessManager *network, QNetworkRequest request, ApiClient::Request spec,
            QObject *context, ApiClient::Callback<HttpReply> done, ApiClient::Timeouts timeouts,
            QObject *parent);
    ~PendingCall() override;

    void start();
    void cancel();
    void fail(const ApiError &error);

private:
    void onReplyFinished();
    void finish(const Result<HttpReply> &result);
    void abortReply();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    ApiClient::Request m_spec;
    QPointer<QObject> m_context;
    bool m_hadContext;
    ApiClient::Callback<HttpReply> m_done;
    ApiClient::Timeouts m_timeouts;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
};
