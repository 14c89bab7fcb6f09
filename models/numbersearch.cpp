#include "numbersearch.h"

#include "phonenumberinput.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SearchText {

// Characters a person or a web page puts between the digits of a number.
static bool isNumberPunctuation(QChar c)
{
    switch (c.unicode()) {
    case u'+':
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'/':
    case u'[':
    case u']':
        return true;
    default:
        return c.category() == QChar::Punctuation_Dash || c == QChar(0x2212); // minus sign
    }
}

// What foldText() makes of text that is all ASCII, without Unicode's tables: decomposition leaves
// it as it is, the only controls are C0 and DEL, and folding the case lowers A to Z.
static QString foldAscii(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code == u' ' || (code >= u'\t' && code <= u'\r')) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (code < 0x20 || code == 0x7f)
            continue;
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        folded.append(code >= u'A' && code <= u'Z' ? QChar(code + (u'a' - u'A')) : c);
    }
    return folded;
}

static bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QString foldText(const QString &text)
{
    // Most names and notes: a hundred thousand rows arriving are folded twice each.
    if (isAscii(text))
        return foldAscii(text);

    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        // Accents after decomposition, invisible controls such as U+200E or U+2066, and control
        // characters (the search index separates rows with NUL).
        if (category == QChar::Mark_NonSpacing || category == QChar::Other_Format
                || category == QChar::Other_Control)
            continue;
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        folded.append(c);
    }
    return folded.toCaseFolded();
}

QString asciiDigits(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        const int value = c.digitValue();
        if (value >= 0 && value <= 9)
            digits.append(QChar(u'0' + value));
    }
    return digits;
}

NumberSearchKey keyFor(const QString &e164, const QString &nationalFormat,
        const QString &displayName, const QString &notes)
{
    NumberSearchKey key;
    const QString international = asciiDigits(e164);
    const QString national = asciiDigits(nationalFormat);
    key.digits = u'+' + international;
    // Where the national digits are already a part of the E.164 ones there is nothing to add.
    if (!national.isEmpty() && !international.contains(national))
        key.digits += u'|' + national;

    if (notes.isEmpty())
        key.text = foldText(displayName);
    else
        key.text = foldText(displayName) + u'\n' + foldText(notes);
    return key;
}

// The digit strings a number-like query stands for, or none when the text is not number-like.
static QStringList digitPatterns(const QString &folded)
{
    QString text = folded;
    // A number pasted with its label, "tel:+44…" or "Phone: 020…" from a signature: a short
    // word and a colon before it.
    text.remove(0, PhoneNumberInput::pastedLabelLength(text));
    // "+44 (0)20 7946 0123": the bracketed trunk prefix is not dialled after the country code.
    text.replace(u"(0)"_s, QString());

    bool hasDigit = false;
    for (const QChar c : std::as_const(text)) {
        if (c.isDigit())
            hasDigit = true;
        else if (!c.isSpace() && !isNumberPunctuation(c))
            return {};
    }
    if (!hasDigit)
        return {};

    const QString digits = asciiDigits(text);
    if (text.trimmed().startsWith(u'+'))
        return {u'+' + digits};
    QStringList patterns{digits};
    // An international call prefix stands for '+': 00 in most of the world, 011 in North America.
    if (digits.size() > 2 && digits.startsWith(u"00"_s))
        patterns.append(u'+' + digits.mid(2));
    if (digits.size() > 3 && digits.startsWith(u"011"_s))
        patterns.append(u'+' + digits.mid(3));
    return patterns;
}

int compareNatural(QStringView left, QStringView right)
{
    const auto isDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        if (isDigit(left.at(i)) && isDigit(right.at(j))) {
            // Leading zeros aside, the longer run is the larger number; equal lengths compare
            // digit by digit.
            qsizetype leftEnd = i;
            qsizetype rightEnd = j;
            while (leftEnd < left.size() && isDigit(left.at(leftEnd)))
                ++leftEnd;
            while (rightEnd < right.size() && isDigit(right.at(rightEnd)))
                ++rightEnd;
            qsizetype leftStart = i;
            qsizetype rightStart = j;
            while (leftStart + 1 < leftEnd && left.at(leftStart) == u'0')
                ++leftStart;
            while (rightStart + 1 < rightEnd && right.at(rightStart) == u'0')
                ++rightStart;
            const qsizetype leftDigits = leftEnd - leftStart;
            const qsizetype rightDigits = rightEnd - rightStart;
            if (leftDigits != rightDigits)
                return leftDigits < rightDigits ? -1 : 1;
            if (const int result = left.sliced(leftStart, leftDigits)
                                           .compare(right.sliced(rightStart, rightDigits)))
                return result;
            i = leftEnd;
            j = rightEnd;
            continue;
        }
        if (left.at(i) != right.at(j))
            return left.at(i) < right.at(j) ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < left.size())
        return 1;
    if (j < right.size())
        return -1;
    // Equal as numbers ("007" and "7"): fall back to the plain text, for a stable order.
    return left.compare(right);
}

} // namespace SearchText

NumberSearchQuery::NumberSearchQuery(const QString &typed)
    : m_folded(SearchText::foldText(typed))
{
    if (m_folded.isEmpty())
        return;
    m_digitPatterns = SearchText::digitPatterns(m_folded);
    // A number typed with spaces is one number, not several words to find anywhere in the row.
    if (!m_digitPatterns.isEmpty())
        return;

    const QStringList words = m_folded.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return;
    for (const QString &word : words)
        m_terms.append({word, SearchText::digitPatterns(word)});
}

bool NumberSearchQuery::matchesTerm(
        const QString &text, const QStringList &digitPatterns, const NumberSearchKey &key)
{
    for (const QString &pattern : digitPatterns) {
        if (key.digits.contains(pattern))
            return true;
    }
    return key.text.contains(text);
}

bool NumberSearchQuery::matches(const NumberSearchKey &key) const
{
    if (m_folded.isEmpty())
        return true;
    if (matchesTerm(m_folded, m_digitPatterns, key))
        return true;
    if (m_terms.isEmpty())
        return false;
    for (const Term &term : m_terms) {
        if (!matchesTerm(term.text, term.digitPatterns, key))
            return false;
    }
    return true;
}
