#include "pagecursor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

void PageCursor::reset()
{
    *this = PageCursor();
}

QString PageCursor::keyOf(const QJsonValue &token)
{
    // Typed keys: the integer 20 and the string "20" are different tokens. No token asks for the
    // first page, as the API's default token 0 does.
    switch (token.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"n:0"_s;
    case QJsonValue::Double:
        return u"n:"_s + QString::number(token.toDouble(), 'g', 17);
    case QJsonValue::String:
        return u"s:"_s + token.toString();
    default:
        return u"j:"_s
                + QString::fromUtf8(
                        QJsonDocument(QJsonObject{{u"t"_s, token}}).toJson(QJsonDocument::Compact));
    }
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("PageCursor", text);
}

bool PageCursor::advance(bool hasMore, const QJsonValue &token, qsizetype items)
{
    const QString key = keyOf(m_next);
    if (!m_seenTokens.contains(key)) {
        m_seenTokens.insert(key);
        m_tokenOrder.append(key);
    }

    if (!hasMore) {
        m_hasMore = false;
        m_next = token;
        return true;
    }

    if (token.isNull() || token.isUndefined())
        m_stuckReason = tr("the server said there is more but sent no continuation token");
    else if (items == 0)
        m_stuckReason = tr("the server sent an empty page but said there is more");
    else if (m_seenTokens.contains(keyOf(token)))
        m_stuckReason = tr("the server sent a continuation token it had sent before");

    m_hasMore = m_stuckReason.isEmpty();
    if (m_hasMore)
        m_next = token;
    return m_hasMore;
}

bool PageCursor::noteNewRows(qsizetype newRows, bool pageHadMore)
{
    m_pagesWithoutNewRows = newRows > 0 ? 0 : m_pagesWithoutNewRows + 1;
    if (!pageHadMore || !m_hasMore || m_pagesWithoutNewRows < MaxPagesWithoutNewRows)
        return m_stuckReason.isEmpty();
    m_stuckReason = tr("the server keeps sending numbers that are already loaded");
    m_hasMore = false;
    return false;
}

bool PageCursor::advance(bool hasMore, const QJsonValue &token, qsizetype items, qsizetype newRows)
{
    if (!advance(hasMore, token, items))
        return false;
    return noteNewRows(newRows, hasMore);
}

PageCursor::Mark PageCursor::mark() const
{
    return {m_next, m_hasMore, m_tokenOrder.size()};
}

void PageCursor::rewind(const Mark &mark)
{
    while (m_tokenOrder.size() > mark.tokensSeen)
        m_seenTokens.remove(m_tokenOrder.takeLast());
    m_next = mark.next;
    m_hasMore = mark.hasMore;
    m_stuckReason.clear();
}
