#pragma once

#include <QWizardPage>

class PurchaseWizard;
class QLabel;
class QPushButton;

// Last step: what was bought, routed and what failed, and a way to see the new numbers in the
// main window's table (where they already are).
class PurchaseDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseDonePage(PurchaseWizard *wizard);

    void initializePage() override;

private:
    void showInTable();

    PurchaseWizard *m_wizard;
    QLabel *m_summary;
    QPushButton *m_showInTable;
};
