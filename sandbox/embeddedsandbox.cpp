#include "embeddedsandbox.h"

#include "sandboxserver.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

EmbeddedSandbox::EmbeddedSandbox(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(u"amigo-sandbox"_s);
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

bool EmbeddedSandbox::start(QString *errorMessage)
{
    if (m_threadContext) {
        if (errorMessage)
            *errorMessage = tr("The sandbox is already running.");
        return false;
    }

    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();

    bool started = false;
    QString error;
    // The server, its database connection and its sockets must all be created in the thread
    // that will serve them.
    QMetaObject::invokeMethod(
            m_threadContext,
            [&] {
                auto *server = new Server(m_options, m_threadContext);
                started = server->start(&error);
                if (started) {
                    m_baseUrl = server->baseUrl();
                    m_workspaceId = server->workspaceId();
                    m_apiKey = server->apiKey();
                }
            },
            Qt::BlockingQueuedConnection);

    if (!started) {
        stop();
        if (errorMessage)
            *errorMessage = error;
    }
    return started;
}

void EmbeddedSandbox::stop()
{
    if (!m_threadContext)
        return;
    QMetaObject::invokeMethod(
            m_threadContext, [context = m_threadContext] { delete context; },
            Qt::BlockingQueuedConnection);
    m_threadContext = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace Sandbox
