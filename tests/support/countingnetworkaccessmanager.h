#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>

// Counts the requests that reach the network, so tests can check how many were sent.
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    int requestCount() const { return m_requests.size(); }
    QList<QUrl> requestedUrls() const { return m_requests; }
    void clearCount() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(
            Operation operation, const QNetworkRequest &request, QIODevice *body) override
    {
        m_requests.append(request.url());
        return QNetworkAccessManager::createRequest(operation, request, body);
    }

private:
    QList<QUrl> m_requests;
};
