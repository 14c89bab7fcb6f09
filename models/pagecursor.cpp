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

bool PageCursor::advance(bool hasMore, const QJsonValue &token, qsizetype items, qsizetype newRows)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("PageCursor", text);
    };
    m_seenTokens.insert(keyOf(m_next));
    m_pagesWithoutNewRows = newRows > 0 ? 0 : m_pagesWithoutNewRows + 1;

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
    else if (m_pagesWithoutNewRows >= MaxPagesWithoutNewRows)
        m_stuckReason = tr("the server keeps sending numbers that are already loaded");

    m_hasMore = m_stuckReason.isEmpty();
    if (m_hasMore)
        m_next = token;
    return m_hasMore;
}
