#pragma once

#include "apiclient.h"
#include "embeddedsandbox.h"
#include "purchasewizard.h"

#include "../support/countingnetworkaccessmanager.h"

#include <memory>
#include <optional>

inline const QString OwnerKey = QStringLiteral("owner-key");
inline const QString ViewerKey = QStringLiteral("viewer-key");

// A demo sandbox with an owner and a viewer key, the client a wizard uses (its requests counted),
// another client of the same workspace to change things behind the wizard's back, and the steps
// the purchase wizard tests share. Helpers report failures through Qt Test.
class PurchaseWizardTesting
{
public:
    void start(const Sandbox::FaultOptions &faults = {});
    void stop();

    ApiClient *makeClient(const QString &key);
    std::unique_ptr<PurchaseWizard> makeWizard(const QString &key);
    ApiClient *client() const { return m_client.get(); }
    ApiClient *backDoor() const { return m_backDoor.get(); }
    CountingNetworkAccessManager *network() const { return m_network.get(); }

    void provisionOnFirstPage(PurchaseWizard *wizard);
    void searchAreaCode(PurchaseWizard *wizard, const QString &areaCode);
    void pickResultRows(PurchaseWizard *wizard, const QList<int> &rows);
    void confirmAndBuy(PurchaseWizard *wizard);

    // Registers a number with the other client and waits for it, so that it is taken before the
    // wizard's next request goes out.
    bool registerBehindTheWizardsBack(const QString &e164);
    std::optional<PhoneNumber> findInWorkspace(const QString &e164);
    int purchaseRequestCount() const;

private:
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_backDoorNetwork;
    std::unique_ptr<ApiClient> m_backDoor;
};
