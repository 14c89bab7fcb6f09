#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A request as the scripted server received it.
struct ScriptedRequest
{
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// What the scripted server does with one request: write `chunks` one after another,
// `chunkIntervalMs` apart, then close the connection or leave it hanging open.
struct ScriptedResponse
{
    QList<QByteArray> chunks;
    int chunkIntervalMs = 0;
    bool closeAfterwards = true;

    // A complete response with Content-Length and Connection: close.
    static ScriptedResponse http(int status, const QByteArray &body,
            const QList<std::pair<QByteArray, QByteArray>> &headers = {},
            const QByteArray &contentType = "application/json");
    // Headers promising `declaredLength` bytes, then only `body`, and the connection stays open.
    static ScriptedResponse stallAfter(const QByteArray &body, qsizetype declaredLength);
    // Reads the request and never answers.
    static ScriptedResponse silence();
    // Closes the connection without a byte of answer.
    static ScriptedResponse hangUp();
};

// A loopback HTTP/1.1 server that answers from a script, for faults a real server cannot be
// made to produce on demand (stalls, garbage, redirects to another origin, bad certificates).
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const ScriptedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    // Serves TLS with this certificate instead of plain HTTP.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    bool listen();
    QUrl baseUrl() const;

    // Responses are used in order; the last one repeats. A handler, if set, overrides them.
    void enqueue(const ScriptedResponse &response);
    void setHandler(Handler handler);

    QList<ScriptedRequest> requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    int handshakeFailures() const { return m_handshakeFailures; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedRequest &request);
    void writeChunks(
            QPointer<QTcpSocket> socket, QList<QByteArray> chunks, int interval, bool close);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<ScriptedResponse> m_script;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
    int m_connections = 0;
    int m_handshakeFailures = 0;
};

// Makes a self-signed certificate for 127.0.0.1 with the openssl tool; empty when it is missing.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error;

    static TestCertificate generate(const QString &directory);
};
Q_DECLARE_METATYPE(ScriptedResponse)
