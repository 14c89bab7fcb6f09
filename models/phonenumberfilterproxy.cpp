#include "phonenumberfilterproxy.h"

#include "phonenumbertablemodel.h"

#include <QTimer>

PhoneNumberFilterProxy::PhoneNumberFilterProxy(PhoneNumberTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(PhoneNumberTableModel::SortRole);
    connect(source, &PhoneNumberTableModel::pageLoaded, this,
            &PhoneNumberFilterProxy::onPageLoaded);
    connect(source, &QAbstractItemModel::modelReset, this,
            &PhoneNumberFilterProxy::restartAutoFetch);
}

void PhoneNumberFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_query = NumberSearchQuery(text);

    // One layout change instead of the row-by-row removals invalidateFilter() emits: with many
    // scattered matches those would cost a signal per interval of hidden rows.
    invalidate();

    restartAutoFetch();
    fetchForSearch();
    Q_EMIT searchTextChanged(text);
}

bool PhoneNumberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_query.isEmpty())
        return true;
    return m_query.matches(m_source->searchKeyAt(sourceRow));
}

bool PhoneNumberFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_source->lessThan(left.row(), right.row(), left.column());
}

bool PhoneNumberFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    if (isSearching() && m_autoFetchPaused)
        return false;
    return QSortFilterProxyModel::canFetchMore(parent);
}

void PhoneNumberFilterProxy::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        QSortFilterProxyModel::fetchMore(parent);
}

void PhoneNumberFilterProxy::restartAutoFetch()
{
    m_pagesWithoutMatch = 0;
    m_shownAfterLastPage = rowCount();
    setAutoFetchPaused(false);
}

void PhoneNumberFilterProxy::onPageLoaded()
{
    if (!isSearching()) {
        restartAutoFetch();
        return;
    }
    const int shown = rowCount();
    if (shown > m_shownAfterLastPage)
        m_pagesWithoutMatch = 0;
    else
        ++m_pagesWithoutMatch;
    m_shownAfterLastPage = shown;

    if (m_pagesWithoutMatch >= m_autoFetchLimit && m_source->hasMore())
        setAutoFetchPaused(true);
    fetchForSearch();
}

void PhoneNumberFilterProxy::fetchForSearch()
{
    // Queued: a page's signals are still being delivered when this runs from onPageLoaded().
    if (m_fetchQueued)
        return;
    m_fetchQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_fetchQueued = false;
        if (!isSearching() || m_autoFetchPaused || rowCount() >= m_autoFetchTarget)
            return;
        if (m_source->canFetchMore({}))
            m_source->fetchMore({});
    });
}

void PhoneNumberFilterProxy::setAutoFetchPaused(bool paused)
{
    if (paused == m_autoFetchPaused)
        return;
    m_autoFetchPaused = paused;
    Q_EMIT autoFetchPausedChanged(paused);
}
