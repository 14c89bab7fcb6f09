#include "phonenumberindex.h"

#include "jsonviews.h"

#include <algorithm>

namespace Sandbox {

void PhoneNumberIndex::Listing::put(qint64 sequence, const QByteArray &json)
{
    if (m_sequences.empty() || m_sequences.back() < sequence) {
        m_sequences.push_back(sequence);
        m_items.push_back(json);
        return;
    }
    const auto at = std::lower_bound(m_sequences.begin(), m_sequences.end(), sequence);
    const auto index = at - m_sequences.begin();
    if (*at == sequence) {
        m_items[index] = json;
        return;
    }
    m_sequences.insert(at, sequence);
    m_items.insert(m_items.begin() + index, json);
}

void PhoneNumberIndex::Listing::remove(qint64 sequence)
{
    const auto at = std::lower_bound(m_sequences.begin(), m_sequences.end(), sequence);
    if (at == m_sequences.end() || *at != sequence)
        return;
    m_items.erase(m_items.begin() + (at - m_sequences.begin()));
    m_sequences.erase(at);
}

Page<QByteArray> PhoneNumberIndex::Listing::page(qint64 after, int limit) const
{
    const auto first
            = std::upper_bound(m_sequences.begin(), m_sequences.end(), after) - m_sequences.begin();
    const auto end = std::min<qsizetype>(first + qMax(limit, 0), size());

    Page<QByteArray> page;
    page.items.reserve(end - first);
    for (auto i = first; i < end; ++i)
        page.items.append(m_items[i]);
    page.hasMore = end < size();
    if (end > first)
        page.nextCursor = m_sequences[end - 1];
    page.total = size();
    return page;
}

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

    const QByteArray json = phoneNumberListItem(number);
    workspace.all.put(number.sequence, json);
    // A number whose status changed leaves its old status's listing.
    for (auto it = workspace.byStatus.begin(); it != workspace.byStatus.end(); ++it) {
        if (it.key() != number.status)
            it->remove(number.sequence);
    }
    workspace.byStatus[number.status].put(number.sequence, json);
}

void PhoneNumberIndex::remove(const QString &workspaceId, qint64 sequence)
{
    const auto found = m_workspaces.find(workspaceId);
    if (found == m_workspaces.end())
        return;
    found->all.remove(sequence);
    for (auto &listing : found->byStatus)
        listing.remove(sequence);
}

Page<QByteArray> PhoneNumberIndex::page(
        const QString &workspaceId, const QString &status, qint64 after, int limit) const
{
    const auto found = m_workspaces.constFind(workspaceId);
    if (found == m_workspaces.constEnd())
        return {};
    if (status.isEmpty())
        return found->all.page(after, limit);
    const auto listing = found->byStatus.constFind(status);
    if (listing == found->byStatus.constEnd())
        return {};
    return listing->page(after, limit);
}

} // namespace Sandbox
