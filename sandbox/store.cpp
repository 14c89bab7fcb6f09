#include "store.h"

#include "sandboxlogging.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const auto serviceColumns = u"seq, id, workspace_id, name, description, agent_id, agent_name, "
                            "context_graph_id, context_graph_name, channel_type, is_active, "
                            "keyterms, created_at, updated_at"_s;

const auto workspaceColumns = u"seq, id, slug, name, environment, region, created_at, "
                              "updated_at"_s;

ServiceRecord serviceFrom(const QSqlQuery &query)
{
    ServiceRecord service;
    service.sequence = query.value(0).toLongLong();
    service.id = query.value(1).toString();
    service.workspaceId = query.value(2).toString();
    service.name = query.value(3).toString();
    service.description = query.value(4).toString();
    service.agentId = query.value(5).toString();
    service.agentName = query.value(6).toString();
    service.contextGraphId = query.value(7).toString();
    service.contextGraphName = query.value(8).toString();
    service.channelType = query.value(9).toString();
    service.isActive = query.value(10).toBool();
    const auto keyterms = query.value(11).toString();
    service.keyterms = keyterms.isEmpty() ? QStringList() : keyterms.split(u'\n');
    service.createdAt = query.value(12).toString();
    service.updatedAt = query.value(13).toString();
    return service;
}

WorkspaceRecord workspaceFrom(const QSqlQuery &query)
{
    WorkspaceRecord workspace;
    workspace.sequence = query.value(0).toLongLong();
    workspace.id = query.value(1).toString();
    workspace.slug = query.value(2).toString();
    workspace.name = query.value(3).toString();
    workspace.environment = query.value(4).toString();
    workspace.region = query.value(5).toString();
    workspace.createdAt = query.value(6).toString();
    workspace.updatedAt = query.value(7).toString();
    return workspace;
}

// Reads up to limit rows and notes whether one more existed (the query asked for limit + 1).
template<typename Record, typename Reader>
Page<Record> readPage(QSqlQuery *query, int limit, Reader reader)
{
    Page<Record> page;
    while (query->next()) {
        if (page.items.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.items.append(reader(*query));
    }
    query->finish();
    if (!page.items.isEmpty())
        page.nextCursor = page.items.constLast().sequence;
    return page;
}

QString escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

} // namespace

