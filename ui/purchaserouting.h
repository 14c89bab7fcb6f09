#pragma once

#include "apiclient.h"

#include <QObject>

#include <optional>

// Routes bought numbers one at a time: the inbound service with a partial update, then the
// forwarding. A failure is recorded for its number and the others still go on.
class PurchaseRouting : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        QString numberId;
        QString e164;
        std::optional<QString> serviceId; // none = leave the inbound service alone
        QString serviceName;
        std::optional<ForwardingConfig> forwarding; // none = leave forwarding alone

        friend bool operator==(const Plan &, const Plan &) = default;
    };

    struct Outcome
    {
        QString e164;
        bool succeeded = false;
        QString text;
    };

    PurchaseRouting(ApiClient *client, QObject *parent = nullptr);

    void start(const QList<Plan> &plans);
    // Finishes the number in flight, then stops; the rest are reported as not changed.
    void requestStop() { m_stopRequested = true; }
    bool isRunning() const { return m_running; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int succeededCount() const;

Q_SIGNALS:
    void progressChanged(int finished, int total);
    void numberUpdated(const PhoneNumber &number);
    void finished();

private:
    void next();
    void setService(const Plan &plan);
    void setForwarding(const Plan &plan, const QStringList &done);
    void record(const Plan &plan, bool succeeded, const QString &text);

    ApiClient *m_client;
    QList<Plan> m_plans;
    QList<Outcome> m_outcomes;
    int m_index = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    CallHandle m_call;
};
