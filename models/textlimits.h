#pragma once

#include <QString>
#include <QStringView>

// Text lengths as the server counts them: in Unicode code points (Python's len()), not in UTF-16
// units. A character outside the Basic Multilingual Plane is one code point but two QChars.
namespace TextLimits {

constexpr qsizetype DisplayNameMax = 256;
constexpr qsizetype NotesMax = 2000;

qsizetype codePointCount(QStringView text);

// How much of a limit a text uses.
struct Usage
{
    qsizetype used = 0;
    qsizetype limit = 0;

    bool fits() const { return used <= limit; }
    qsizetype remaining() const { return limit - used; }
    qsizetype over() const { return used > limit ? used - limit : 0; }
};

Usage usage(QStringView text, qsizetype limit);

// The longest start of `text` with at most `maxCodePoints` code points that ends between two
// user-perceived characters: never inside a surrogate pair, never between a letter and its
// combining marks, never inside an emoji sequence.
QString truncated(const QString &text, qsizetype maxCodePoints);

} // namespace TextLimits