Store::Store()
    : m_connectionName(u"amigo-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Store::~Store()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::open(const QString &path, QString *errorMessage)
{
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_inMemory = path.isEmpty() || path == u":memory:";
    m_database.setDatabaseName(m_inMemory ? u":memory:"_s : path);
    if (!m_database.open()) {
        if (errorMessage)
            *errorMessage = m_database.lastError().text();
        return false;
    }

    QSqlQuery pragmas(m_database);
    pragmas.exec(u"PRAGMA foreign_keys = ON"_s);
    if (!m_inMemory) {
        pragmas.exec(u"PRAGMA journal_mode = WAL"_s);
        pragmas.exec(u"PRAGMA synchronous = NORMAL"_s);
    }

    if (!createSchema()) {
        if (errorMessage)
            *errorMessage = m_lastError;
        return false;
    }
    changedElsewhere(); // takes the starting point
    return true;
}

bool Store::createSchema()
{
    // AUTOINCREMENT keeps sequences from ever being reused after a delete, which the keyset
    // cursors rely on.
    const QStringList statements{
            u"CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS workspaces (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "id TEXT NOT NULL UNIQUE, slug TEXT NOT NULL, name TEXT NOT NULL, "
            "environment TEXT NOT NULL, region TEXT NOT NULL, created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS services (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "id TEXT NOT NULL UNIQUE, workspace_id TEXT NOT NULL REFERENCES workspaces(id), "
            "name TEXT NOT NULL, description TEXT NOT NULL, agent_id TEXT NOT NULL, "
            "agent_name TEXT, context_graph_id TEXT NOT NULL, context_graph_name TEXT, "
            "channel_type TEXT NOT NULL, is_active INTEGER NOT NULL, keyterms TEXT NOT NULL, "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS services_by_workspace ON services (workspace_id, seq)"_s,
            u"CREATE TABLE IF NOT EXISTS phone_numbers (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "id TEXT NOT NULL UNIQUE, workspace_id TEXT NOT NULL REFERENCES workspaces(id), "
            "phone_number TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
            "provider TEXT NOT NULL, capabilities TEXT NOT NULL, status TEXT NOT NULL, "
            "inbound_service_id TEXT, provider_phone_sid TEXT, notes TEXT NOT NULL, "
            "forward_enabled INTEGER, forward_to TEXT, forward_should_disconnect INTEGER, "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS phone_numbers_by_workspace "
            "ON phone_numbers (workspace_id, seq)"_s,
            u"CREATE INDEX IF NOT EXISTS phone_numbers_by_status "
            "ON phone_numbers (workspace_id, status, seq)"_s,
            u"CREATE TABLE IF NOT EXISTS sub_accounts (workspace_id TEXT PRIMARY KEY "
            "REFERENCES workspaces(id), id TEXT NOT NULL, account_sid TEXT NOT NULL, "
            "friendly_name TEXT NOT NULL, environment TEXT NOT NULL, twiml_app_sid TEXT, "
            "status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS purchased_numbers (phone_number TEXT PRIMARY KEY)"_s,
    };
    QSqlQuery query(m_database);
    for (const auto &statement : statements) {
        if (!query.exec(statement)) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlQuery *Store::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it.value();
    auto *query = new QSqlQuery(m_database);
    // Forward-only skips Qt's row cache, which costs more than the query itself.
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        qCWarning(lcSandbox) << "cannot prepare" << sql << query->lastError().text();
    m_statements.insert(sql, query);
    return query;
}

bool Store::exec(QSqlQuery *query)
{
    if (query->exec())
        return true;
    m_lastError = query->lastError().text();
    qCWarning(lcSandbox) << "query failed:" << m_lastError;
    return false;
}

bool Store::beginTransaction()
{
    return m_database.transaction();
}

bool Store::commit()
{
    if (m_database.commit())
        return true;
    m_lastError = m_database.lastError().text();
    rollback();
    return false;
}

void Store::rollback()
{
    m_database.rollback();
    // The writes of the transaction reached the index and the counts too.
    invalidateCounts();
    m_phoneNumberIndex.clear();
}

QString Store::setting(const QString &key) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Store::setSetting(const QString &key, const QString &value)
{
    auto *query = prepared(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    query->addBindValue(key);
    query->addBindValue(value);
    return exec(query);
}

bool Store::insertWorkspace(WorkspaceRecord *workspace)
{
    auto *query = prepared(u"INSERT INTO workspaces (id, slug, name, environment, region, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query->addBindValue(workspace->id);
    query->addBindValue(sqlText(workspace->slug));
    query->addBindValue(sqlText(workspace->name));
    query->addBindValue(workspace->environment);
    query->addBindValue(workspace->region);
    query->addBindValue(workspace->createdAt);
    query->addBindValue(workspace->updatedAt);
    if (!exec(query))
        return false;
    workspace->sequence = query->lastInsertId().toLongLong();
    invalidateCounts();
    // A new workspace has no numbers: the index covers it from the start and sees every insert.
    m_phoneNumberIndex.cover(workspace->id);
    return true;
}

std::optional<WorkspaceRecord> Store::workspace(const QString &id)
{
    auto *query = prepared(u"SELECT "_s + workspaceColumns + u" FROM workspaces WHERE id = ?"_s);
    query->addBindValue(id);
    if (!exec(query) || !query->next())
        return std::nullopt;
    auto record = workspaceFrom(*query);
    query->finish();
    return record;
}

Page<WorkspaceRecord> Store::workspaces(const QStringList &ids, qint64 after, int limit)
{
    // A key sees only its own workspaces; the sandbox has very few, so filtering here is cheap.
    auto *query = prepared(
            u"SELECT "_s + workspaceColumns + u" FROM workspaces WHERE seq > ? ORDER BY seq"_s);
    query->addBindValue(after);
    Page<WorkspaceRecord> page;
    if (!exec(query))
        return page;
    while (query->next()) {
        auto workspace = workspaceFrom(*query);
        if (!ids.contains(workspace.id))
            continue;
        if (page.items.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.items.append(workspace);
    }
    query->finish();
    if (!page.items.isEmpty())
        page.nextCursor = page.items.constLast().sequence;
    page.total = ids.size();
    return page;
}

bool Store::insertService(ServiceRecord *service)
{
    auto *query = prepared(u"INSERT INTO services (id, workspace_id, name, description, agent_id, "
                           "agent_name, context_graph_id, context_graph_name, channel_type, "
                           "is_active, keyterms, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query->addBindValue(service->id);
    query->addBindValue(service->workspaceId);
    query->addBindValue(sqlText(service->name));
    query->addBindValue(sqlText(service->description));
    query->addBindValue(service->agentId);
    query->addBindValue(sqlText(service->agentName));
    query->addBindValue(service->contextGraphId);
    query->addBindValue(sqlText(service->contextGraphName));
    query->addBindValue(service->channelType);
    query->addBindValue(service->isActive);
    query->addBindValue(sqlText(service->keyterms.join(u'\n')));
    query->addBindValue(service->createdAt);
    query->addBindValue(service->updatedAt);
    if (!exec(query))
        return false;
    service->sequence = query->lastInsertId().toLongLong();
    invalidateCounts();
    return true;
}

std::optional<ServiceRecord> Store::service(const QString &workspaceId, const QString &id)
{
    auto *query = prepared(
            u"SELECT "_s + serviceColumns + u" FROM services WHERE workspace_id = ? AND id = ?"_s);
    query->addBindValue(workspaceId);
    query->addBindValue(id);
    if (!exec(query) || !query->next())
        return std::nullopt;
    auto record = serviceFrom(*query);
    query->finish();
    return record;
}

Page<ServiceRecord> Store::services(const QString &workspaceId, const QString &search,
        std::optional<bool> isActive, qint64 after, int limit)
{
    QString conditions = u"workspace_id = ?"_s;
    QList<QVariant> bindings{workspaceId};
    if (!search.isEmpty()) {
        conditions += u" AND (name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')"_s;
        bindings << escapeLike(search) << escapeLike(search);
    }
    if (isActive) {
        conditions += u" AND is_active = ?"_s;
        bindings << int(*isActive);
    }

    const qint64 total = cachedCount(
            u"services|"_s + conditions + u'|' + QVariant(bindings).toStringList().join(u'|'),
            u"SELECT COUNT(*) FROM services WHERE "_s + conditions, bindings);

    auto *query = prepared(u"SELECT "_s + serviceColumns + u" FROM services WHERE "_s + conditions
            + u" AND seq > ? ORDER BY seq LIMIT ?"_s);
    for (const auto &binding : std::as_const(bindings))
        query->addBindValue(binding);
    query->addBindValue(after);
    query->addBindValue(limit + 1);
    Page<ServiceRecord> page;
    if (exec(query))
        page = readPage<ServiceRecord>(query, limit, serviceFrom);
    page.total = total;
    return page;
}

std::optional<SubAccountRecord> Store::subAccount(const QString &workspaceId)
{
    auto *query = prepared(u"SELECT id, workspace_id, account_sid, friendly_name, environment, "
                           "twiml_app_sid, status, created_at, updated_at FROM sub_accounts "
                           "WHERE workspace_id = ?"_s);
    query->addBindValue(workspaceId);
    if (!exec(query) || !query->next())
        return std::nullopt;
    SubAccountRecord account;
    account.id = query->value(0).toString();
    account.workspaceId = query->value(1).toString();
    account.accountSid = query->value(2).toString();
    account.friendlyName = query->value(3).toString();
    account.environment = query->value(4).toString();
    account.twimlAppSid = query->value(5).toString();
    account.status = query->value(6).toString();
    account.createdAt = query->value(7).toString();
    account.updatedAt = query->value(8).toString();
    query->finish();
    return account;
}

bool Store::insertSubAccount(const SubAccountRecord &account)
{
    auto *query = prepared(u"INSERT INTO sub_accounts (workspace_id, id, account_sid, "
                           "friendly_name, environment, twiml_app_sid, status, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query->addBindValue(account.workspaceId);
    query->addBindValue(account.id);
    query->addBindValue(account.accountSid);
    query->addBindValue(sqlText(account.friendlyName));
    query->addBindValue(account.environment);
    query->addBindValue(sqlText(account.twimlAppSid));
    query->addBindValue(sqlText(account.status));
    query->addBindValue(account.createdAt);
    query->addBindValue(account.updatedAt);
    return exec(query);
}

bool Store::markPurchased(const QString &e164)
{
    auto *query = prepared(u"INSERT OR IGNORE INTO purchased_numbers (phone_number) VALUES (?)"_s);
    query->addBindValue(e164);
    return exec(query);
}

bool Store::wasPurchased(const QString &e164)
{
    auto *query = prepared(u"SELECT 1 FROM purchased_numbers WHERE phone_number = ?"_s);
    query->addBindValue(e164);
    const bool found = exec(query) && query->next();
    query->finish();
    return found;
}

qint64 Store::cachedCount(
        const QString &cacheKey, const QString &sql, const QList<QVariant> &bindings)
{
    // Counting a large workspace scans its index; the count changes only when something is
    // written, so every write clears the cache instead.
    const auto cached = m_countCache.constFind(cacheKey);
    if (cached != m_countCache.constEnd())
        return cached.value();
    auto *query = prepared(sql);
    for (const auto &binding : bindings)
        query->addBindValue(binding);
    qint64 count = 0;
    if (exec(query) && query->next())
        count = query->value(0).toLongLong();
    query->finish();
    m_countCache.insert(cacheKey, count);
    return count;
}

} // namespace Sandbox
