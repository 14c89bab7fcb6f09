#pragma once

#include "numbersearch.h"

#include <QBitArray>
#include <QList>
#include <QString>
#include <QStringView>

// The search keys of every loaded row, kept in two contiguous buffers (digits, text) in row
// order. A search over a hundred thousand rows then scans each buffer once per word of the
// query, instead of visiting every row's own strings.
class NumberSearchIndex
{
public:
    qsizetype size() const { return m_spans.size(); }

    void append(const NumberSearchKey &key);
    void replace(qsizetype row, const NumberSearchKey &key);
    void remove(qsizetype row);
    void clear();
    // Gives back the memory that growing the buffers reserved ahead.
    void squeeze();

    QStringView digitsAt(qsizetype row) const;
    QStringView textAt(qsizetype row) const;

    // Whether one row matches; the same answer as NumberSearchQuery::matches() on its key.
    bool matches(qsizetype row, const NumberSearchQuery &query) const;
    // Every row's answer at once, one bit per row.
    QBitArray matchAll(const NumberSearchQuery &query) const;

private:
    // Offsets into the buffers; 32 bits are plenty and halve the index's size per row.
    struct Span
    {
        qint32 digits = 0;
        qint32 digitsLength = 0;
        qint32 text = 0;
        qint32 textLength = 0;
    };

    bool termMatches(qsizetype row, const QString &text, const QStringList &digitPatterns) const;
    QBitArray termMatchesAll(const QString &text, const QStringList &digitPatterns) const;
    void markRowsContaining(
            const QString &buffer, bool inDigits, QStringView needle, QBitArray *rows) const;
    void compact() const;

    // Rows' keys, each followed by a NUL that no (folded) query contains. Replaced keys leave
    // their old text behind until compact() restores row order.
    mutable QString m_digits;
    mutable QString m_text;
    mutable QList<Span> m_spans;
    mutable bool m_inRowOrder = true;
};
