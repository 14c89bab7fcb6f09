#pragma once

#include "networktesting.h"
#include "scriptedhttpserver.h"

using namespace Qt::StringLiterals;

// What the tests against the scripted server share: sample bodies and a client with fast timings.
namespace Scripted {

inline const QString workspaceId = QStringLiteral("6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00");
inline const QString numberId = QStringLiteral("0b6f7c52-3f5e-4b7e-9a53-7f0e4d3e2a11");

inline QByteArray numberJson()
{
    return R"({"id": "0b6f7c52-3f5e-4b7e-9a53-7f0e4d3e2a11",
        "workspace_id": "6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00", "phone_number": "+12015550123",
        "display_name": "Front desk", "provider": "twilio", "capabilities": ["inbound"],
        "status": "active", "inbound_service_id": null, "provider_phone_sid": null, "notes": "",
        "forwarding": null, "created_at": "2026-05-05T22:29:32Z",
        "updated_at": "2026-05-06T08:00:00Z"})";
}

inline QByteArray pageJson()
{
    return R"({"items": [)" + numberJson() + R"(], "has_more": false, "total": 1})";
}

inline PhoneNumberCreate newNumber()
{
    PhoneNumberCreate create;
    create.phoneNumber = QStringLiteral("+12015550123");
    return create;
}

inline PurchaseRequest purchaseOf(const QString &number)
{
    PurchaseRequest purchase;
    purchase.phoneNumber = number;
    return purchase;
}

template<typename T>
bool waitFor(const CallRecorder<T> &recorder, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return recorder.isDone(); }, timeoutMs);
}

inline std::unique_ptr<ApiClient> clientFor(QNetworkAccessManager *network, const QUrl &baseUrl)
{
    auto client = std::make_unique<ApiClient>(
            network, ConnectionSettings{baseUrl, workspaceId, QStringLiteral("secret-key-42")});
    client->setRetryPolicy(fastRetries());
    client->setTimeouts({2000ms, 15000ms});
    return client;
}

} // namespace Scripted

using namespace Scripted;
