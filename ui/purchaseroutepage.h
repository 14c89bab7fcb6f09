#pragma once

#include "purchaserouting.h"

#include <QWizardPage>

#include <optional>

class MessageBanner;
class PhoneNumberEdit;
class PurchaseWizard;
class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QWidget;
class ServiceListModel;

// Fifth step: which service answers the bought numbers (one for all, or one per number), and
// optionally where calls are forwarded. Applied number by number with a result for each.
class PurchaseRoutePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseRoutePage(PurchaseWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Applies the choices to every bought number.
    void apply();
    bool isRunning() const;
    void requestStop();
    ServiceListModel *services() const { return m_services; }

Q_SIGNALS:
    void idle();

private:
    QWidget *createServiceChoice();
    QWidget *createForwarding();
    void loadServices();
    void onServicesLoaded();
    QComboBox *createServiceCombo(const QString &accessibleName);
    static std::optional<QString> chosenService(const QComboBox *combo);
    void fillPerNumberTable();
    void onChoiceChanged();
    void onFinished();
    QString selfForwardingRefusal() const;
    QString forwardingProblem() const;
    QString blockingReason() const;
    bool hasChoice() const;
    QList<PurchaseRouting::Plan> plans() const;
    bool isApplied() const;

    PurchaseWizard *m_wizard;
    PurchaseRouting *m_routing;
    ServiceListModel *m_services;
    MessageBanner *m_banner;
    QLabel *m_servicesStatus;
    QButtonGroup *m_mode;
    QRadioButton *m_routeAll;
    QRadioButton *m_routeEach;
    QRadioButton *m_routeLater;
    QComboBox *m_serviceForAll;
    QTableWidget *m_perNumber;
    QGroupBox *m_forwardingBox;
    PhoneNumberEdit *m_forwardTo;
    QRadioButton *m_disconnect;
    QRadioButton *m_stayOnLine;
    QPushButton *m_apply;
    QTableWidget *m_results;
    QLabel *m_reason;
    // What the last run applied, so that coming back to the page does not apply it again.
    QList<PurchaseRouting::Plan> m_running;
    std::optional<QList<PurchaseRouting::Plan>> m_applied;
    bool m_appliedWithFailures = false;
};
