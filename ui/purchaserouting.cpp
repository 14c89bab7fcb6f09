#include "purchaserouting.h"

#include "phonenumberformat.h"

using namespace Qt::StringLiterals;

PurchaseRouting::PurchaseRouting(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void PurchaseRouting::start(const QList<Plan> &plans)
{
    if (m_running)
        return;
    m_plans = plans;
    m_outcomes.clear();
    m_index = 0;
    m_stopRequested = false;
    m_running = true;
    next();
}

int PurchaseRouting::succeededCount() const
{
    return static_cast<int>(std::count_if(
            m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome &o) { return o.succeeded; }));
}

void PurchaseRouting::next()
{
    const auto total = static_cast<int>(m_plans.size());
    if (m_stopRequested) {
        for (; m_index < total; ++m_index)
            record(m_plans.at(m_index), false, tr("Not changed: stopped before this number."));
    }
    Q_EMIT progressChanged(static_cast<int>(m_outcomes.size()), total);
    if (m_index >= total) {
        m_running = false;
        Q_EMIT finished();
        return;
    }

    const Plan &plan = m_plans.at(m_index++);
    if (plan.serviceId)
        setService(plan);
    else
        setForwarding(plan, {});
}

void PurchaseRouting::setService(const Plan &plan)
{
    PhoneNumberUpdate update;
    update.inboundServiceId = *plan.serviceId;
    m_call = m_client->updatePhoneNumber(
            plan.numberId, update, this, [this, plan](const Result<PhoneNumber> &result) {
                if (!result) {
                    record(plan, false,
                            tr("Inbound service not set: %1").arg(result.error().fullText()));
                    next();
                    return;
                }
                Q_EMIT numberUpdated(result.value());
                setForwarding(plan, {tr("calls go to %1").arg(plan.serviceName)});
            });
}

void PurchaseRouting::setForwarding(const Plan &plan, const QStringList &done)
{
    if (!plan.forwarding) {
        record(plan, true, done.isEmpty() ? tr("Nothing to change.") : done.join(u"; "_s) + u'.');
        next();
        return;
    }
    m_call = m_client->setForwarding(plan.numberId, *plan.forwarding, this,
            [this, plan, done](const Result<PhoneNumber> &result) {
                QStringList parts = done;
                if (!result) {
                    parts.append(tr("forwarding not set: %1").arg(result.error().fullText()));
                    record(plan, false, parts.join(u"; "_s));
                    next();
                    return;
                }
                Q_EMIT numberUpdated(result.value());
                parts.append(tr("forwards to %1")
                                     .arg(PhoneNumberFormat::present(plan.forwarding->forwardTo)
                                                     .international));
                record(plan, true, parts.join(u"; "_s) + u'.');
                next();
            });
}

void PurchaseRouting::record(const Plan &plan, bool succeeded, const QString &text)
{
    QString sentence = text;
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    m_outcomes.append({plan.e164, succeeded, sentence});
}
