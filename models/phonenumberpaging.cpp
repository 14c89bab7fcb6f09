// The paging half of PhoneNumberTableModel: asking for pages, taking them in, loading all.

#include "phonenumbertablemodel.h"

#include "modelslog.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcModels, "amigo.models", QtInfoMsg)

// The API's maximum page size: fewer round trips for the same rows.
static constexpr int PageSize = 20;

// How long loading all pages waits after a 429 that did not say how long to wait.
static constexpr std::chrono::milliseconds DefaultRateLimitWait = 5s;
// The longest single wait for the rate limit; the server may send a far-off reset time.
static constexpr std::chrono::milliseconds MaxRateLimitWait = 60s;

// While loading all pages, rows are taken in by the batch rather than by the page: views and
// proxies then do their work (and repaint) a few times a second instead of for every page.
static constexpr qsizetype MaxIncomingBatch = 2500;

// The most rows loading all reserves room for ahead of time.
static constexpr qint64 MaxRowsReserved = 2'000'000;

bool PhoneNumberTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while loading all waits for the server's rate limit either.
    return !parent.isValid() && m_cursor.hasMore() && !m_pageInFlight && !m_lastError
            && !m_loadAllWait.isActive();
}

void PhoneNumberTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void PhoneNumberTableModel::requestPage()
{
    PhoneNumberListQuery query;
    query.status = m_statusFilter;
    query.limit = PageSize;
    query.continuationToken = m_cursor.nextToken();

    const bool wasLoading = isLoading();
    const quint64 generation = m_generation;
    m_pageInFlight = true;
    m_pending = m_client->listPhoneNumbers(
            query, this, [this, generation](const Result<PhoneNumberPage> &result) {
                onPage(generation, result);
            });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void PhoneNumberTableModel::onPage(quint64 generation, const Result<PhoneNumberPage> &result)
{
    // A reply for a list that has since been refreshed or filtered differently.
    if (generation != m_generation)
        return;
    m_pending = {};
    // The page counts as in flight until its rows are in: views and testers react to inserted
    // rows by asking for more, which must wait for the cursor to have moved on.
    if (!result) {
        flushIncoming();
        m_pageInFlight = false;
        onPageFailed(result.error());
        return;
    }

    const PhoneNumberPage &page = result.value();
    if (page.total)
        m_total = page.total;
    m_cursor.advance(page.hasMore, page.continuationToken, page.items.size(), countNew(page.items));
    if (m_cursor.isStuck()) {
        qCWarning(lcModels) << "Paging stopped:" << m_cursor.stuckReason();
        m_lastError = ApiError(ApiError::Kind::MalformedResponse,
                tr("The list may be incomplete: %1. Refresh to try again.")
                        .arg(m_cursor.stuckReason()));
        m_lastError->setEndpoint(tr("list phone numbers"));
    }

    // Loading all: the next page is asked for first, so the server works on it while this one
    // is taken in.
    const bool continuing = m_loadingAll && m_cursor.hasMore();
    if (continuing) {
        m_pageInFlight = false;
        continueLoadAll();
    }
    mergePage(page.items);

    if (continuing) {
        Q_EMIT loadAllProgress(rowCount() + int(m_incoming.size()), m_total);
        if (m_incoming.size() >= MaxIncomingBatch)
            flushIncoming();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    } else {
        flushIncoming(true);
        m_pageInFlight = false;
        // Loading all may have begun while this page was being taken in.
        if (m_loadingAll && m_cursor.hasMore()) {
            continueLoadAll();
        } else if (m_loadingAll) {
            Q_EMIT loadAllProgress(rowCount(), m_total);
            finishLoadAll();
        }
    }
    if (m_cursor.isStuck())
        Q_EMIT loadFailed(*m_lastError);
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void PhoneNumberTableModel::onPageFailed(const ApiError &error)
{
    if (error.isCancelled()) {
        Q_EMIT loadingChanged(false);
        return;
    }
    if (m_loadingAll && error.kind() == ApiError::Kind::RateLimited) {
        const auto delay = error.retryAfter()
                ? std::chrono::duration_cast<std::chrono::milliseconds>(*error.retryAfter())
                : DefaultRateLimitWait;
        waitThenContinue(delay);
        Q_EMIT loadingChanged(false);
        return;
    }

    m_lastError = error;
    if (m_loadingAll)
        finishLoadAll();
    Q_EMIT loadFailed(error);
    Q_EMIT loadingChanged(false);
}

qsizetype PhoneNumberTableModel::countNew(const QList<PhoneNumber> &items) const
{
    QSet<QString> seen;
    for (const PhoneNumber &number : items) {
        if (rowOfId(number.id) < 0 && !m_incomingIds.contains(number.id))
            seen.insert(number.id);
    }
    return seen.size();
}

void PhoneNumberTableModel::mergePage(const QList<PhoneNumber> &items)
{
    for (const PhoneNumber &number : items) {
        if (const int existing = rowOfId(number.id); existing >= 0) {
            // Overlapping pages: one row per id, with the newest data.
            if (!(m_rows.at(existing).number == number)) {
                NumberSearchKey key;
                m_rows[existing] = m_rowBuilder.build(number, &key);
                m_searchIndex.replace(existing, key);
                Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            }
            continue;
        }
        if (const auto waiting = m_incomingIds.constFind(number.id);
                waiting != m_incomingIds.cend()) {
            IncomingRow &incoming = m_incoming[*waiting];
            incoming.row = m_rowBuilder.build(number, &incoming.searchKey);
            continue;
        }
        m_incomingIds.insert(number.id, m_incoming.size());
        IncomingRow incoming;
        incoming.row = m_rowBuilder.build(number, &incoming.searchKey);
        m_incoming.append(std::move(incoming));
    }
}

void PhoneNumberTableModel::flushIncoming(bool announceEmpty)
{
    m_flushTimer.stop();
    const int added = int(m_incoming.size());
    if (added > 0) {
        const int first = rowCount();
        beginInsertRows({}, first, first + added - 1);
        for (IncomingRow &incoming : m_incoming) {
            m_rowById.insert(incoming.row.number.id, rowCount());
            m_searchIndex.append(incoming.searchKey);
            m_rows.append(std::move(incoming.row));
        }
        m_incoming.clear();
        m_incomingIds.clear();
        endInsertRows();
    }
    if (added > 0 || announceEmpty)
        Q_EMIT pageLoaded(added);
}

void PhoneNumberTableModel::loadAll()
{
    if (m_loadingAll || !m_cursor.hasMore())
        return;
    // A failed page is asked for again; a list whose tokens stopped advancing is not.
    m_lastError.reset();
    m_loadingAll = true;
    // Room for every row the server counts, at once rather than by repeated doubling (bounded,
    // in case the count is wrong).
    if (m_total)
        m_rows.reserve(qsizetype(std::clamp<qint64>(*m_total, 0, MaxRowsReserved)));
    Q_EMIT loadingAllChanged(true);
    Q_EMIT loadAllProgress(rowCount(), m_total);
    continueLoadAll();
}

void PhoneNumberTableModel::continueLoadAll()
{
    if (!m_loadingAll || isLoading())
        return;
    if (!m_cursor.hasMore()) {
        flushIncoming(true);
        finishLoadAll();
        return;
    }
    // The server said the budget is spent until its reset time: wait instead of earning a 429.
    if (m_rateLimit.remaining && *m_rateLimit.remaining <= 0 && m_rateLimit.reset) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(*m_rateLimit.reset);
        m_rateLimit = {};
        if (wait > 0) {
            flushIncoming();
            waitThenContinue(std::chrono::milliseconds(wait));
            return;
        }
    }
    requestPage();
}

void PhoneNumberTableModel::waitThenContinue(std::chrono::milliseconds delay)
{
    delay = std::clamp(delay, std::chrono::milliseconds(0), MaxRateLimitWait);
    const int seconds = int((delay.count() + 999) / 1000);
    qCInfo(lcModels) << "Loading all numbers waits" << seconds << "s for the rate limit";
    m_loadAllWait.start(delay);
    Q_EMIT loadAllWaiting(seconds);
}

void PhoneNumberTableModel::cancelLoadAll()
{
    // A page in flight still lands: it is the current cursor's and costs nothing more.
    if (m_loadingAll) {
        flushIncoming();
        finishLoadAll();
    }
}

void PhoneNumberTableModel::finishLoadAll()
{
    m_loadAllWait.stop();
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    m_searchIndex.squeeze();
    Q_EMIT loadingAllChanged(false);
}

void PhoneNumberTableModel::reset()
{
    ++m_generation;
    m_pending.cancel();
    m_pending = {};
    m_pageInFlight = false;
    m_flushTimer.stop();
    m_incoming.clear();
    m_incomingIds.clear();
    finishLoadAll();
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_searchIndex.clear();
    m_rowBuilder.clear();
    m_cursor.reset();
    m_total.reset();
    m_lastError.reset();
    endResetModel();
}

void PhoneNumberTableModel::setStatusFilter(const std::optional<QString> &status)
{
    m_statusFilter = status;
    refresh();
}

void PhoneNumberTableModel::refresh()
{
    const bool wasLoading = isLoading();
    reset();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    // A view may already have asked for the first page while reacting to the reset.
    if (!isLoading())
        requestPage();
}

void PhoneNumberTableModel::retry()
{
    if (!m_lastError || m_cursor.isStuck() || isLoading())
        return;
    m_lastError.reset();
    requestPage();
}
