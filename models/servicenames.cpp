#include "servicenames.h"

#include "modelslog.h"

ServiceNames::ServiceNames(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ServiceNames::~ServiceNames()
{
    ++m_generation;
    m_pending.cancel();
}

void ServiceNames::load()
{
    ++m_generation;
    m_pending.cancel();
    m_names.clear();
    m_cursor.reset();
    m_loading = true;
    requestPage();
}

void ServiceNames::requestPage()
{
    ServiceListQuery query;
    query.limit = 20;
    query.continuationToken = m_cursor.nextToken();
    const quint64 generation = m_generation;
    m_pending = m_client->listServices(
            query, this, [this, generation](const Result<Page<Service>> &result) {
                onPage(generation, result);
            });
}

void ServiceNames::onPage(quint64 generation, const Result<Page<Service>> &result)
{
    if (generation != m_generation)
        return;
    if (!result) {
        m_loading = false;
        if (!result.error().isCancelled())
            Q_EMIT loadFailed(result.error());
        // What arrived before the failure is still worth showing.
        if (!m_names.isEmpty())
            Q_EMIT loaded(m_names);
        return;
    }

    qsizetype added = 0;
    for (const Service &service : result.value().items) {
        if (!m_names.contains(service.id))
            ++added;
        m_names.insert(service.id, service.name);
    }
    const Page<Service> &page = result.value();
    if (m_cursor.advance(page.hasMore, page.continuationToken, page.items.size(), added)
            && m_cursor.hasMore()) {
        requestPage();
        return;
    }
    if (m_cursor.isStuck())
        qCWarning(lcModels) << "Service names incomplete:" << m_cursor.stuckReason();
    m_loading = false;
    Q_EMIT loaded(m_names);
}
