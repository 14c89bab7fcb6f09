#pragma once

#include "phonenumber.h"
#include "telephony.h"

#include <QWizard>

#include <optional>

class ApiClient;
class PurchaseAccountPage;
class PurchaseBasket;
class PurchaseDonePage;
class PurchaseProgressPage;
class PurchaseReviewPage;
class PurchaseRoutePage;
class PurchaseSearchPage;

// Takes a workspace admin from nothing to routed numbers: the telephony account, a carrier search
// with a basket across searches, a review, the purchase itself, the inbound routing, a summary.
// Purchases and routing changes are announced as they happen so the main window can show them
// without reloading; cancelling never interrupts a purchase in flight and says what was done.
class PurchaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        AccountPageId,
        SearchPageId,
        ReviewPageId,
        PurchasePageId,
        RoutePageId,
        DonePageId
    };

    explicit PurchaseWizard(ApiClient *client, QWidget *parent = nullptr);
    ~PurchaseWizard() override;

    ApiClient *client() const { return m_client; }
    PurchaseBasket *basket() const { return m_basket; }

    // The country searches start with (ISO 3166 alpha-2), e.g. the workspace's. Without one, the
    // system locale's country, else the API's default.
    void setDefaultCountry(const QString &regionCode);
    QString defaultCountry() const;

    const std::optional<SubAccount> &subAccount() const { return m_subAccount; }
    void setSubAccount(const SubAccount &account, bool provisionedHere);

    // The numbers bought so far, in the order they were bought.
    QList<PhoneNumber> purchasedNumbers() const;
    // Records the server's latest copy of a bought number (after routing).
    void updatePurchased(const PhoneNumber &number);
    void recordRoutingOutcome(const QString &summary) { m_routingSummary = summary; }

    // What has happened so far, in plain words, for the summary and for a cancel.
    QString whatHappened() const;

    void reject() override;
    int nextId() const override;

Q_SIGNALS:
    void numberPurchased(const PhoneNumber &number);
    void numberUpdated(const PhoneNumber &number);
    // The person asked to see these numbers (ids) in the main window's table.
    void showNumbersRequested(const QStringList &ids);
    // The wizard was closed before its end; summary says what had already happened.
    void cancelledWithSummary(const QString &summary);

private:
    bool isBusy() const;
    void finishReject();

    ApiClient *m_client;
    PurchaseBasket *m_basket;
    QString m_defaultCountry;
    std::optional<SubAccount> m_subAccount;
    bool m_provisionedHere = false;
    QString m_routingSummary;
    bool m_closeWhenIdle = false;

    PurchaseAccountPage *m_accountPage;
    PurchaseSearchPage *m_searchPage;
    PurchaseReviewPage *m_reviewPage;
    PurchaseProgressPage *m_purchasePage;
    PurchaseRoutePage *m_routePage;
    PurchaseDonePage *m_donePage;
};
