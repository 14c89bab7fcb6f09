#include "sandboxserver.h"

#include "api.h"
#include "httpfrontend.h"
#include "sandboxlogging.h"
#include "seed.h"
#include "store.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "amigo.sandbox", QtInfoMsg)

namespace {

const auto defaultWorkspaceSetting = u"default_workspace_id"_s;

QString generatedKey()
{
    return u"sk-sandbox-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

Credential credentialFor(const ApiKey &key, const QString &workspaceId, const QDateTime &now)
{
    const QByteArray digest
            = QCryptographicHash::hash(key.key.toUtf8(), QCryptographicHash::Sha256);
    Credential credential;
    credential.key = key.key;
    credential.keyId = u"key_"_s + QString::fromLatin1(digest.toHex().left(16));
    credential.name = u"Sandbox %1 key"_s.arg(key.role);
    credential.role = key.role;
    credential.workspaceId = workspaceId;
    credential.expiresAt = now.addDays(90);
    return credential;
}

} // namespace

Server::Server(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.apiKeys.isEmpty())
        m_options.apiKeys.append(ApiKey{generatedKey()});
}

Server::~Server()
{
    // The frontend calls into the API, which uses the store: tear down in that order.
    delete m_frontend;
    m_api.reset();
    m_store.reset();
}

bool Server::start(QString *errorMessage)
{
    QString error;
    for (const auto &key : std::as_const(m_options.apiKeys)) {
        if (key.key.isEmpty() || !isKnownRole(key.role)) {
            error = tr("Invalid API key or role: \"%1\"").arg(key.role);
            break;
        }
    }

    if (error.isEmpty()) {
        m_store = std::make_unique<Store>();
        if (!m_store->open(m_options.databasePath, &error))
            error = tr("Cannot open the database: %1").arg(error);
    }
    if (error.isEmpty())
        prepareWorkspace(&error);

    if (error.isEmpty()) {
        QList<Credential> credentials;
        const auto now = QDateTime::currentDateTimeUtc();
        for (const auto &key : std::as_const(m_options.apiKeys))
            credentials.append(credentialFor(key, m_workspaceId, now));
        m_api = std::make_unique<Api>(m_store.get(), m_options, credentials);
        Api *api = m_api.get();
        m_frontend = new HttpFrontend(
                [api](const ApiRequest &request) { return api->handle(request); },
                m_options.maxBodyBytes, m_options.faults, this);
        m_port = m_frontend->startListening(m_options.host, m_options.port);
        if (m_port == 0) {
            error = tr("Cannot listen on %1 port %2.")
                            .arg(m_options.host.toString())
                            .arg(m_options.port);
        }
    }

    if (!error.isEmpty()) {
        qCWarning(lcSandbox).noquote() << error;
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    qCDebug(lcSandbox).noquote() << "listening on" << baseUrl().toString();
    return true;
}

bool Server::prepareWorkspace(QString *errorMessage)
{
    QString workspaceId = m_options.workspaceId;
    if (!workspaceId.isEmpty()) {
        QString problem;
        const auto canonical = canonicalUuid(workspaceId, &problem);
        if (!canonical) {
            *errorMessage = tr("The workspace id is not a UUID: %1").arg(problem);
            return false;
        }
        workspaceId = *canonical;
    } else {
        workspaceId = m_store->setting(defaultWorkspaceSetting);
        if (workspaceId.isEmpty())
            workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    if (!m_store->workspace(workspaceId)) {
        if (!seedWorkspace(m_store.get(), workspaceId, m_options.seed, m_options.generatedCount,
                    errorMessage)) {
            return false;
        }
    }
    if (m_store->setting(defaultWorkspaceSetting).isEmpty())
        m_store->setSetting(defaultWorkspaceSetting, workspaceId);
    m_workspaceId = workspaceId;
    return true;
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    QHostAddress host = m_options.host;
    // Two different special addresses: clang-tidy 14 compares the calls of the overloaded
    // operator without their arguments.
    // NOLINTNEXTLINE(misc-redundant-expression)
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

QString Server::apiKey() const
{
    return m_options.apiKeys.constFirst().key;
}

} // namespace Sandbox
