#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

// A loopback HTTP/1.1 server whose answers a test scripts, for server behaviour the sandbox
// cannot produce (a repeated continuation token, overlapping pages, an empty page that says there
// is more). Connections are kept alive; a reply can be held back until the test releases it.
class TableScriptedServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
    };

    struct Reply
    {
        Reply(int status = 200, QByteArray body = {},
                QList<std::pair<QByteArray, QByteArray>> headers = {})
            : status(status)
            , body(std::move(body))
            , headers(std::move(headers))
        { }

        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool hold = false; // answered only when releaseHeld() is called
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit TableScriptedServer(QObject *parent = nullptr);
    ~TableScriptedServer() override;

    bool listen();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    int requestCount() const { return int(m_requests.size()); }
    QList<Request> requests() const { return m_requests; }
    int heldCount() const { return int(m_held.size()); }
    // Sends the replies that were held back, oldest first.
    void releaseHeld();

    // A JSON body for a list page: `ids` become minimal phone numbers.
    static QByteArray pageBody(const QList<int> &numbers, bool hasMore,
            const QByteArray &continuationToken, int total = -1);
    static QString idOf(int number);
    static QString e164Of(int number);

private:
    struct Connection
    {
        QByteArray buffer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void send(QTcpSocket *socket, const Reply &reply);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<Request> m_requests;
    QList<std::pair<QPointer<QTcpSocket>, Reply>> m_held;
};
