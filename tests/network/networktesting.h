#pragma once

#include "apiclient.h"
#include "embeddedsandbox.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

// Records the one outcome of a call, and how many times the callback ran.
template<typename T>
class CallRecorder
{
public:
    ApiClient::Callback<T> callback()
    {
        return [this](const Result<T> &result) {
            ++m_count;
            m_result.emplace(result);
        };
    }

    bool isDone() const { return m_result.has_value(); }
    int count() const { return m_count; }
    bool isOk() const { return m_result && m_result->isOk(); }
    const T &value() const { return m_result->value(); }
    const ApiError &error() const { return m_result->error(); }
    // For QVERIFY2 messages: the error text when the call failed.
    QByteArray describe() const
    {
        if (!m_result)
            return "no outcome yet";
        return m_result->isOk() ? QByteArray("ok") : m_result->error().fullText().toUtf8();
    }

private:
    std::optional<Result<T>> m_result;
    int m_count = 0;
};

// Counts what reaches the network, method and URL, to check retries and that nothing was sent.
class CountingAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    struct Sent
    {
        QByteArray method;
        QUrl url;
    };

    QList<Sent> sent;
    int count(const QByteArray &method) const
    {
        return int(std::count_if(
                sent.begin(), sent.end(), [&](const Sent &s) { return s.method == method; }));
    }

protected:
    QNetworkReply *createRequest(
            Operation operation, const QNetworkRequest &request, QIODevice *body) override
    {
        QByteArray method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (method.isEmpty())
            method = operation == GetOperation ? "GET" : operation == PostOperation ? "POST" : "?";
        sent.append({method, request.url()});
        return QNetworkAccessManager::createRequest(operation, request, body);
    }
};

// Fast timings for tests: no real back-off, short timeouts, a fixed jitter.
inline RetryPolicy fastRetries(int attempts = 3)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelay = 10ms;
    policy.maxDelay = 40ms;
    policy.maxRetryAfter = 100ms;
    policy.random = [] {
        return 0.5;
    };
    return policy;
}

// An embedded sandbox with one key of `role`, and a client talking to it.
struct SandboxClient
{
    std::unique_ptr<Sandbox::EmbeddedSandbox> sandbox;
    std::unique_ptr<CountingAccessManager> network;
    std::unique_ptr<ApiClient> client;

    static std::unique_ptr<SandboxClient> start(
            Sandbox::Options options = {}, const QString &role = QStringLiteral("owner"))
    {
        auto fixture = std::make_unique<SandboxClient>();
        if (options.apiKeys.isEmpty())
            options.apiKeys = {{QStringLiteral("test-key-0123456789"), role}};
        fixture->sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
        QString error;
        if (!fixture->sandbox->start(&error)) {
            qWarning("The sandbox did not start: %s", qPrintable(error));
            return nullptr;
        }
        fixture->network = std::make_unique<CountingAccessManager>();
        fixture->client = std::make_unique<ApiClient>(fixture->network.get(),
                ConnectionSettings{fixture->sandbox->baseUrl(), fixture->sandbox->workspaceId(),
                        options.apiKeys.first().key});
        fixture->client->setRetryPolicy(fastRetries());
        fixture->client->setTimeouts({2000ms, 15000ms});
        return fixture;
    }

    ~SandboxClient()
    {
        client.reset();
        network.reset();
        sandbox.reset();
    }
};
