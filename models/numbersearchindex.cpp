#include "numbersearchindex.h"

#include <algorithm>

static void appendKey(QString *buffer, const QString &key, qint32 *start, qint32 *length)
{
    *start = qint32(buffer->size());
    *length = qint32(key.size());
    buffer->append(key);
    buffer->append(QChar(0));
}

void NumberSearchIndex::append(const NumberSearchKey &key)
{
    Span span;
    appendKey(&m_digits, key.digits, &span.digits, &span.digitsLength);
    appendKey(&m_text, key.text, &span.text, &span.textLength);
    m_spans.append(span);
}

void NumberSearchIndex::replace(qsizetype row, const NumberSearchKey &key)
{
    Span &span = m_spans[row];
    appendKey(&m_digits, key.digits, &span.digits, &span.digitsLength);
    appendKey(&m_text, key.text, &span.text, &span.textLength);
    m_inRowOrder = false;
}

void NumberSearchIndex::remove(qsizetype row)
{
    m_spans.removeAt(row);
}

void NumberSearchIndex::clear()
{
    m_digits.clear();
    m_text.clear();
    m_spans.clear();
    m_inRowOrder = true;
}

void NumberSearchIndex::squeeze()
{
    m_digits.squeeze();
    m_text.squeeze();
    m_spans.squeeze();
}

QStringView NumberSearchIndex::digitsAt(qsizetype row) const
{
    const Span &span = m_spans.at(row);
    return QStringView(m_digits).sliced(span.digits, span.digitsLength);
}

QStringView NumberSearchIndex::textAt(qsizetype row) const
{
    const Span &span = m_spans.at(row);
    return QStringView(m_text).sliced(span.text, span.textLength);
}

bool NumberSearchIndex::termMatches(
        qsizetype row, const QString &text, const QStringList &digitPatterns) const
{
    const QStringView digits = digitsAt(row);
    for (const QString &pattern : digitPatterns) {
        if (digits.contains(pattern))
            return true;
    }
    return textAt(row).contains(text);
}

bool NumberSearchIndex::matches(qsizetype row, const NumberSearchQuery &query) const
{
    if (query.isEmpty())
        return true;
    if (termMatches(row, query.folded(), query.digitPatterns()))
        return true;
    const auto &terms = query.terms();
    if (terms.isEmpty())
        return false;
    return std::all_of(terms.begin(), terms.end(), [&](const NumberSearchQuery::Term &term) {
        return termMatches(row, term.text, term.digitPatterns);
    });
}

void NumberSearchIndex::compact() const
{
    QString digits;
    QString text;
    digits.reserve(m_digits.size());
    text.reserve(m_text.size());
    for (Span &span : m_spans) {
        const QStringView oldDigits = QStringView(m_digits).sliced(span.digits, span.digitsLength);
        const QStringView oldText = QStringView(m_text).sliced(span.text, span.textLength);
        span.digits = qint32(digits.size());
        digits.append(oldDigits);
        digits.append(QChar(0));
        span.text = qint32(text.size());
        text.append(oldText);
        text.append(QChar(0));
    }
    m_digits = std::move(digits);
    m_text = std::move(text);
    m_inRowOrder = true;
}

void NumberSearchIndex::markRowsContaining(
        const QString &buffer, bool inDigits, QStringView needle, QBitArray *rows) const
{
    // Rows' keys are in row order, so a hit's row is found by its offset.
    const auto startOf = [inDigits](const Span &span) -> qsizetype {
        return inDigits ? span.digits : span.text;
    };
    const QStringView haystack(buffer);
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from)) >= 0) {
        const auto next = std::upper_bound(m_spans.cbegin(), m_spans.cend(), from,
                [&startOf](qsizetype offset, const Span &span) { return offset < startOf(span); });
        const qsizetype row = (next - m_spans.cbegin()) - 1;
        if (row < 0)
            break;
        const Span &span = m_spans.at(row);
        const qsizetype end = startOf(span) + (inDigits ? span.digitsLength : span.textLength);
        // A removed row's key is still in the buffer but belongs to no span.
        if (from + needle.size() <= end)
            rows->setBit(row);
        from = std::max(from + 1, end);
    }
}

QBitArray NumberSearchIndex::termMatchesAll(
        const QString &text, const QStringList &digitPatterns) const
{
    QBitArray rows(m_spans.size());
    for (const QString &pattern : digitPatterns)
        markRowsContaining(m_digits, true, pattern, &rows);
    markRowsContaining(m_text, false, text, &rows);
    return rows;
}

QBitArray NumberSearchIndex::matchAll(const NumberSearchQuery &query) const
{
    if (query.isEmpty())
        return QBitArray(m_spans.size(), true);
    if (!m_inRowOrder)
        compact();

    QBitArray rows = termMatchesAll(query.folded(), query.digitPatterns());
    const auto &terms = query.terms();
    if (terms.isEmpty())
        return rows;
    QBitArray everyTerm(m_spans.size(), true);
    for (const NumberSearchQuery::Term &term : terms)
        everyTerm &= termMatchesAll(term.text, term.digitPatterns);
    return rows | everyTerm;
}
