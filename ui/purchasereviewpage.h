#pragma once

#include <QWizardPage>

class PurchaseWizard;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

// Third step: the basket with a display name for each number, what buying will do in plain
// words, and an explicit confirmation. Nothing is bought before the person confirms here.
class PurchaseReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseReviewPage(PurchaseWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void updateSummary();
    void removeCurrent();
    QString blockingReason() const;

    PurchaseWizard *m_wizard;
    QTableView *m_table;
    QPushButton *m_remove;
    QLabel *m_summary;
    QCheckBox *m_confirm;
    QLabel *m_reason;
};
