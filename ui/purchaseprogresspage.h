#pragma once

#include <QWizardPage>

class PurchaseRun;
class PurchaseWizard;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

// Fourth step: buys the basket one number at a time with a per-number result. A number taken
// meanwhile is dropped and alternatives from the same search are offered; the rest go on.
class PurchaseProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseProgressPage(PurchaseWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    PurchaseRun *run() const { return m_run; }
    bool isRunning() const;
    // Lets the number in flight finish, then stops.
    void requestStop();

    // Puts the ticked alternatives in the basket and buys them.
    void buyCheckedAlternatives();

Q_SIGNALS:
    void idle();

private:
    void onProgress(int finished, int total);
    void onFinished();
    void updateAlternatives();

    PurchaseWizard *m_wizard;
    PurchaseRun *m_run;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
    QGroupBox *m_alternativesBox;
    QListWidget *m_alternatives;
    QPushButton *m_buyAlternatives;
    bool m_started = false;
};
