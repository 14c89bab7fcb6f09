#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Sandbox {

class Server;

// Runs a Server in a thread of its own, so that a slow query never stalls the caller's (GUI)
// thread. start() blocks until the server listens or has failed.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(Options options, QObject *parent = nullptr);
    ~EmbeddedSandbox() override; // stops the server and joins the thread

    bool start(QString *errorMessage);

    QUrl baseUrl() const { return m_baseUrl; }
    QString workspaceId() const { return m_workspaceId; }
    QString apiKey() const { return m_apiKey; }

private:
    void stop();

    Options m_options;
    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives in m_thread; parent of the server
    QUrl m_baseUrl;
    QString m_workspaceId;
    QString m_apiKey;
};

} // namespace Sandbox
