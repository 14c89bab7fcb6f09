#pragma once

#include "numbersearch.h"

#include <QBitArray>
#include <QSortFilterProxyModel>

class PhoneNumberTableModel;

// The search box and the column sort over the loaded phone numbers.
//
// Search keys are computed by the table model when a row arrives; filtering only compares
// strings. While a search is active the proxy asks for more pages by itself until it has enough
// matches to fill a view, but it stops after a bounded run of pages that bring no match: a search
// that matches nothing must not pull the whole workspace from the server. "Load all" on the table
// model is the explicit way to search everything.
class PhoneNumberFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PhoneNumberFilterProxy(PhoneNumberTableModel *source, QObject *parent = nullptr);

    PhoneNumberTableModel *phoneNumbers() const { return m_source; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_query.isEmpty(); }

    // How many pages in a row may arrive without a new match before automatic fetching pauses.
    void setAutoFetchLimit(int pages) { m_autoFetchLimit = pages; }
    int autoFetchLimit() const { return m_autoFetchLimit; }
    // How many matching rows the search tries to have before it stops asking for pages itself.
    void setAutoFetchTarget(int rows) { m_autoFetchTarget = rows; }

    // True while a search is active and automatic fetching paused at its limit.
    bool isAutoFetchPaused() const { return m_autoFetchPaused; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void searchTextChanged(const QString &text);
    void autoFetchPausedChanged(bool paused);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void onPageLoaded();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void restartAutoFetch();
    void fetchForSearch();
    void setAutoFetchPaused(bool paused);

    PhoneNumberTableModel *m_source;
    QString m_searchText;
    NumberSearchQuery m_query;
    QBitArray m_matches; // the search's answer for each row loaded when it was set
    int m_autoFetchLimit = 10;
    int m_autoFetchTarget = 100;
    int m_pagesWithoutMatch = 0;
    int m_shownAfterLastPage = 0;
    bool m_autoFetchPaused = false;
    bool m_fetchQueued = false;
};
