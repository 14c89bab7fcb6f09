#include "httpfrontend.h"

#include "sandboxlogging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <array>
#include <charconv>
#include <optional>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "OTHER"_ba;
    }
}

const char *reasonPhrase(int status)
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
    case 431:
        return "Request Header Fields Too Large";
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

// A request id the caller may choose: 1 to 128 of [A-Za-z0-9._:-].
bool isRequestIdToken(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const char c : id) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

// Qt 6.4 hands a request on with no header fields at all when its header parser gives up on
// them: more than 100 fields, a field of over 100 KiB, 128 KiB in all, or a line that is not a
// field. HTTP/1.1 requires Host, so a request without any header field is one of those. Beyond
// them, the sandbox takes 64 KiB in all.
bool headerFieldsTooLarge(const QHttpServerRequest &request)
{
    constexpr qsizetype maxHeaderBytes = qsizetype(64) * 1024;
    const auto headers = request.headers();
    qsizetype total = 0;
    for (const auto &[name, value] : headers)
        total += name.size() + value.size() + 4;
    return headers.isEmpty() || total > maxHeaderBytes;
}

// Qt 6.4 takes a Content-Length it cannot read as a non-negative number ("-5", "abc", one past
// 2^63 - 1) for no Content-Length at all: it routes the request without a body and leaves the body
// on the connection, to be read as the next request. RFC 9112 (6.3) asks for 400 and a close
// instead, and so does a Content-Length given twice with different values.
bool contentLengthMalformed(const QHttpServerRequest &request)
{
    std::optional<qint64> length;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray digits = value.trimmed();
        const char *end = digits.constData() + digits.size();
        qint64 parsed = 0;
        const auto [stop, error] = std::from_chars(digits.constData(), end, parsed);
        if (digits.isEmpty() || digits.front() == '-' || error != std::errc() || stop != end)
            return true;
        if (length && *length != parsed)
            return true;
        length = parsed;
    }
    return false;
}

// A TCP server that shows each connection to a callback before the HTTP server takes it.
class WatchedTcpServer : public QTcpServer
{
public:
    WatchedTcpServer(std::function<void(QTcpSocket *)> watch, QObject *parent)
        : QTcpServer(parent)
        , m_watch(std::move(watch))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_watch(socket);
        addPendingConnection(socket);
    }

private:
    std::function<void(QTcpSocket *)> m_watch;
};

// Set on a socket that the frontend itself closes.
constexpr char closingOnPurpose[] = "amigoClosingOnPurpose";

void appendDecimal(QByteArray *out, qint64 value)
{
    std::array<char, 24> digits;
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    out->append(digits.data(), end - digits.data());
}

