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

#include "sandboxserver.h"

#include <QTest>

#include <memory>

// An in-process sandbox with one key per role, started fresh for each test that needs it.
class SandboxFixture
{
public:
    static inline const QString ownerKey = QStringLiteral("owner-key");
    static inline const QString adminKey = QStringLiteral("admin-key");
    static inline const QString memberKey = QStringLiteral("member-key");
    static inline const QString viewerKey = QStringLiteral("viewer-key");

    static Sandbox::Options defaultOptions()
    {
        Sandbox::Options options;
        options.apiKeys = {
                {ownerKey, QStringLiteral("owner")},
                {adminKey, QStringLiteral("admin")},
                {memberKey, QStringLiteral("member")},
                {viewerKey, QStringLiteral("viewer")},
        };
        return options;
    }

    bool start(const Sandbox::Options &options = defaultOptions())
    {
        client.reset();
        server = std::make_unique<Sandbox::Server>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        client = std::make_unique<SandboxClient>(server->baseUrl(), server->apiKey());
        return true;
    }

    QString workspacePath(const QString &rest = {}) const
    {
        return QStringLiteral("/v1/") + server->workspaceId() + rest;
    }

    // The first listed number matching a predicate, as JSON.
    template<typename Predicate>
    QJsonObject findNumber(Predicate predicate)
    {
        QString token;
        for (int page = 0; page < 50; ++page) {
            const auto reply = client->get(workspacePath(QStringLiteral("/phone-numbers?limit=20"))
                    + (token.isEmpty() ? QString()
                                       : QStringLiteral("&continuation_token=") + token));
            const auto object = reply.object();
            for (const auto &item : object.value(QStringLiteral("items")).toArray()) {
                if (predicate(item.toObject()))
                    return item.toObject();
            }
            if (!object.value(QStringLiteral("has_more")).toBool())
                break;
            token = QString::number(object.value(QStringLiteral("continuation_token")).toInteger());
        }
        return {};
    }

    std::unique_ptr<Sandbox::Server> server;
    std::unique_ptr<SandboxClient> client;
};
