#pragma once

#include "apiclient.h"
#include "service.h"

#include <QAbstractListModel>
#include <QHash>

#include <optional>

// The workspace's services for choosing where a number's inbound calls go, paged lazily from the
// server and searched there by name. The first row can stand for "no service".
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ServiceIdRole = Qt::UserRole + 1, // empty for the "no service" row
        IsNoneRole,
        IsActiveRole,
    };

    explicit ServiceListModel(ApiClient *client, QObject *parent = nullptr);
    ~ServiceListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Whether row 0 is "None (no inbound service)".
    void setIncludeNone(bool include);
    bool includesNone() const { return m_includeNone; }

    // Server-side search by name; an empty text lists every service. Reloads from the start.
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    // Services per request, 1..20 (the API's maximum, and the default).
    void setPageSize(int size);

    // Drops what is loaded and asks for the first page again.
    void refresh();
    // Asks again for the page that failed, keeping the loaded rows.
    void retry();

    bool isLoading() const { return m_pending.isRunning(); }
    bool hasMore() const { return m_hasMore; }
    const std::optional<ApiError> &lastError() const { return m_lastError; }

    // The row showing the service with this id, the "None" row for nullopt, or -1 when that
    // service is not among the loaded rows.
    int rowOf(const std::optional<QString> &serviceId) const;
    std::optional<QString> serviceIdAt(int row) const;

    // A service's name from any page seen so far or from resolve(); empty when not known yet.
    QString nameOf(const QString &serviceId) const;
    const Service *serviceById(const QString &serviceId) const;
    // Every service seen so far, by id, for naming services elsewhere (the table's column).
    QHash<QString, QString> knownNames() const;

    // Looks a service up by id (for a number's current service that is on no loaded page);
    // serviceResolved() follows, or serviceResolveFailed() when it does not exist.
    void resolve(const QString &serviceId);
    // Adds what is known about a service without loading it, e.g. in tests or from a cache.
    void remember(const Service &service);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void loadFailed(const ApiError &error);
    void serviceResolved(const QString &serviceId);
    void serviceResolveFailed(const QString &serviceId, const ApiError &error);

private:
    void requestPage();
    void onPage(quint64 generation, const Result<ServicePage> &result);
    int firstServiceRow() const { return m_includeNone ? 1 : 0; }

    ApiClient *m_client;
    QList<Service> m_services;
    QHash<QString, Service> m_known;
    bool m_includeNone = true;
    QString m_search;
    int m_pageSize = 20;
    QJsonValue m_nextToken;
    bool m_hasMore = true;
    std::optional<ApiError> m_lastError;
    CallHandle m_pending;
    quint64 m_generation = 0;
};
