#include "tablescriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

TableScriptedServer::TableScriptedServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TableScriptedServer::onNewConnection);
}

TableScriptedServer::~TableScriptedServer()
{
    // The sockets signal their disconnection while they are destroyed; nobody must listen then.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        delete socket;
    }
    m_server.close();
}

bool TableScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TableScriptedServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void TableScriptedServer::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, reply] : held) {
        if (socket)
            send(socket, reply);
    }
}

QString TableScriptedServer::idOf(int number)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(number, 12, 10, QChar(u'0'));
}

QString TableScriptedServer::e164Of(int number)
{
    // NANP fiction range 555-01XX across area codes: valid for libphonenumber.
    return u"+1%1555%2"_s.arg(200 + number / 100).arg(100 + number % 100, 4, 10, QChar(u'0'));
}

QByteArray TableScriptedServer::pageBody(
        const QList<int> &numbers, bool hasMore, const QByteArray &continuationToken, int total)
{
    QJsonArray items;
    for (const int number : numbers) {
        items.append(QJsonObject{
                {u"id"_s, idOf(number)},
                {u"workspace_id"_s, u"11111111-1111-4111-8111-111111111111"_s},
                {u"phone_number"_s, e164Of(number)},
                {u"display_name"_s, u"Line %1"_s.arg(number)},
                {u"provider"_s, u"twilio"_s},
                {u"capabilities"_s, QJsonArray{u"inbound"_s, u"outbound"_s}},
                {u"status"_s, u"active"_s},
                {u"inbound_service_id"_s, QJsonValue::Null},
                {u"provider_phone_sid"_s, QJsonValue::Null},
                {u"notes"_s, QString()},
                {u"forwarding"_s, QJsonValue::Null},
                {u"created_at"_s, u"2026-01-01T00:00:00Z"_s},
                {u"updated_at"_s, u"2026-01-02T00:00:00Z"_s},
        });
    }
    QJsonObject page{{u"items"_s, items}, {u"has_more"_s, hasMore}};
    page.insert(u"continuation_token"_s,
            continuationToken.isEmpty()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonDocument::fromJson("[" + continuationToken + "]").array().first());
    if (total >= 0)
        page.insert(u"total"_s, total);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

void TableScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void TableScriptedServer::onReadyRead(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.buffer += socket->readAll();

    // Requests of this client carry no body (GET), so a request ends at the blank line.
    for (qsizetype end = connection.buffer.indexOf("\r\n\r\n"); end >= 0;
            end = connection.buffer.indexOf("\r\n\r\n")) {
        const QByteArray head = connection.buffer.left(end);
        connection.buffer.remove(0, end + 4);

        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        if (requestLine.size() < 2)
            continue;
        const QUrl url(QString::fromLatin1(requestLine.at(1)));
        const Request request{requestLine.at(0), url.path(), QUrlQuery(url)};
        m_requests.append(request);

        const Reply reply
                = m_handler ? m_handler(request) : Reply{404, "{\"detail\":\"Not found\"}"};
        if (reply.hold)
            m_held.append({QPointer<QTcpSocket>(socket), reply});
        else
            send(socket, reply);
    }
}

void TableScriptedServer::send(QTcpSocket *socket, const Reply &reply)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        response += name + ": " + value + "\r\n";
    response += "\r\n" + reply.body;
    socket->write(response);
}
