#pragma once

#include "records.h"

#include <QByteArray>
#include <QByteArrayView>
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
    // with the given status (empty = any). The items point into the index: they are valid until
    // its next change.
    Page<QByteArrayView> page(
            const QString &workspaceId, const QString &status, qint64 after, int limit) const;

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    // The JSON of all rows lies in one buffer, in sequence order as long as rows are only added,
    // so that a page is read from one stretch of memory. A changed row is written anew at the end
    // and the buffer is compacted, in sequence order again, once it is half stale.
    struct Workspace
    {
        QByteArray json;
        qsizetype staleBytes = 0;
        std::vector<qint64> sequences; // ascending; spans[i] is the row of sequences[i]
        std::vector<Span> spans;
        QHash<QString, std::vector<qint64>> sequencesByStatus; // ascending

        QByteArrayView row(qsizetype index) const;
        void appendRow(qsizetype index, const QByteArray &rowJson);
        void compactIfStale();
    };

    QHash<QString, Workspace> m_workspaces;
};

} // namespace Sandbox