void appendHeader(QByteArray *out, QByteArrayView name, QByteArrayView value)
{
    out->append(name);
    out->append(": ");
    out->append(value);
    out->append("\r\n");
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
    apiRequest.segments.reserve(segments.size());
    for (const auto &segment : std::as_const(segments)) {
        apiRequest.segments << (segment.contains(u'%') ? QUrl::fromPercentEncoding(segment.toUtf8())
                                                       : segment);
    }
    apiRequest.query = QueryParameters(url.query(QUrl::FullyEncoded).toUtf8());
    apiRequest.authorization = request.value("authorization"_ba);
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
{
    // Request ids need to be unique, not secret: one draw from the system's entropy seeds a
    // generator instead of a system call per request.
    std::array<quint32, 8> seed;
    QRandomGenerator::system()->fillRange(seed.data(), seed.size());
    m_requestIds = QRandomGenerator(seed.data(), qsizetype(seed.size()));
}

quint16 HttpFrontend::startListening(const QHostAddress &address, quint16 port)
{
    auto *server = new WatchedTcpServer(
            [this](QTcpSocket *socket) { answerUnparsableRequests(socket); }, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void HttpFrontend::answerUnparsableRequests(QTcpSocket *socket)
{
    // Qt 6.4 closes the connection without a word when it cannot parse a request, in the middle
    // of the read transaction it opened for it. Closing announces ClosingState before it flushes
    // what is written, so a 400 written then still goes out.
    connect(socket, &QAbstractSocket::stateChanged, this,
            [this, socket](QAbstractSocket::SocketState state) {
                if (state != QAbstractSocket::ClosingState || !socket->isTransactionStarted()
                        || socket->property(closingOnPurpose).toBool()) {
                    return;
                }
                ApiResponse response = ApiResponse::error(400, u"Malformed HTTP request."_s);
                response.headers.append(qMakePair("x-request-id"_ba, freshRequestId()));
                write(socket, response, false, true);
            });
}

QByteArray HttpFrontend::requestIdFor(const QHttpServerRequest &request)
{
    QByteArray given = request.value("x-request-id"_ba);
    if (isRequestIdToken(given))
        return given;
    return freshRequestId();
}

QByteArray HttpFrontend::freshRequestId()
{
    const std::array<quint64, 2> bits{m_requestIds.generate64(), m_requestIds.generate64()};
    return QByteArray::fromRawData(reinterpret_cast<const char *>(bits.data()), sizeof bits)
            .toHex();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();

    // Bytes after a request that made the frontend close the connection are not requests.
    if (socket->property(closingOnPurpose).toBool())
        return true;

    if (headerFieldsTooLarge(request)) {
        ApiResponse response = ApiResponse::error(431,
                u"Request header fields too large or malformed: at most 100 fields of the "
                "form 'Name: value', 64 KiB in all."_s);
        response.headers.append(qMakePair("x-request-id"_ba, freshRequestId()));
        // What follows the header section cannot be told from the next request.
        write(socket, response, false, true);
        return true;
    }

    if (contentLengthMalformed(request)) {
        ApiResponse response = ApiResponse::error(400,
                u"Malformed Content-Length header: it must be one non-negative decimal number."_s);
        response.headers.append(qMakePair("x-request-id"_ba, requestIdFor(request)));
        // Where the body ends is unknown, so the rest of the connection cannot be read.
        write(socket, response, false, true);
        return true;
    }

    const ApiRequest apiRequest = apiRequestFrom(request);
    const bool faultsApply = apiRequest.segments.value(0) == u"v1";

    HeaderList extraHeaders;
    ApiResponse response = respond(apiRequest, &extraHeaders);
    response.headers += extraHeaders;
    response.headers.append(qMakePair("x-request-id"_ba, requestIdFor(request)));

    if (faultsApply && response.isJson && m_faults.shouldCorrupt())
        response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
    const bool stall = faultsApply && m_faults.shouldStall(apiRequest.path);
    const bool close = request.value("connection"_ba).compare("close", Qt::CaseInsensitive) == 0;

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
    response.headers.append(qMakePair("x-request-id"_ba, requestIdFor(request)));
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

    // One write per response: a separate write for the body would wait for the client's
    // delayed ACK of the headers (Nagle), costing 40 ms a request.
    const bool withBody = !stall && response.status != 204;
    QByteArray message;
    message.reserve(256 + (withBody ? response.body.size() : 0));
    message.append("HTTP/1.1 ");
    appendDecimal(&message, response.status);
    message.append(' ');
    message.append(reasonPhrase(response.status));
    message.append("\r\n");
    if (response.isJson)
        appendHeader(&message, "Content-Type", "application/json");
    if (response.status != 204) {
        message.append("Content-Length: ");
        appendDecimal(&message, response.body.size());
        message.append("\r\n");
    }
    for (const auto &[name, value] : response.headers)
        appendHeader(&message, name, value);
    if (close)
        appendHeader(&message, "Connection", "close");
    message.append("\r\n");
    // A stalled response promises a body it never sends; the client has to time out.
    if (withBody)
        message.append(response.body);

    // Setting the option is a system call: once per connection is enough.
    static constexpr char lowDelaySet[] = "amigoLowDelaySet";
    if (!socket->property(lowDelaySet).toBool()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty(lowDelaySet, true);
    }
    socket->write(message);
    if (stall)
        return;
    if (close) {
        socket->setProperty(closingOnPurpose, true);
        socket->disconnectFromHost();
    }
}

} // namespace Sandbox
