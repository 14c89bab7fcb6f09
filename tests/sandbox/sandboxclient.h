#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// A bare HTTP helper for the sandbox tests: plain QNetworkAccessManager requests, nothing from the
// application's client, so that a bug on either side shows.
class SandboxClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;

        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray detailList() const { return object().value(QStringLiteral("detail")).toArray(); }
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    SandboxClient(QUrl baseUrl, QString apiKey)
        : m_baseUrl(std::move(baseUrl))
        , m_apiKey(std::move(apiKey))
    { }

    void setApiKey(const QString &key) { m_apiKey = key; }

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
            int timeoutMs = 10000)
    {
        QUrl url = m_baseUrl;
        const qsizetype question = pathAndQuery.indexOf(u'?');
        url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        if (!m_apiKey.isNull())
            request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(timeoutMs);

        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs + 1000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_baseUrl;
    QString m_apiKey;
    QNetworkAccessManager m_manager;
};
