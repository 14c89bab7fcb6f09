#pragma once

#include "apiclient.h"
#include "purchasebasket.h"

#include <QObject>

// Buys the basket's planned numbers one at a time. Before each purchase it asks the carrier
// whether the number is still offered. A purchase is never sent twice: when its reply is lost
// (a timeout, a dropped connection, a gateway error), the workspace's numbers are read to find
// out whether it went through, and the number is reported as bought, not bought, or unknown.
class PurchaseRun : public QObject
{
    Q_OBJECT

public:
    PurchaseRun(ApiClient *client, PurchaseBasket *basket, QObject *parent = nullptr);

    // Buys every planned number in the basket, including ones added while running.
    void start();
    // Finishes the number in flight, then stops; numbers not started are marked Skipped.
    void requestStop();

    bool isRunning() const { return m_running; }
    int finishedCount() const { return m_finished; }
    int totalCount() const { return m_total; }
    // Why the run stopped before its end on its own (e.g. the key may not buy), or empty.
    QString stopReason() const { return m_stopReason; }

Q_SIGNALS:
    void progressChanged(int finished, int total);
    void numberStarted(const QString &e164);
    void numberPurchased(const PhoneNumber &number);
    void finished();

private:
    void next();
    void checkAvailability(int row);
    void buy(int row);
    void onPurchase(const QString &e164, const Result<PurchasedNumber> &result);
    void onBought(const QString &e164, const PurchasedNumber &purchased);
    void verify(const QString &e164, const QJsonValue &token, int pagesRead);
    void settle(const QString &e164, PurchaseBasket::State state, const QString &outcome);
    void settleBought(const QString &e164, const PhoneNumber &number, const QString &outcome);
    void stopAll(const QString &reason);
    int rowOf(const QString &e164) const { return m_basket->rowOf(e164); }

    ApiClient *m_client;
    PurchaseBasket *m_basket;
    bool m_running = false;
    bool m_stopRequested = false;
    int m_finished = 0;
    int m_total = 0;
    QString m_stopReason;
    CallHandle m_call;
};
