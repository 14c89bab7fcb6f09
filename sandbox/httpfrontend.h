#pragma once

#include "faultinjector.h"
#include "httpmessages.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

#include <functional>

class QHostAddress;
class QTcpSocket;

namespace Sandbox {

// The HTTP side of the sandbox: turns QHttpServerRequests into ApiRequests, and writes the
// answers itself so that it can add the request id, delay them, stall after the headers or cut
// the body, as the fault options ask.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    HttpFrontend(Handler handler, qint64 maxBodyBytes, const FaultOptions &faults,
            QObject *parent = nullptr);

    // Like listen(), and answers 400 to a request Qt cannot parse. Returns the port, 0 on failure.
    quint16 startListening(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse respond(const ApiRequest &request, HeaderList *extraHeaders);
    // The caller's request id when it is a sane token, otherwise a fresh one.
    QByteArray requestIdFor(const QHttpServerRequest &request);
    QByteArray freshRequestId();
    void answerUnparsableRequests(QTcpSocket *socket);
    void write(QTcpSocket *socket, const ApiResponse &response, bool stall, bool close);

    Handler m_handler;
    qint64 m_maxBodyBytes;
    FaultInjector m_faults;
    QRandomGenerator m_requestIds;
};

} // namespace Sandbox
