#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Sandbox {

class Api;
class HttpFrontend;
class Store;

// The sandbox: a local stand-in for the Platform API's phone-number endpoints. It lives in the
// thread that creates it and serves requests from that thread's event loop.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(Options options, QObject *parent = nullptr);
    ~Server() override;

    // Opens the database, seeds it if the workspace is new, and listens.
    bool start(QString *errorMessage);

    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234, without /v1
    QString workspaceId() const { return m_workspaceId; }
    QString apiKey() const; // the first key

private:
    bool prepareWorkspace(QString *errorMessage);

    Options m_options;
    QString m_workspaceId;
    quint16 m_port = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Api> m_api;
    HttpFrontend *m_frontend = nullptr;
};

} // namespace Sandbox
