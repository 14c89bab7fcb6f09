#pragma once

#include "apiclient.h"
#include "numbersearchindex.h"
#include "pagecursor.h"
#include "pageenvelope.h"
#include "phonenumberpagedecoder.h"
#include "phonenumberrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QQueue>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

// The workspace's phone numbers, paged lazily from the server: rows are the pages loaded so far,
// and the view asks for more with fetchMore() as it scrolls.
//
// Every reply is tagged with the generation of the listing that asked for it and dropped when the
// list has since been refreshed or filtered differently. Rows are unique by id. Paging stops with
// an "incomplete" error instead of looping when the server's continuation tokens do not advance.
// Edits made elsewhere in the app reach the rows through upsertNumber() and removeNumber().
//
// While loading all, pages are decoded on a worker thread, one at a time and in order; their rows
// come back to the GUI thread tagged with their generation like replies, and the next page is
// asked for as soon as a reply's continuation token is read, so the server works on it while the
// one before is decoded. A page asked for on its own is decoded at once.
class PhoneNumberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        CountryColumn,
        DisplayNameColumn,
        StatusColumn,
        CapabilitiesColumn,
        InboundServiceColumn,
        ForwardingColumn,
        UpdatedColumn,
        ColumnCount
    };

    enum Role {
        E164Role = Qt::UserRole + 1, // the stored E.164 string
        IdRole,
        PhoneNumberRole, // the whole PhoneNumber value
        SortRole,        // a value that sorts the column as people expect
        SearchTextRole,  // display name and notes, for the search box
        ExportRole,      // plain text for files: no direction isolates, numbers in E.164
        NationalRole,    // the number in its national format, without direction isolates
    };

    explicit PhoneNumberTableModel(ApiClient *client, QObject *parent = nullptr);
    ~PhoneNumberTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Server-side status filter: "active", "inactive", or none for all. Reloads from the start.
    void setStatusFilter(const std::optional<QString> &status);
    std::optional<QString> statusFilter() const { return m_statusFilter; }

    // Drops what is loaded and starts again from the first page.
    void refresh();
    // Asks again for the page that failed, keeping the rows already loaded. Does nothing after
    // paging stopped because the server's tokens did not advance: only refresh() helps then.
    void retry();

    // Fetches every remaining page back to back, waiting where the server's rate limit says so.
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }

    // A page is on its way or being decoded.
    bool isLoading() const { return m_pageInFlight || !m_decoding.isEmpty(); }
    // A page has arrived and its rows are being made ready.
    bool isDecoding() const { return !m_decoding.isEmpty(); }

    // Decodes pages on `pool` instead of on a thread of the model's own, e.g. for a test that
    // holds decoding back. The pool must run one task at a time (pages stay in order) and
    // outlive the model, which waits for the pool's tasks when it is destroyed.
    void setDecodingThread(QThreadPool *pool);

    // While loading all, how many arrived pages may wait for decoding before no more are asked.
    static constexpr qsizetype MaxPagesDecoding = 4;
    bool hasMore() const { return m_cursor.hasMore(); }
    // True when paging stopped early because the server's continuation tokens did not advance.
    bool isIncomplete() const { return m_cursor.isStuck(); }
    std::optional<qint64> serverTotal() const { return m_total; }
    const std::optional<ApiError> &lastError() const { return m_lastError; }

    // Inbound service names by id, to show names instead of UUIDs.
    void setServiceNames(const QHash<QString, QString> &names);
    // The name of a service, "None" for no service, "Unknown service" for an id not in the list.
    QString serviceName(const std::optional<QString> &id) const;

    const PhoneNumber *numberAt(int row) const;
    int rowOfId(const QString &id) const;

    // For the filter proxy: precomputed search keys, and an order for each column. The index may
    // run past rowCount(), over rows that arrived and are not shown yet.
    const NumberSearchIndex &searchIndex() const { return m_searchIndex; }
    bool lessThan(int leftRow, int rightRow, int column) const;

