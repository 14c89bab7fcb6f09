#include "servicelistmodel.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

// The API's maximum page size.
static constexpr int MaxPageSize = 20;

// The server refuses search texts longer than this (SearchString, 1..200).
static constexpr qsizetype MaxSearchLength = 200;

ServiceListModel::ServiceListModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{ }

ServiceListModel::~ServiceListModel()
{
    m_pending.cancel();
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_services.size()) + firstServiceRow();
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    if (m_includeNone && index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("None (inbound calls are not routed to a service)");
        case ServiceIdRole:
            return QString();
        case IsNoneRole:
        case IsActiveRole:
            return true;
        }
        return {};
    }

    const Service &service = m_services.at(index.row() - firstServiceRow());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (!service.isActive)
            return tr("%1 (inactive)").arg(service.name);
        return service.name;
    case Qt::ToolTipRole:
        return service.description.isEmpty() ? service.name : service.description;
    case Qt::ForegroundRole:
        if (!service.isActive)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case ServiceIdRole:
        return service.id;
    case IsNoneRole:
        return false;
    case IsActiveRole:
        return service.isActive;
    }
    return {};
}

bool ServiceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_pending.isRunning() && !m_lastError;
}

void ServiceListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void ServiceListModel::setIncludeNone(bool include)
{
    if (include == m_includeNone)
        return;
    if (include) {
        beginInsertRows({}, 0, 0);
        m_includeNone = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, 0, 0);
        m_includeNone = false;
        endRemoveRows();
    }
}

void ServiceListModel::setSearch(const QString &text)
{
    const QString search = text.trimmed().left(MaxSearchLength);
    if (search == m_search && (isLoading() || rowCount() > firstServiceRow()))
        return;
    m_search = search;
    refresh();
}

void ServiceListModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, MaxPageSize);
}

void ServiceListModel::refresh()
{
    m_pending.cancel();
    ++m_generation;
    if (!m_services.isEmpty()) {
        beginRemoveRows({}, firstServiceRow(), rowCount() - 1);
        m_services.clear();
        endRemoveRows();
    }
    m_nextToken = QJsonValue(QJsonValue::Undefined);
    m_hasMore = true;
    m_lastError.reset();
    requestPage();
}

void ServiceListModel::retry()
{
    m_lastError.reset();
    if (m_hasMore && !m_pending.isRunning())
        requestPage();
}

void ServiceListModel::requestPage()
{
    ServiceListQuery query;
    query.limit = m_pageSize;
    query.continuationToken = m_nextToken;
    if (!m_search.isEmpty())
        query.search = m_search;

    const quint64 generation = m_generation;
    m_pending = m_client->listServices(query, this,
            [this, generation](const Result<ServicePage> &result) { onPage(generation, result); });
    Q_EMIT loadingChanged(true);
}

void ServiceListModel::onPage(quint64 generation, const Result<ServicePage> &result)
{
    // A reply for a search or refresh that has since been replaced.
    if (generation != m_generation)
        return;

    if (!result) {
        if (!result.error().isCancelled()) {
            m_lastError = result.error();
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(result.error());
        }
        return;
    }

    const ServicePage &page = result.value();
    QList<Service> fresh;
    for (const Service &service : page.items) {
        m_known.insert(service.id, service);
        const bool duplicate = std::any_of(m_services.cbegin(), m_services.cend(),
                [&service](const Service &loaded) { return loaded.id == service.id; });
        if (!duplicate)
            fresh.append(service);
    }

    // A token that does not advance would ask for the same page forever.
    const bool advances = page.continuationToken != m_nextToken;
    m_hasMore = page.hasMore && !page.continuationToken.isNull()
            && !page.continuationToken.isUndefined() && advances && !page.items.isEmpty();
    m_nextToken = page.continuationToken;

    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        m_services.append(fresh);
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(static_cast<int>(fresh.size()));
}

int ServiceListModel::rowOf(const std::optional<QString> &serviceId) const
{
    if (!serviceId)
        return m_includeNone ? 0 : -1;
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).id == *serviceId)
            return static_cast<int>(i) + firstServiceRow();
    }
    return -1;
}

std::optional<QString> ServiceListModel::serviceIdAt(int row) const
{
    if (row < firstServiceRow() || row >= rowCount())
        return std::nullopt;
    return m_services.at(row - firstServiceRow()).id;
}

QString ServiceListModel::nameOf(const QString &serviceId) const
{
    const auto found = m_known.constFind(serviceId);
    return found == m_known.cend() ? QString() : found->name;
}

const Service *ServiceListModel::serviceById(const QString &serviceId) const
{
    const auto found = m_known.constFind(serviceId);
    return found == m_known.cend() ? nullptr : &*found;
}

QHash<QString, QString> ServiceListModel::knownNames() const
{
    QHash<QString, QString> names;
    for (const Service &service : m_known)
        names.insert(service.id, service.name);
    return names;
}

void ServiceListModel::resolve(const QString &serviceId)
{
    if (m_known.contains(serviceId)) {
        Q_EMIT serviceResolved(serviceId);
        return;
    }
    m_client->getService(serviceId, this, [this, serviceId](const Result<Service> &result) {
        if (!result) {
            if (!result.error().isCancelled())
                Q_EMIT serviceResolveFailed(serviceId, result.error());
            return;
        }
        m_known.insert(serviceId, result.value());
        Q_EMIT serviceResolved(serviceId);
    });
}

void ServiceListModel::remember(const Service &service)
{
    m_known.insert(service.id, service);
}
