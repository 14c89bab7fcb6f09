#pragma once

#include "phonenumberindex.h"
#include "records.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Sandbox {

// The sandbox's SQLite storage. One instance owns one connection and must be used from the thread
// that opened it. Lists are keyset-paged on each table's monotonically increasing sequence, so a
// page costs the same wherever it lies and rows created or deleted between pages neither shift
// nor repeat the others. Phone numbers, the list clients page through most, are listed from an
// in-memory index that every write goes through after SQLite.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(const QString &path, QString *errorMessage);
    QString lastError() const { return m_lastError; }

    bool beginTransaction();
    bool commit();
    void rollback();

    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

    bool insertWorkspace(WorkspaceRecord *workspace);
    std::optional<WorkspaceRecord> workspace(const QString &id);
    Page<WorkspaceRecord> workspaces(const QStringList &ids, qint64 after, int limit);

    bool insertService(ServiceRecord *service);
    std::optional<ServiceRecord> service(const QString &workspaceId, const QString &id);
    // search matches name or description, case-insensitively; isActive filters when set.
    Page<ServiceRecord> services(const QString &workspaceId, const QString &search,
            std::optional<bool> isActive, qint64 after, int limit);

    bool insertPhoneNumber(PhoneNumberRecord *number);
    bool updatePhoneNumber(const PhoneNumberRecord &number);
    bool deletePhoneNumber(const QString &workspaceId, const QString &id);
    std::optional<PhoneNumberRecord> phoneNumber(const QString &workspaceId, const QString &id);
    // Whether any workspace has registered this E.164 number.
    bool isRegistered(const QString &e164);
    // A page of list items (JSON) with the given status (empty = any), valid until the next write;
    // nothing on a storage error.
    std::optional<Page<QByteArrayView>> phoneNumberPage(
            const QString &workspaceId, const QString &status, qint64 after, int limit);

    std::optional<SubAccountRecord> subAccount(const QString &workspaceId);
    bool insertSubAccount(const SubAccountRecord &account);

    // Numbers once bought from the carrier are never offered again, even after a release.
    bool markPurchased(const QString &e164);
    bool wasPurchased(const QString &e164);

private:
    bool createSchema();
    QSqlQuery *prepared(const QString &sql);
    bool exec(QSqlQuery *query);
    qint64 cachedCount(
            const QString &cacheKey, const QString &sql, const QList<QVariant> &bindings);
    void invalidateCounts() { m_countCache.clear(); }
    bool indexPhoneNumbers(const QString &workspaceId);
    // Whether another connection has committed to the database since the last call.
    bool changedElsewhere();

    QString m_connectionName;
    QSqlDatabase m_database;
    QHash<QString, QSqlQuery *> m_statements;
    QHash<QString, qint64> m_countCache;
    QString m_lastError;
    bool m_inMemory = true;
    qint64 m_dataVersion = 0;
    PhoneNumberIndex m_phoneNumberIndex;
};

} // namespace Sandbox
