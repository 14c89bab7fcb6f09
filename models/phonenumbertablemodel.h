#pragma once

#include "apiclient.h"
#include "phonenumberformat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonValue>

#include <optional>

// The workspace's phone numbers, paged lazily from the server: rows are the pages loaded so far,
// and the view asks for more with fetchMore() as it scrolls.
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
    };

    explicit PhoneNumberTableModel(ApiClient *client, QObject *parent = nullptr);
    ~PhoneNumberTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Server-side status filter: "active", "inactive", or none for all. Reloads from the start.
    void setStatusFilter(const std::optional<QString> &status);
    std::optional<QString> statusFilter() const { return m_statusFilter; }

    // Drops what is loaded and starts again from the first page.
    void refresh();
    // Asks again for the page that failed, keeping the rows already loaded.
    void retry();

    bool isLoading() const { return m_pending.isRunning(); }
    bool hasMore() const { return m_hasMore; }
    std::optional<qint64> serverTotal() const { return m_total; }
    const std::optional<ApiError> &lastError() const { return m_lastError; }

    // Inbound service names by id, to show names instead of UUIDs.
    void setServiceNames(const QHash<QString, QString> &names);

    const PhoneNumber *numberAt(int row) const;
    int rowOfId(const QString &id) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page arrived and its rows are in the model.
    void pageLoaded(int rowsAdded);
    // A page failed; loaded rows are kept and retry() asks again.
    void loadFailed(const ApiError &error);

private:
    struct Row
    {
        PhoneNumber number;
        NumberPresentation presentation;
    };

    void requestPage();
    void onPage(quint64 generation, const Result<PhoneNumberPage> &result);
    void reset();
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString serviceName(const std::optional<QString> &id) const;

    ApiClient *m_client;
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_serviceNames;
    std::optional<QString> m_statusFilter;
    QJsonValue m_nextToken;
    bool m_hasMore = true;
    std::optional<qint64> m_total;
    std::optional<ApiError> m_lastError;
    CallHandle m_pending;
    quint64 m_generation = 0;
};
