#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the search box compares against for one phone number. Built once when the row arrives, so
// filtering many rows compares plain strings and never parses a number.
struct NumberSearchKey
{
    // "+442079460123|02079460123": the E.164 digits anchored by '+', then the digits of the
    // national format (which carries the trunk prefix where the country has one).
    QString digits;
    // The display name and the notes, folded (see SearchText::foldText), one per line.
    QString text;
};

namespace SearchText {

// Text as the search compares it: compatibility-decomposed, accents and invisible format
// characters (direction marks, zero-width joiners) removed, case-folded, runs of white space
// collapsed to one space, trimmed.
QString foldText(const QString &text);

// The digits of a number in any script (ASCII, fullwidth, Arabic-Indic, …) as ASCII digits.
QString asciiDigits(const QString &text);

// Orders folded text as people read it: runs of ASCII digits by their value, so "line 2" comes
// before "line 10". Negative, zero or positive, like QString::compare().
int compareNatural(QStringView left, QStringView right);

NumberSearchKey keyFor(const QString &e164, const QString &nationalFormat,
        const QString &displayName, const QString &notes);

} // namespace SearchText

// A search as typed or pasted, prepared once and matched against many keys.
//
// A query that reads as a phone number (digits with spaces, dashes, dots, parentheses, a leading
// '+', "00" or "011") matches numbers containing those digits; with a leading '+' or an
// international prefix the digits must start the E.164 number. Any query also matches display
// names and notes; a query of several words matches when every word does, each against the
// number or the text.
class NumberSearchQuery
{
public:
    NumberSearchQuery() = default;
    explicit NumberSearchQuery(const QString &typed);

    bool isEmpty() const { return m_folded.isEmpty(); }
    bool matches(const NumberSearchKey &key) const;

    // The query as folded for comparison.
    QString folded() const { return m_folded; }

    // True when the query reads as (a part of) a phone number.
    bool isNumberLike() const { return !m_digitPatterns.isEmpty(); }

    // The parts a match is made of, for NumberSearchIndex: the whole query as text and as digit
    // patterns, and the words of a query of several words, each as text and digit patterns.
    struct Term
    {
        QString text;
        QStringList digitPatterns;
    };
    const QStringList &digitPatterns() const { return m_digitPatterns; }
    const QList<Term> &terms() const { return m_terms; }

private:
    static bool matchesTerm(
            const QString &text, const QStringList &digitPatterns, const NumberSearchKey &key);

    QString m_folded;
    QStringList m_digitPatterns;
    QList<Term> m_terms; // only when the query has more than one word
};
