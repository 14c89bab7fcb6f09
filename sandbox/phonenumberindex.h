#pragma once

#include "records.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace Sandbox {

// The phone numbers of the workspaces listed so far, held in memory in sequence order with each
// number's list item already written as JSON, so that a page is a binary search and a copy instead
// of a query and a conversion per column. It is a cache of the database, not a second store: the
// Store writes every change to SQLite first and then here, and drops the index whenever it can no
// longer vouch for it (a rolled-back transaction, a change made by another connection).
class PhoneNumberIndex
{
public:
    // Whether the workspace's numbers are all here; only then may page() answer for it.
    bool covers(const QString &workspaceId) const { return m_workspaces.contains(workspaceId); }
    // Starts covering a workspace with no numbers yet; put() then adds them one by one.
    void cover(const QString &workspaceId);
    void forget(const QString &workspaceId) { m_workspaces.remove(workspaceId); }
    void clear() { m_workspaces.clear(); }

    // Adds the number or replaces the row with its sequence. Ignored for uncovered workspaces.
    void put(const PhoneNumberRecord &number);
    void remove(const QString &workspaceId, qint64 sequence);

    // Keyset paging as the SQL query would do it: the rows after the cursor, in sequence order,
    // with the given status (empty = any).
    Page<QByteArray> page(
            const QString &workspaceId, const QString &status, qint64 after, int limit) const;

private:
    // Rows in sequence order, in two parallel arrays: the binary search for a cursor touches only
    // the sequences. New numbers have the highest sequence yet, so they are appended.
    class Listing
    {
    public:
        void put(qint64 sequence, const QByteArray &json);
        void remove(qint64 sequence);
        qsizetype size() const { return qsizetype(m_sequences.size()); }
        Page<QByteArray> page(qint64 after, int limit) const;

    private:
        std::vector<qint64> m_sequences;
        std::vector<QByteArray> m_items;
    };
    struct Workspace
    {
        Listing all;
        QHash<QString, Listing> byStatus;
    };

    QHash<QString, Workspace> m_workspaces;
};

} // namespace Sandbox
