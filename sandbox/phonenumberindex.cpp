#include "phonenumberindex.h"

#include "jsonviews.h"

#include <algorithm>

namespace Sandbox {

namespace {

// Where sequence is, or would be inserted, in an ascending array.
qsizetype positionOf(const std::vector<qint64> &sequences, qint64 sequence)
{
    return std::lower_bound(sequences.begin(), sequences.end(), sequence) - sequences.begin();
}

bool contains(const std::vector<qint64> &sequences, qsizetype position, qint64 sequence)
{
    return position < qsizetype(sequences.size()) && sequences[position] == sequence;
}

void insertSorted(std::vector<qint64> *sequences, qint64 sequence)
{
    if (sequences->empty() || sequences->back() < sequence) {
        sequences->push_back(sequence);
        return;
    }
    const qsizetype position = positionOf(*sequences, sequence);
    if (!contains(*sequences, position, sequence))
        sequences->insert(sequences->begin() + position, sequence);
}

void removeSorted(std::vector<qint64> *sequences, qint64 sequence)
{
    const qsizetype position = positionOf(*sequences, sequence);
    if (contains(*sequences, position, sequence))
        sequences->erase(sequences->begin() + position);
}

// Up to limit sequences after the cursor; rowOf gives the JSON of a sequence at a position.
template<typename RowOf>
Page<QByteArrayView> pageOf(
        const std::vector<qint64> &sequences, qint64 after, int limit, RowOf rowOf)
{
    const qsizetype count = qsizetype(sequences.size());
    const qsizetype first
            = std::upper_bound(sequences.begin(), sequences.end(), after) - sequences.begin();
    const qsizetype end = std::min<qsizetype>(first + qMax(limit, 0), count);

    Page<QByteArrayView> page;
    page.items.reserve(end - first);
    for (qsizetype i = first; i < end; ++i)
        page.items.append(rowOf(i));
    page.hasMore = end < count;
    if (end > first)
        page.nextCursor = sequences[end - 1];
    page.total = count;
    return page;
}

} // namespace

QByteArrayView PhoneNumberIndex::Workspace::row(qsizetype index) const
{
    const Span &span = spans[index];
    return QByteArrayView(json.constData() + span.offset, span.length);
}

void PhoneNumberIndex::Workspace::appendRow(qsizetype index, const QByteArray &rowJson)
{
    spans[index] = Span{json.size(), rowJson.size()};
    json.append(rowJson);
}

void PhoneNumberIndex::Workspace::compactIfStale()
{
    constexpr qsizetype smallBuffer = qsizetype(64) * 1024;
    if (json.size() < smallBuffer || staleBytes * 2 < json.size())
        return;
    QByteArray compacted;
    compacted.reserve(json.size() - staleBytes);
    for (auto &span : spans) {
        const qsizetype offset = compacted.size();
        compacted.append(json.constData() + span.offset, span.length);
        span.offset = offset;
    }
    json = std::move(compacted);
    staleBytes = 0;
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
    const qint64 sequence = number.sequence;
    const QByteArray rowJson = phoneNumberListItem(number);

    // New numbers come last: the database never reuses a sequence.
    auto &sequences = workspace.sequences;
    if (sequences.empty() || sequences.back() < sequence) {
        sequences.push_back(sequence);
        workspace.spans.emplace_back();
        workspace.appendRow(qsizetype(sequences.size()) - 1, rowJson);
    } else {
        const qsizetype position = positionOf(sequences, sequence);
        if (contains(sequences, position, sequence)) {
            workspace.staleBytes += workspace.spans[position].length;
        } else {
            sequences.insert(sequences.begin() + position, sequence);
            workspace.spans.insert(workspace.spans.begin() + position, Span());
        }
        workspace.appendRow(position, rowJson);
        workspace.compactIfStale();
    }

    // A number whose status changed leaves its old status's listing.
    for (auto it = workspace.sequencesByStatus.begin(); it != workspace.sequencesByStatus.end();
            ++it) {
        if (it.key() != number.status)
            removeSorted(&it.value(), sequence);
    }
    insertSorted(&workspace.sequencesByStatus[number.status], sequence);
}

void PhoneNumberIndex::remove(const QString &workspaceId, qint64 sequence)
{
    const auto found = m_workspaces.find(workspaceId);
    if (found == m_workspaces.end())
        return;
    Workspace &workspace = found.value();
    const qsizetype position = positionOf(workspace.sequences, sequence);
    if (!contains(workspace.sequences, position, sequence))
        return;
    workspace.staleBytes += workspace.spans[position].length;
    workspace.sequences.erase(workspace.sequences.begin() + position);
    workspace.spans.erase(workspace.spans.begin() + position);
    for (auto &sequences : workspace.sequencesByStatus)
        removeSorted(&sequences, sequence);
    workspace.compactIfStale();
}

Page<QByteArrayView> PhoneNumberIndex::page(
        const QString &workspaceId, const QString &status, qint64 after, int limit) const
{
    const auto found = m_workspaces.constFind(workspaceId);
    if (found == m_workspaces.constEnd())
        return {};
    const Workspace &workspace = found.value();
    if (status.isEmpty()) {
        return pageOf(
                workspace.sequences, after, limit, [&](qsizetype i) { return workspace.row(i); });
    }

    const auto sequences = workspace.sequencesByStatus.constFind(status);
    if (sequences == workspace.sequencesByStatus.constEnd())
        return {};
    return pageOf(*sequences, after, limit, [&](qsizetype i) {
        return workspace.row(positionOf(workspace.sequences, (*sequences)[i]));
    });
}

} // namespace Sandbox
