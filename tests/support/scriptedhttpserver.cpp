#include "scriptedhttpserver.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

ScriptedResponse ScriptedResponse::http(int status, const QByteArray &body,
        const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    QByteArray head
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!body.isEmpty() || status != 204)
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    ScriptedResponse response;
    response.chunks = {head + "\r\n" + body};
    return response;
}

ScriptedResponse ScriptedResponse::stallAfter(const QByteArray &body, qsizetype declaredLength)
{
    ScriptedResponse response;
    response.chunks = {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(declaredLength) + "\r\n\r\n" + body};
    response.closeAfterwards = false;
    return response;
}

ScriptedResponse ScriptedResponse::silence()
{
    ScriptedResponse response;
    response.closeAfterwards = false;
    return response;
}

ScriptedResponse ScriptedResponse::hangUp()
{
    return ScriptedResponse();
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{ }

ScriptedHttpServer::~ScriptedHttpServer() = default;

void ScriptedHttpServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    connect(server, &QSslServer::peerVerifyError, this, [] {});
    connect(server, &QSslServer::errorOccurred, this, [this] { ++m_handshakeFailures; });
    m_server = server;
    m_tls = true;
}

bool ScriptedHttpServer::listen()
{
    if (!m_server)
        m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server->serverPort());
    return url;
}

void ScriptedHttpServer::enqueue(const ScriptedResponse &response)
{
    m_script.append(response);
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    ScriptedRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    respond(socket, request);
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const ScriptedRequest &request)
{
    ScriptedResponse response;
    if (m_handler)
        response = m_handler(request);
    else if (!m_script.isEmpty())
        response = m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
    else
        response = ScriptedResponse::http(500, R"({"detail": "no script"})");
    writeChunks(socket, response.chunks, response.chunkIntervalMs, response.closeAfterwards);
}

void ScriptedHttpServer::writeChunks(
        QPointer<QTcpSocket> socket, QList<QByteArray> chunks, int interval, bool close)
{
    if (!socket)
        return;
    if (!chunks.isEmpty())
        socket->write(chunks.takeFirst());
    if (chunks.isEmpty()) {
        if (close)
            socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(interval, this, [this, socket, chunks, interval, close] {
        writeChunks(socket, chunks, interval, close);
    });
}

TestCertificate TestCertificate::generate(const QString &directory)
{
    TestCertificate result;
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        result.error = u"the openssl tool is not installed"_s;
        return result;
    }
    const QString keyPath = directory + u"/key.pem"_s;
    const QString certificatePath = directory + u"/certificate.pem"_s;
    QProcess process;
    process.start(openssl,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, keyPath,
                    u"-out"_s, certificatePath, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                    u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        result.error
                = u"openssl failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }
    QFile keyFile(keyPath);
    QFile certificateFile(certificatePath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly)) {
        result.error = u"the generated files cannot be read"_s;
        return result;
    }
    result.key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    result.certificate = QSslCertificate(certificateFile.readAll());
    if (result.key.isNull() || result.certificate.isNull())
        result.error = u"the generated certificate or key cannot be loaded"_s;
    return result;
}
