#pragma once

#include "apiclient.h"
#include "telephony.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

#include <optional>

class AvailableNumberModel;
class MessageBanner;
class PurchaseWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// Second step: carrier searches (country, area code, digits, how many), refined on this computer
// by place and capabilities, with the picks of every search kept in the basket.
class PurchaseSearchPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PurchaseSearchPage(PurchaseWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void cancelWork() { m_call.cancel(); }

    // Runs the search the fields describe; returns false (with the reason shown) when they
    // cannot be sent.
    bool search();
    // Asks the carrier again for the last search and shows numbers not shown before.
    void showDifferentNumbers();
    bool isSearching() const { return m_call.isRunning(); }
    AvailableNumberModel *results() const { return m_results; }

    // Countries a search can name, as (name, ISO code), sorted by name for people.
    static QList<std::pair<QString, QString>> countryChoices();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSearchFields();
    QWidget *createRefinementFields();
    QWidget *createBasketView();
    std::optional<AvailableNumberQuery> queryFromFields(QString *problem) const;
    void runSearch(const AvailableNumberQuery &query, bool different);
    void onResults(const AvailableNumberQuery &query, bool different,
            const Result<QList<AvailableNumber>> &result);
    void updateRefinement();
    void updateSummary();
    void updateBasket();
    void addSelectedToBasket();
    void removeSelectedFromBasket();
    QString serverFiltersText(const AvailableNumberQuery &query) const;
    QString refinementText() const;
    static QString queryKey(const AvailableNumberQuery &query);

    PurchaseWizard *m_wizard;
    AvailableNumberModel *m_results;
    QComboBox *m_country;
    QLineEdit *m_areaCode;
    QLineEdit *m_contains;
    QSpinBox *m_limit;
    QPushButton *m_search;
    QLineEdit *m_place;
    QCheckBox *m_voice;
    QCheckBox *m_sms;
    QCheckBox *m_mms;
    MessageBanner *m_banner;
    QLabel *m_summary;
    QTableView *m_resultsView;
    QLabel *m_emptyExplanation;
    QPushButton *m_different;
    QPushButton *m_add;
    QLabel *m_basketLabel;
    QTableView *m_basketView;
    QPushButton *m_remove;
    QLabel *m_nextReason;
    CallHandle m_call;
    std::optional<AvailableNumberQuery> m_lastQuery;
    QHash<QString, QSet<QString>> m_seen; // numbers already shown, per search
    bool m_countrySet = false;
};
