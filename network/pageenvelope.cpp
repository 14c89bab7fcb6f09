#include "pageenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace {

// A cursor over the body's bytes; every step fails (returns false) rather than guess.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }

    bool peekIs(char c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text[m_at] == c;
    }

    // A string, quotes included; *escaped says whether it holds a backslash.
    bool string(QByteArrayView *raw, bool *escaped = nullptr)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != '"')
            return false;
        const qsizetype start = m_at++;
        // Most of a page is string bytes: a quote is looked for with memchr, then it ends the
        // string unless an odd number of backslashes stands right before it.
        const char *const data = m_text.data();
        for (;;) {
            const auto *quote = static_cast<const char *>(
                    std::memchr(data + m_at, '"', size_t(m_text.size() - m_at)));
            if (!quote) {
                m_at = m_text.size();
                return false;
            }
            const qsizetype at = quote - data;
            qsizetype backslashes = 0;
            while (at - backslashes - 1 > start && data[at - backslashes - 1] == '\\')
                ++backslashes;
            m_at = at + 1;
            if (backslashes % 2 == 0)
                break;
        }
        *raw = m_text.sliced(start, m_at - start);
        if (escaped)
            *escaped = raw->contains('\\');
        return true;
    }

    // Any value, returned as its raw text; nested containers are matched bracket for bracket.
    bool value(QByteArrayView *raw)
    {
        skipSpace();
        if (m_at >= m_text.size())
            return false;
        const qsizetype start = m_at;
        const char first = m_text[m_at];
        if (first == '"') {
            return string(raw);
        } else if (first == '{' || first == '[') {
            if (!container())
                return false;
        } else {
            while (m_at < m_text.size() && !isDelimiter(m_text[m_at]))
                ++m_at;
            if (m_at == start)
                return false;
        }
        *raw = m_text.sliced(start, m_at - start);
        return true;
    }

    // The number of elements of the array that starts here.
    bool arrayLength(qsizetype *length)
    {
        if (!take('['))
            return false;
        *length = 0;
        if (take(']'))
            return true;
        QByteArrayView element;
        do {
            if (!value(&element))
                return false;
            ++*length;
        } while (take(','));
        return take(']');
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    void skipSpace()
    {
        while (m_at < m_text.size()
                && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r'
                        || m_text[m_at] == '\t'))
            ++m_at;
    }

    bool container()
    {
        int depth = 0;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '"') {
                QByteArrayView skipped;
                if (!string(&skipped))
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
        return false;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// One scalar through Qt's own parser, so that it reads exactly as the full decode will read it.
std::optional<QJsonValue> scalar(QByteArrayView raw)
{
    const QByteArray wrapped = '[' + raw.toByteArray() + ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
            || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

} // namespace

std::optional<PageEnvelope> PageEnvelope::peek(QByteArrayView body)
{
    Scanner scanner(body);
    if (!scanner.take('{'))
        return std::nullopt;

    PageEnvelope envelope;
    bool sawHasMore = false;
    bool sawToken = false;
    bool sawTotal = false;
    bool sawItems = false;
    const auto once = [](bool *seen) {
        const bool first = !*seen;
        *seen = true;
        return first;
    };
    if (!scanner.peekIs('}')) {
        do {
            QByteArrayView key;
            bool escaped = false;
            if (!scanner.string(&key, &escaped) || escaped || !scanner.take(':'))
                return std::nullopt;
            if (key == "\"items\"") {
                if (!once(&sawItems) || !scanner.arrayLength(&envelope.items))
                    return std::nullopt;
                continue;
            }
            QByteArrayView raw;
            if (!scanner.value(&raw))
                return std::nullopt;
            if (key == "\"has_more\"") {
                if (!once(&sawHasMore) || (raw != "true" && raw != "false"))
                    return std::nullopt;
                envelope.hasMore = raw == "true";
            } else if (key == "\"continuation_token\"") {
                const std::optional<QJsonValue> token = scalar(raw);
                if (!once(&sawToken) || !token)
                    return std::nullopt;
                envelope.continuationToken = *token;
            } else if (key == "\"total\"") {
                const std::optional<QJsonValue> total = scalar(raw);
                if (!once(&sawTotal) || !total || !(total->isNull() || total->isDouble()))
                    return std::nullopt;
                if (total->isDouble())
                    envelope.total = total->toInteger();
            }
        } while (scanner.take(','));
    }
    if (!scanner.take('}') || !scanner.atEnd() || !sawHasMore || !sawItems)
        return std::nullopt;
    return envelope;
}

bool PageEnvelope::sameAs(bool otherHasMore, const QJsonValue &otherToken,
        const std::optional<qint64> &otherTotal, qsizetype otherItems) const
{
    return hasMore == otherHasMore && continuationToken == otherToken && total == otherTotal
            && items == otherItems;
}
