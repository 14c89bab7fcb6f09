#include "phonenumberindex.h"

#include "jsonviews.h"

namespace Sandbox {

namespace {

// Takes up to limit rows from it on; sequenceOf and jsonOf read an iterator's row.
template<typename Iterator, typename SequenceOf, typename JsonOf>
Page<QByteArray> pageFrom(
        Iterator it, Iterator end, int limit, SequenceOf sequenceOf, JsonOf jsonOf)
{
    Page<QByteArray> page;
    page.items.reserve(limit);
    for (; it != end && page.items.size() < limit; ++it) {
        page.items.append(jsonOf(it));
        page.nextCursor = sequenceOf(it);
    }
    page.hasMore = it != end;
    return page;
}

} // namespace

void PhoneNumberIndex::cover(const QString &workspaceId)
{
    m_workspaces.insert(workspaceId, Workspace());
}

void PhoneNumberIndex::put(const PhoneNumberRecord &number)
{
    const auto found = m_workspaces.find(number.workspaceId);
    if (found == m_workspaces.end())
        return;
    Workspace &workspace = found.value();

    Row &row = workspace.rows[number.sequence];
    if (!row.json.isNull() && row.status != number.status) {
        const auto previous = workspace.sequencesByStatus.find(row.status);
        if (previous != workspace.sequencesByStatus.end()) {
            previous->erase(number.sequence);
            if (previous->empty())
                workspace.sequencesByStatus.erase(previous);
        }
    }
    row.status = number.status;
    row.json = phoneNumberListItem(number);
    workspace.sequencesByStatus[number.status].insert(number.sequence);
}

void PhoneNumberIndex::remove(const QString &workspaceId, qint64 sequence)
{
    const auto found = m_workspaces.find(workspaceId);
    if (found == m_workspaces.end())
        return;
    Workspace &workspace = found.value();
    const auto row = workspace.rows.find(sequence);
    if (row == workspace.rows.end())
        return;
    const auto byStatus = workspace.sequencesByStatus.find(row->second.status);
    if (byStatus != workspace.sequencesByStatus.end()) {
        byStatus->erase(sequence);
        if (byStatus->empty())
            workspace.sequencesByStatus.erase(byStatus);
    }
    workspace.rows.erase(row);
}

Page<QByteArray> PhoneNumberIndex::page(
        const QString &workspaceId, const QString &status, qint64 after, int limit) const
{
    const auto found = m_workspaces.constFind(workspaceId);
    if (found == m_workspaces.constEnd())
        return {};
    const Workspace &workspace = found.value();

    if (status.isEmpty()) {
        const auto &rows = workspace.rows;
        auto page = pageFrom(
                rows.upper_bound(after), rows.end(), limit, [](auto it) { return it->first; },
                [](auto it) { return it->second.json; });
        page.total = qint64(rows.size());
        return page;
    }

    const auto sequences = workspace.sequencesByStatus.constFind(status);
    if (sequences == workspace.sequencesByStatus.constEnd())
        return {};
    auto page = pageFrom(
            sequences->upper_bound(after), sequences->end(), limit, [](auto it) { return *it; },
            [&](auto it) { return workspace.rows.at(*it).json; });
    page.total = qint64(sequences->size());
    return page;
}

} // namespace Sandbox