public Q_SLOTS:
    // Updates the row of number.id in place, or inserts it when it is not loaded. A number that
    // no longer matches the status filter leaves the list.
    void upsertNumber(const PhoneNumber &number);
    // Removes the row of a deleted or released number; does nothing when it is not loaded.
    void removeNumber(const QString &id);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page arrived and its rows are in the model.
    void pageLoaded(int rowsAdded);
    // A page failed; loaded rows are kept and retry() asks again.
    void loadFailed(const ApiError &error);
    void loadingAllChanged(bool loadingAll);
    // While loading all: `loaded` rows are in the model (rowCount()), of `total` on the server.
    void loadAllProgress(int loaded, std::optional<qint64> total);
    // Loading all pages waits `seconds` for the server's rate limit before the next page.
    void loadAllWaiting(int seconds);

private:
    // How long rows that arrived while loading all may wait before they go into the model.
    // Every flush makes a view repaint what it shows, which costs a few milliseconds.
    static constexpr std::chrono::milliseconds IncomingFlushInterval{200};

    // A page handed to the decoding thread, and where paging stood before it.
    struct PageInDecoding
    {
        PageCursor::Mark before;
        std::optional<PageEnvelope> envelope; // when it could be read without decoding
        int httpStatus = 0;
        QString requestId;
    };

    void requestPage();
    void onReply(quint64 generation, const Result<HttpReply> &reply);
    void decodeLater(quint64 generation, const QByteArray &body);
    void onDecoded(quint64 generation, Result<DecodedPage> &decoded);
    void onPageFailed(const ApiError &error);
    void reportStuck();
    void dropPagesInProgress();
    // Takes a page's rows in, to be shown by flushIncoming(); returns how many were new.
    qsizetype mergePage(QList<BuiltRow> &rows);
    // Shows the rows that arrived; says pageLoaded() even for none when asked.
    void flushIncoming(bool announceEmpty = false);
    void continueLoadAll();
    void waitThenContinue(std::chrono::milliseconds delay);
    void finishLoadAll();
    void reset();
    void reindexFrom(int row);
    QString countryText(const PhoneNumberRow &row) const;
    QString nationalOf(const PhoneNumberRow &row) const;
    QVariant displayData(const PhoneNumberRow &row, int column) const;
    QVariant exportData(const PhoneNumberRow &row, int column) const;
    QVariant sortData(const PhoneNumberRow &row, int column) const;

    ApiClient *m_client;
    // The rows shown, then those that arrived while loading all and wait for flushIncoming().
    // Both are indexed by id and in the search index.
    QList<PhoneNumberRow> m_rows;
    int m_shownRows = 0;
    QHash<QString, int> m_rowById;
    std::shared_ptr<CountryTable> m_countries;  // shared with the decoder
    mutable PhoneNumberRowBuilder m_rowBuilder; // formats on demand, from a cache
    NumberSearchIndex m_searchIndex;            // the rows' search keys, in row order
    QTimer m_flushTimer;
    QHash<QString, QString> m_serviceNames;
    std::optional<QString> m_statusFilter;
    PageCursor m_cursor;
    std::optional<qint64> m_total;
    std::optional<ApiError> m_lastError;
    CallHandle m_pending;
    bool m_pageInFlight = false;
    PhoneNumberPageDecoder m_pageDecoder;              // for pages decoded at once
    std::shared_ptr<PhoneNumberPageDecoder> m_decoder; // used on m_decodingThread only
    QQueue<PageInDecoding> m_decoding;                 // oldest first
    QThreadPool m_ownDecodingThread;                   // one thread: pages stay in order
    QThreadPool *m_decodingThread = &m_ownDecodingThread;
    quint64 m_generation = 0;
    bool m_loadingAll = false;
    QTimer m_loadAllWait;
    RateLimitInfo m_rateLimit;
};
