#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Sandbox {

// An API key the sandbox accepts, with the role that decides its permissions.
struct ApiKey
{
    QString key;
    QString role = QStringLiteral("owner"); // owner|admin|member|viewer
};

enum class Seed { Demo, None, Generated };

// Faults the server injects on purpose so that clients can be tested against them. All off by
// default. Rates are probabilities in 0..1 drawn per request.
struct FaultOptions
{
    int latencyMs = 0;     // added before every /v1 response is written
    double failRate = 0.0; // share of /v1 requests answered with failStatus
    int failStatus = 503;
    int rateLimitPerMinute = 0;     // 0 = unlimited; otherwise 429 with Retry-After past the budget
    double stallRate = 0.0;         // share of /v1 requests whose response stops after the headers
    QString stallPathPattern;       // regular expression; matching paths always stall
    double malformedJsonRate = 0.0; // share of JSON responses cut in the middle
    quint32 randomSeed = 0;         // 0 = seeded from the clock
};

struct Options
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;      // 0 = pick a free port
    QString databasePath;  // empty or ":memory:" = in-memory
    QList<ApiKey> apiKeys; // empty = one generated owner key
    QString workspaceId;   // empty = generated UUID (or the stored one of a file database)
    Seed seed = Seed::Demo;
    int generatedCount = 0; // for Seed::Generated

    // The real server's handling of an explicit null in a partial update is unknown. By default
    // null is ignored like an absent field (the Platform's services use exclude_none); with
    // nullClears it clears the nullable fields (inbound_service_id, provider_phone_sid,
    // forwarding).
    bool nullClears = false;

    // Whether an inbound_service_id must name a service of the workspace (422 otherwise).
    bool checkInboundService = true;

    qint64 maxBodyBytes = qint64(64) * 1024; // larger request bodies are refused with 413

    FaultOptions faults;
};

} // namespace Sandbox
