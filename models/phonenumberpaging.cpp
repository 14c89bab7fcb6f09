// The paging half of PhoneNumberTableModel: asking for pages, taking them in, loading all.

#include "phonenumbertablemodel.h"

#include "modelslog.h"
#include "phonenumberpagedecoder.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcModels, "amigo.models", QtInfoMsg)

// The API's maximum page size: fewer round trips for the same rows.
static constexpr int PageSize = 20;

// How long loading all pages waits after a 429 that did not say how long to wait.
static constexpr std::chrono::milliseconds DefaultRateLimitWait = 5s;
// The longest single wait for the rate limit; the server may send a far-off reset time.
static constexpr std::chrono::milliseconds MaxRateLimitWait = 60s;

// While loading all pages, rows are shown by the batch rather than by the page: views and proxies
// then do their work (and repaint) a few times a second instead of for every page. Rows are
// stored and indexed as their page arrives, so showing a batch costs only the views' work: this
// bounds it, for a proxy that has a search to match the new rows against.
static constexpr qsizetype MaxIncomingBatch = 10'000;

// The most rows loading all reserves room for ahead of time.
static constexpr qint64 MaxRowsReserved = 2'000'000;

bool PhoneNumberTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while loading all waits for the server's rate limit either.
    return !parent.isValid() && m_cursor.hasMore() && !isLoading() && !m_lastError
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
    m_pending = m_client->fetchPhoneNumberPage(query, this,
            [this, generation](const Result<HttpReply> &reply) { onReply(generation, reply); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void PhoneNumberTableModel::onReply(quint64 generation, const Result<HttpReply> &reply)
{
    // A reply for a list that has since been refreshed or filtered differently.
    if (generation != m_generation)
        return;
    m_pending = {};
    m_pageInFlight = false;
    if (!reply) {
        onPageFailed(reply.error());
        return;
    }

    PageInDecoding page;
    page.before = m_cursor.mark();
    page.httpStatus = reply.value().status;
    page.requestId = reply.value().requestId;

    // A page on its own (a view scrolling) is decoded at once: it costs less than a frame, and
    // its rows are in when the reply has been handled, as views expect.
    if (!m_loadingAll && m_decoding.isEmpty()) {
        m_decoding.enqueue(page);
        Result<DecodedPage> decoded = m_pageDecoder.decode(reply.value().body);
        onDecoded(generation, decoded);
        return;
    }

    // The cursor moves on before the items are decoded; the page counts as loading until its
    // rows are in.
    page.envelope = PageEnvelope::peek(reply.value().body);
    if (page.envelope) {
        m_cursor.advance(
                page.envelope->hasMore, page.envelope->continuationToken, page.envelope->items);
    }
    m_decoding.enqueue(page);

    // Loading all: the next page is on its way while this one is decoded. Asked for first, so
    // that the network thread has it before the decoding thread wakes up.
    if (page.envelope)
        continueLoadAll();
    decodeLater(generation, reply.value().body);
}

void PhoneNumberTableModel::decodeLater(quint64 generation, const QByteArray &body)
{
    m_decodingThread->start([this, generation, body, decoder = m_decoder] {
        auto decoded = std::make_shared<Result<DecodedPage>>(decoder->decode(body));
        // Safe from this thread: the model waits for this task before it is destroyed, and
        // dropping the posted call is then Qt's job.
        QMetaObject::invokeMethod(
                this, [this, generation, decoded] { onDecoded(generation, *decoded); },
                Qt::QueuedConnection);
    });
}

void PhoneNumberTableModel::onDecoded(quint64 generation, Result<DecodedPage> &decoded)
{
    if (generation != m_generation)
        return;
    // The page stays queued until its rows are in: views and testers react to inserted rows by
    // asking for more, which must wait.
    const PageInDecoding page = m_decoding.head();

    const bool sameAsRead = !decoded || !page.envelope
            || page.envelope->sameAs(decoded.value().hasMore, decoded.value().continuationToken,
                    decoded.value().total, decoded.value().rows.size());
    if (!decoded || !sameAsRead) {
        // Paging goes back to just before this page, so that retry() asks for it again.
        const ApiError reason = decoded ? ApiError(ApiError::Kind::MalformedResponse,
                                        tr("the page reads differently from one look to the next"))
                                        : decoded.error();
        const ApiError error = ApiClient::unreadableAnswer(
                tr("list phone numbers"), HttpReply{page.httpStatus, {}, page.requestId}, reason);
        flushIncoming();
        dropPagesInProgress();
        m_cursor.rewind(page.before);
        onPageFailed(error);
        return;
    }

    DecodedPage &rows = decoded.value();
    if (rows.total)
        m_total = rows.total;
    if (!page.envelope)
        m_cursor.advance(rows.hasMore, rows.continuationToken, rows.rows.size());
    const qsizetype added = mergePage(rows.rows);
    const bool stuck = !m_cursor.noteNewRows(added, rows.hasMore);

    const bool moreToCome = !stuck && m_loadingAll && (m_cursor.hasMore() || m_decoding.size() > 1);
    if (moreToCome) {
        if (m_rows.size() - m_shownRows >= MaxIncomingBatch)
            flushIncoming();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    } else {
        flushIncoming(true);
    }
    if (stuck)
        dropPagesInProgress();
    else
        m_decoding.dequeue();

    // Loading all may also have begun while this page's rows went in.
    if (m_loadingAll && (m_cursor.hasMore() || !m_decoding.isEmpty())) {
        continueLoadAll();
    } else if (m_loadingAll) {
        flushIncoming();
        Q_EMIT loadAllProgress(rowCount(), m_total);
        finishLoadAll();
    }
    if (m_cursor.isStuck() && m_decoding.isEmpty())
        reportStuck();
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void PhoneNumberTableModel::reportStuck()
{
    if (m_lastError)
        return;
    qCWarning(lcModels) << "Paging stopped:" << m_cursor.stuckReason();
    m_lastError = ApiError(ApiError::Kind::MalformedResponse,
            tr("The list may be incomplete: %1. Refresh to try again.")
                    .arg(m_cursor.stuckReason()));
    m_lastError->setEndpoint(tr("list phone numbers"));
    if (m_loadingAll)
        finishLoadAll();
    Q_EMIT loadFailed(*m_lastError);
}

void PhoneNumberTableModel::dropPagesInProgress()
{
    // Pages asked for after the one at hand: their replies and rows are dropped as stale.
    ++m_generation;
    m_pending.cancel();
    m_pending = {};
    m_pageInFlight = false;
    m_decoding.clear();
}

void PhoneNumberTableModel::onPageFailed(const ApiError &error)
{
    if (error.isCancelled()) {
        if (!isLoading())
            Q_EMIT loadingChanged(false);
        return;
    }
    if (m_loadingAll && error.kind() == ApiError::Kind::RateLimited) {
        const auto delay = error.retryAfter()
                ? std::chrono::duration_cast<std::chrono::milliseconds>(*error.retryAfter())
                : DefaultRateLimitWait;
        waitThenContinue(delay);
        if (!isLoading())
            Q_EMIT loadingChanged(false);
        return;
    }

    m_lastError = error;
    if (m_loadingAll)
        finishLoadAll();
    Q_EMIT loadFailed(error);
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

qsizetype PhoneNumberTableModel::mergePage(QList<BuiltRow> &rows)
{
    qsizetype added = 0;
    for (BuiltRow &built : rows) {
        const QString &id = built.row.number.id;
        if (const auto existing = m_rowById.constFind(id); existing != m_rowById.cend()) {
            // Overlapping pages: one row per id, with the newest data.
            const int row = *existing;
            if (m_rows.at(row).number == built.row.number)
                continue;
            m_rows[row] = std::move(built.row);
            m_searchIndex.replace(row, built.searchKey);
            if (row < m_shownRows)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        m_rowById.insert(id, int(m_rows.size()));
        m_rows.append(std::move(built.row));
        m_searchIndex.append(built.searchKey);
        ++added;
    }
    return added;
}

void PhoneNumberTableModel::flushIncoming(bool announceEmpty)
{
    m_flushTimer.stop();
    const int added = int(m_rows.size()) - m_shownRows;
    if (added > 0) {
        beginInsertRows({}, m_shownRows, int(m_rows.size()) - 1);
        m_shownRows = int(m_rows.size());
        endInsertRows();
        // Progress counts the rows shown, as the table's own count does.
        if (m_loadingAll)
            Q_EMIT loadAllProgress(rowCount(), m_total);
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
    // in case the count is wrong). Growing the index by id would hash every id again, several
    // milliseconds at a time on the GUI thread.
    if (m_total) {
        const auto rows = qsizetype(std::clamp<qint64>(*m_total, 0, MaxRowsReserved));
        m_rows.reserve(rows);
        m_rowById.reserve(rows);
    }
    Q_EMIT loadingAllChanged(true);
    Q_EMIT loadAllProgress(rowCount(), m_total);
    continueLoadAll();
}

void PhoneNumberTableModel::continueLoadAll()
{
    if (!m_loadingAll || m_pageInFlight || m_lastError || m_loadAllWait.isActive())
        return;
    if (!m_cursor.hasMore()) {
        // The last pages finish loading all when their rows are in.
        if (m_decoding.isEmpty()) {
            flushIncoming(true);
            finishLoadAll();
        }
        return;
    }
    // Pages arrive faster than they are decoded: the next one waits until one is in.
    if (m_decoding.size() >= MaxPagesDecoding)
        return;
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
    dropPagesInProgress();
    // After the pages still queued for decoding, which are dropped as stale when they are done.
    m_decodingThread->start([decoder = m_decoder] { decoder->clear(); });
    m_pageDecoder.clear();
    m_flushTimer.stop();
    finishLoadAll();
    beginResetModel();
    m_rows.clear();
    m_shownRows = 0;
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
    // Pages still being decoded came before the one that failed: the cursor is past them.
    if (!m_lastError || m_cursor.isStuck() || m_pageInFlight)
        return;
    m_lastError.reset();
    requestPage();
}
