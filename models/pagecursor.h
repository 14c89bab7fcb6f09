#pragma once

#include <QJsonValue>
#include <QSet>
#include <QString>

// Where the next page of a continuation-token list starts, and whether it is safe to ask for it.
//
// The token is opaque and sent back unchanged. Paging stops, with a reason for people, when the
// server would make a client loop: a token seen before in this listing (repeated or not
// advancing), "has more" with no token or with an empty page, or several pages in a row holding
// only rows that were already loaded.
class PageCursor
{
public:
    // Forgets everything: the next page is the first one.
    void reset();

    const QJsonValue &nextToken() const { return m_next; }
    bool hasMore() const { return m_hasMore; }

    // Why paging stopped early; empty while paging is fine.
    QString stuckReason() const { return m_stuckReason; }
    bool isStuck() const { return !m_stuckReason.isEmpty(); }

    // Records the page that answered nextToken(): its has_more, its continuation token, how many
    // items it held and how many of them were new. Returns false when paging must stop early.
    bool advance(bool hasMore, const QJsonValue &token, qsizetype items, qsizetype newRows);

    // Pages in a row that brought nothing new before paging counts as stuck.
    static constexpr int MaxPagesWithoutNewRows = 3;

private:
    static QString keyOf(const QJsonValue &token);

    QJsonValue m_next;
    bool m_hasMore = true;
    QSet<QString> m_seenTokens;
    int m_pagesWithoutNewRows = 0;
    QString m_stuckReason;
};
