#include "connectiontester.h"

#include "apiclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Outcome = ConnectionCheck::Outcome;

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

ConnectionTester::~ConnectionTester()
{
    cancel();
}

static ConnectionCheck failure(Outcome outcome, const QString &summary, const QString &details)
{
    ConnectionCheck check;
    check.outcome = outcome;
    check.summary = summary;
    check.details = details;
    return check;
}

static QString withRequestId(const QString &text, const ApiError &error)
{
    if (error.requestId().isEmpty())
        return text;
    return ConnectionTester::tr("%1 (request id %2)").arg(text, error.requestId());
}

ConnectionCheck ConnectionTester::classify(const ApiError &error)
{
    const QString serverWords = error.detail().isEmpty() ? error.message() : error.detail();
    switch (error.kind()) {
    case ApiError::Kind::Configuration:
        return failure(
                Outcome::InvalidAddress, tr("The API address cannot be used."), error.message());
    case ApiError::Kind::Network:
        return failure(
                Outcome::Unreachable, tr("The server could not be reached."), error.message());
    case ApiError::Kind::Timeout:
        return failure(Outcome::Timeout, tr("The server did not answer in time."), error.message());
    case ApiError::Kind::Cancelled:
        return failure(Outcome::Cancelled, tr("The test was cancelled."), {});
    case ApiError::Kind::Http:
    case ApiError::Kind::Validation:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::MalformedResponse:
    case ApiError::Kind::OutcomeUnknown:
        break;
    }

    if (error.httpStatus() == 401) {
        if (serverWords.contains(u"expired"_s, Qt::CaseInsensitive))
            return failure(Outcome::KeyExpired, tr("The API key has expired."),
                    withRequestId(tr("Ask a workspace admin for a new key."), error));
        return failure(Outcome::KeyRejected, tr("The API key was rejected."),
                withRequestId(tr("The key is wrong, revoked or expired. Check that it "
                                 "was copied completely, or ask a workspace admin "
                                 "for a new one."),
                        error));
    }
    if (error.httpStatus() == 403)
        return failure(Outcome::NoPermission,
                tr("This API key has no permission to view the workspace's phone numbers."),
                withRequestId(tr("Ask a workspace admin for a key with a role that may "
                                 "view phone numbers (viewer or above)."),
                        error));
    return failure(
            Outcome::ServerProblem, tr("The server did not answer as expected."), error.fullText());
}

ConnectionCheck ConnectionTester::judgeExpiry(
        const AuthInfo &auth, const QDateTime &now, std::chrono::seconds warning)
{
    ConnectionCheck check;
    check.auth = auth;
    const QString when = QLocale().toString(auth.expiresAt.toLocalTime(), QLocale::LongFormat);
    if (auth.expiresAt.isValid() && auth.expiresAt <= now) {
        check.outcome = Outcome::KeyExpired;
        check.summary = tr("The API key has expired.");
        check.details = tr("It expired on %1. Ask a workspace admin for a new key.").arg(when);
        return check;
    }
    check.outcome = Outcome::Connected;
    if (auth.expiresAt.isValid() && now.secsTo(auth.expiresAt) <= warning.count()) {
        check.outcome = Outcome::ExpiresSoon;
        const qint64 days = now.secsTo(auth.expiresAt) / (qint64(24) * 3600);
        check.details = days > 0 ? tr("The API key expires in %n day(s), on %1. Ask a "
                                      "workspace admin for a new key before then.",
                                nullptr, int(days))
                                           .arg(when)
                                 : tr("The API key expires today, at %1. Ask a workspace "
                                      "admin for a new key.")
                                           .arg(when);
    }
    return check;
}

template<typename T>
std::function<void(const Result<T> &)> ConnectionTester::current(
        std::function<void(const Result<T> &)> step)
{
    return [this, generation = m_generation, step = std::move(step)](const Result<T> &result) {
        if (generation == m_generation)
            step(result);
    };
}

void ConnectionTester::useClient(const QString &workspaceId)
{
    // The previous client may be the one whose callback is running: let it finish first.
    if (m_client)
        m_client->deleteLater();
    m_client = new ApiClient(m_network, {m_baseUrl, workspaceId, m_apiKey}, this);
    RetryPolicy noRetries;
    // A person is waiting to hear what is wrong now, not for a later attempt to hide it.
    noRetries.maxAttempts = 1;
    m_client->setRetryPolicy(noRetries);
    m_client->setTimeouts({std::chrono::seconds(15), std::chrono::seconds(20)});
}

void ConnectionTester::start(const QUrl &baseUrl, const QString &apiKey)
{
    cancel();
    m_running = true;
    m_baseUrl = baseUrl;
    m_apiKey = apiKey.trimmed();

    // Checked before anything is sent: a key must never travel over plain http to another
    // computer, not even to find out that the address is wrong.
    if (const auto invalid = ApiClient::validateSettings({m_baseUrl, u"-"_s, m_apiKey})) {
        QMetaObject::invokeMethod(
                this,
                [this, generation = m_generation, error = *invalid] {
                    if (generation == m_generation)
                        finish(classify(error));
                },
                Qt::QueuedConnection);
        return;
    }
    if (m_apiKey.isEmpty()) {
        QMetaObject::invokeMethod(
                this,
                [this, generation = m_generation] {
                    if (generation == m_generation)
                        finish(failure(Outcome::MissingKey, tr("Enter the API key."),
                                tr("Workspace admins create keys in the Amigo Platform "
                                   "under API keys.")));
                },
                Qt::QueuedConnection);
        return;
    }

    useClient({});
    Q_EMIT progress(tr("Checking the API key…"));
    m_client->getAuthInfo(this, current<AuthInfo>([this](const Result<AuthInfo> &result) {
        if (!result)
            return finish(classify(result.error()));
        checkWorkspace(result.value());
    }));
}

void ConnectionTester::checkWorkspace(const AuthInfo &auth)
{
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    ConnectionCheck check = judgeExpiry(auth, now, m_expiryWarning);
    if (!check.succeeded())
        return finish(check);

    // Calls scoped to the workspace need its id, which only the key could tell.
    useClient(auth.workspaceId);
    Q_EMIT progress(tr("Looking up the workspace…"));
    m_client->getWorkspace(auth.workspaceId, this,
            current<Workspace>([this, check](const Result<Workspace> &result) mutable {
                // The name is a courtesy: a key without permission to view the workspace may
                // still manage its numbers, so only a connection failure ends the check here.
                if (result)
                    check.workspace = result.value();
                else if (result.error().kind() != ApiError::Kind::Http)
                    return finish(classify(result.error()));
                checkPhoneNumbers(check);
            }));
}

void ConnectionTester::checkPhoneNumbers(ConnectionCheck check)
{
    Q_EMIT progress(tr("Checking permission to view phone numbers…"));
    PhoneNumberListQuery query;
    query.limit = 1;
    m_client->listPhoneNumbers(query, this,
            current<PhoneNumberPage>([this, check](const Result<PhoneNumberPage> &result) mutable {
                if (!result)
                    return finish(classify(result.error()));
                const QString workspace
                        = check.workspace ? check.workspace->name : check.auth->workspaceId;
                check.summary = tr("Connected to the workspace “%1”.").arg(workspace);
                finish(check);
            }));
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
}

void ConnectionTester::finish(const ConnectionCheck &check)
{
    ++m_generation;
    m_running = false;
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    Q_EMIT finished(check);
}
