#pragma once

#include <QList>
#include <QString>

namespace Sandbox {

class Store;

struct AvailableNumber
{
    QString phoneNumber;
    QString friendlyName;
    QString locality;
    QString region;
};

// The simulated carrier's stock of numbers for sale: the fictional number pool, walked from its
// far end so that generated workspaces (which take the pool from the start) rarely meet it. A
// number that is registered anywhere, or was ever bought, is never offered.
class CarrierInventory
{
public:
    explicit CarrierInventory(Store *store);

    QList<AvailableNumber> search(const QString &country, const QString &areaCode,
            const QString &contains, int limit) const;
    // Whether the carrier could sell this number at all (registered or not).
    bool stocks(const QString &e164) const;

private:
    Store *m_store;
};

} // namespace Sandbox
