#include "textlimits.h"

#include <QTextBoundaryFinder>

namespace TextLimits {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A high surrogate followed by a low one is a single code point; a lone surrogate
        // counts as one, as it would on the server.
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

Usage usage(QStringView text, qsizetype limit)
{
    return Usage{codePointCount(text), limit};
}

QString truncated(const QString &text, qsizetype maxCodePoints)
{
    if (codePointCount(text) <= maxCodePoints)
        return text;

    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype lastFitting = 0;
    qsizetype previous = 0;
    qsizetype counted = 0;
    for (qsizetype boundary = graphemes.toNextBoundary(); boundary != -1;
            boundary = graphemes.toNextBoundary()) {
        counted += codePointCount(QStringView(text).sliced(previous, boundary - previous));
        if (counted > maxCodePoints)
            break;
        lastFitting = boundary;
        previous = boundary;
    }
    return text.left(lastFitting);
}

} // namespace TextLimits
