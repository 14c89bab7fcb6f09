// The Store's phone numbers: SQLite is the store of record, and every write that reaches it also
// reaches the in-memory index the list is served from.

#include "store.h"

#include "sandboxlogging.h"
#include "sqlvalues.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const auto phoneColumns = u"seq, id, workspace_id, phone_number, display_name, provider, "
                          "capabilities, status, inbound_service_id, provider_phone_sid, notes, "
                          "forward_enabled, forward_to, forward_should_disconnect, created_at, "
                          "updated_at"_s;

PhoneNumberRecord phoneNumberFrom(const QSqlQuery &query)
{
    PhoneNumberRecord number;
    number.sequence = query.value(0).toLongLong();
    number.id = query.value(1).toString();
    number.workspaceId = query.value(2).toString();
    number.phoneNumber = query.value(3).toString();
    number.displayName = query.value(4).toString();
    number.provider = query.value(5).toString();
    const auto capabilities = query.value(6).toString();
    number.capabilities = capabilities.isEmpty() ? QStringList() : capabilities.split(u',');
    number.status = query.value(7).toString();
    number.inboundServiceId = optionalString(query.value(8));
    number.providerPhoneSid = optionalString(query.value(9));
    number.notes = query.value(10).toString();
    if (!query.value(12).isNull()) {
        number.forwarding = ForwardingRecord{
                query.value(11).toBool(), query.value(12).toString(), query.value(13).toBool()};
    }
    number.createdAt = query.value(14).toString();
    number.updatedAt = query.value(15).toString();
    return number;
}

void bindForwarding(QSqlQuery *query, const std::optional<ForwardingRecord> &forwarding)
{
    query->addBindValue(forwarding ? QVariant(forwarding->enabled) : QVariant());
    query->addBindValue(forwarding ? QVariant(forwarding->forwardTo) : QVariant());
    query->addBindValue(forwarding ? QVariant(forwarding->shouldDisconnect) : QVariant());
}

} // namespace

bool Store::insertPhoneNumber(PhoneNumberRecord *number)
{
    auto *query = prepared(u"INSERT INTO phone_numbers (id, workspace_id, phone_number, "
                           "display_name, provider, capabilities, status, inbound_service_id, "
                           "provider_phone_sid, notes, forward_enabled, forward_to, "
                           "forward_should_disconnect, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query->addBindValue(number->id);
    query->addBindValue(number->workspaceId);
    query->addBindValue(sqlText(number->phoneNumber));
    query->addBindValue(sqlText(number->displayName));
    query->addBindValue(sqlText(number->provider));
    query->addBindValue(sqlText(number->capabilities.join(u',')));
    query->addBindValue(sqlText(number->status));
    query->addBindValue(sqlNullable(number->inboundServiceId));
    query->addBindValue(sqlNullable(number->providerPhoneSid));
    query->addBindValue(sqlText(number->notes));
    bindForwarding(query, number->forwarding);
    query->addBindValue(number->createdAt);
    query->addBindValue(number->updatedAt);
    if (!exec(query))
        return false;
    number->sequence = query->lastInsertId().toLongLong();
    m_phoneNumberIndex.put(*number);
    return true;
}

bool Store::updatePhoneNumber(const PhoneNumberRecord &number)
{
    auto *query = prepared(u"UPDATE phone_numbers SET display_name = ?, provider = ?, "
                           "capabilities = ?, status = ?, inbound_service_id = ?, "
                           "provider_phone_sid = ?, notes = ?, forward_enabled = ?, "
                           "forward_to = ?, forward_should_disconnect = ?, updated_at = ? "
                           "WHERE workspace_id = ? AND id = ?"_s);
    query->addBindValue(sqlText(number.displayName));
    query->addBindValue(sqlText(number.provider));
    query->addBindValue(sqlText(number.capabilities.join(u',')));
    query->addBindValue(sqlText(number.status));
    query->addBindValue(sqlNullable(number.inboundServiceId));
    query->addBindValue(sqlNullable(number.providerPhoneSid));
    query->addBindValue(sqlText(number.notes));
    bindForwarding(query, number.forwarding);
    query->addBindValue(number.updatedAt);
    query->addBindValue(number.workspaceId);
    query->addBindValue(number.id);
    if (!exec(query) || query->numRowsAffected() != 1)
        return false;

    // The index takes the row as stored, not as given: the UPDATE leaves some fields alone.
    if (m_phoneNumberIndex.covers(number.workspaceId)) {
        const auto stored = phoneNumber(number.workspaceId, number.id);
        if (stored)
            m_phoneNumberIndex.put(*stored);
        else
            m_phoneNumberIndex.forget(number.workspaceId);
    }
    return true;
}

bool Store::deletePhoneNumber(const QString &workspaceId, const QString &id)
{
    auto *find = prepared(u"SELECT seq FROM phone_numbers WHERE workspace_id = ? AND id = ?"_s);
    find->addBindValue(workspaceId);
    find->addBindValue(id);
    if (!exec(find) || !find->next())
        return false;
    const qint64 sequence = find->value(0).toLongLong();
    find->finish();

    auto *query = prepared(u"DELETE FROM phone_numbers WHERE seq = ?"_s);
    query->addBindValue(sequence);
    if (!exec(query) || query->numRowsAffected() != 1)
        return false;
    m_phoneNumberIndex.remove(workspaceId, sequence);
    return true;
}

std::optional<PhoneNumberRecord> Store::phoneNumber(const QString &workspaceId, const QString &id)
{
    auto *query = prepared(u"SELECT "_s + phoneColumns
            + u" FROM phone_numbers WHERE workspace_id = ? AND id = ?"_s);
    query->addBindValue(workspaceId);
    query->addBindValue(id);
    if (!exec(query) || !query->next())
        return std::nullopt;
    auto record = phoneNumberFrom(*query);
    query->finish();
    return record;
}

bool Store::isRegistered(const QString &e164)
{
    auto *query = prepared(u"SELECT 1 FROM phone_numbers WHERE phone_number = ?"_s);
    query->addBindValue(e164);
    const bool found = exec(query) && query->next();
    query->finish();
    return found;
}

std::optional<Page<QByteArrayView>> Store::phoneNumberPage(
        const QString &workspaceId, const QString &status, qint64 after, int limit)
{
    if (changedElsewhere())
        m_phoneNumberIndex.clear();
    if (!m_phoneNumberIndex.covers(workspaceId) && !indexPhoneNumbers(workspaceId))
        return std::nullopt;
    return m_phoneNumberIndex.page(workspaceId, status, after, limit);
}

bool Store::indexPhoneNumbers(const QString &workspaceId)
{
    auto *query = prepared(u"SELECT "_s + phoneColumns
            + u" FROM phone_numbers WHERE workspace_id = ? ORDER BY seq"_s);
    query->addBindValue(workspaceId);
    if (!exec(query))
        return false;
    m_phoneNumberIndex.cover(workspaceId);
    while (query->next())
        m_phoneNumberIndex.put(phoneNumberFrom(*query));
    query->finish();
    return true;
}

bool Store::changedElsewhere()
{
    // SQLite counts the commits of other connections (another process on the same file) in
    // data_version; this connection's own commits leave it alone. An in-memory database has no
    // other connections.
    if (m_inMemory)
        return false;
    auto *query = prepared(u"PRAGMA data_version"_s);
    if (!exec(query) || !query->next())
        return true;
    const qint64 version = query->value(0).toLongLong();
    query->finish();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace Sandbox
