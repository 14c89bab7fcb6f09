#include "phonenumberfilterproxy.h"

#include "phonenumbertablemodel.h"

#include <QTimer>

#include <algorithm>

PhoneNumberFilterProxy::PhoneNumberFilterProxy(PhoneNumberTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    // Connected before setSourceModel(), so these run before the proxy's own handlers, which
    // filter the changed rows again and must find the stored answers up to date.
    connect(source, &QAbstractItemModel::dataChanged, this,
            &PhoneNumberFilterProxy::onSourceDataChanged);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_matches.clear(); });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_matches.clear(); });
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
    // Every loaded row at once: one pass over the index per word. The index also holds rows that
    // arrived but are not shown yet, and may still change: those are matched when they are shown.
    m_matches = m_query.isEmpty() ? QBitArray() : m_source->searchIndex().matchAll(m_query);
    m_matches.resize(std::min(m_matches.size(), qsizetype(m_source->rowCount())));

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
    // Rows that arrived after the search was set are matched one by one.
    if (sourceRow < m_matches.size())
        return m_matches.testBit(sourceRow);
    return m_source->searchIndex().matches(sourceRow, m_query);
}

void PhoneNumberFilterProxy::onSourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Only the number, the display name and the notes (which change with the whole row) are
    // searched: a change to the service names alone leaves the answers as they are.
    if (topLeft.column() > PhoneNumberTableModel::DisplayNameColumn)
        return;
    const int last = std::min(bottomRight.row(), int(m_matches.size()) - 1);
    for (int row = topLeft.row(); row <= last; ++row)
        m_matches.setBit(row, m_source->searchIndex().matches(row, m_query));
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
