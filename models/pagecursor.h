#pragma once

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

// Where the next page of a continuation-token list starts, and whether it is safe to ask for it.
// The token is read before a page's items are decoded, so the next page can be asked for while
// they are; whether the items were new is noted afterwards.
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

    // Records the page that answered nextToken(): its has_more, its continuation token and how
    // many items it held. Returns false when paging must stop early.
    bool advance(bool hasMore, const QJsonValue &token, qsizetype items);
    // Records how many of a page's items were new, once they are known (pages in the order they
    // were advanced over; the page's own has_more). Returns false when paging must stop early.
    bool noteNewRows(qsizetype newRows, bool pageHadMore);

    // Both at once, for a page whose items are known when it arrives.
    bool advance(bool hasMore, const QJsonValue &token, qsizetype items, qsizetype newRows);

    // Where paging stands, to go back to when a page advanced over turns out to be unreadable.
    struct Mark
    {
        QJsonValue next;
        bool hasMore = true;
        qsizetype tokensSeen = 0;
    };
    Mark mark() const;
    // Forgets the pages advanced over since `mark`: the next page is the one asked for then.
    void rewind(const Mark &mark);

    // Pages in a row that brought nothing new before paging counts as stuck.
    static constexpr int MaxPagesWithoutNewRows = 3;

private:
    static QString keyOf(const QJsonValue &token);

    QJsonValue m_next;
    bool m_hasMore = true;
    QSet<QString> m_seenTokens;
    QList<QString> m_tokenOrder; // m_seenTokens in the order they were seen, for rewind()
    int m_pagesWithoutNewRows = 0;
    QString m_stuckReason;
};
