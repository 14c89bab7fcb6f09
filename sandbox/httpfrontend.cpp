#include "httpfrontend.h"

#include "sandboxlogging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// The caller's request id when it is a sane token, otherwise a fresh one.
QByteArray requestIdFor(const QHttpServerRequest &request)
{
    static const QRegularExpression token(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    const QByteArray given = request.value("x-request-id");
    if (!given.isEmpty() && token.match(QString::fromLatin1(given)).hasMatch())
        return given;
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

ApiRequest apiRequestFrom(const QHttpServerRequest &request)
{
    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    const QUrl url = request.url();
    apiRequest.path = url.path(QUrl::FullyEncoded);
    auto segments = apiRequest.path.split(u'/');
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    for (const auto &segment : std::as_const(segments))
        apiRequest.segments << QUrl::fromPercentEncoding(segment.toUtf8());
    apiRequest.query = QueryParameters(url.query(QUrl::FullyEncoded).toUtf8());
    apiRequest.authorization = request.value("authorization");
    apiRequest.body = request.body();
    return apiRequest;
}

} // namespace

HttpFrontend::HttpFrontend(
        Handler handler, qint64 maxBodyBytes, const FaultOptions &faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_maxBodyBytes(maxBodyBytes)
    , m_faults(faults)
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();

    const ApiRequest apiRequest = apiRequestFrom(request);
    const bool faultsApply = apiRequest.segments.value(0) == u"v1";

    HeaderList extraHeaders;
    ApiResponse response = respond(apiRequest, &extraHeaders);
    response.headers += extraHeaders;
    response.headers.append(qMakePair(QByteArray("x-request-id"), requestIdFor(request)));

    if (faultsApply && response.isJson && m_faults.shouldCorrupt())
        response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
    const bool stall = faultsApply && m_faults.shouldStall(apiRequest.path);
    const bool close = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;

    qCDebug(lcSandbox).noquote() << apiRequest.method << apiRequest.path << response.status
                                 << timer.nsecsElapsed() / 1000 << "us"
                                 << response.headers.constLast().second;

    const int latency = faultsApply ? m_faults.latencyMs() : 0;
    if (latency <= 0) {
        write(socket, response, stall, close);
        return true;
    }
    // The socket may be gone by the time the delay is over: the client gave up.
    QTimer::singleShot(
            latency, this, [this, guard = QPointer<QTcpSocket>(socket), response, stall, close] {
                if (guard)
                    write(guard.data(), response, stall, close);
            });
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiResponse response = ApiResponse::error(404, u"Not Found"_s);
    response.headers.append(qMakePair(QByteArray("x-request-id"), requestIdFor(request)));
    write(socket, response, false, false);
}

ApiResponse HttpFrontend::respond(const ApiRequest &request, HeaderList *extraHeaders)
{
    if (request.segments.value(0) == u"v1") {
        const auto rateLimit = m_faults.admit();
        *extraHeaders = rateLimit.headers;
        if (rateLimit.exceeded)
            return ApiResponse::error(429,
                    u"Rate limit exceeded. Retry after %1 seconds."_s.arg(
                            rateLimit.retryAfterSeconds));
        if (const auto status = m_faults.injectedFailure())
            return ApiResponse::error(*status, u"Injected failure."_s);
    }
    if (request.body.size() > m_maxBodyBytes)
        return ApiResponse::error(413, u"Request body too large."_s);
    return m_handler(request);
}

void HttpFrontend::write(QTcpSocket *socket, const ApiResponse &response, bool stall, bool close)
{
    if (!socket || !socket->isOpen())
        return;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\n";
    if (response.isJson)
        head += "Content-Type: application/json\r\n";
    if (response.status != 204)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";

    // One write per response: a separate write for the body would wait for the client's
    // delayed ACK of the headers (Nagle), costing 40 ms a request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // A stalled response promises a body it never sends; the client has to time out.
    if (!stall && response.status != 204)
        head += response.body;
    socket->write(head);
    if (stall)
        return;
    if (close)
        socket->disconnectFromHost();
}

} // namespace Sandbox
