#include "networklog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNetwork, "amigo.network", QtInfoMsg)

namespace NetworkLog {

QString maskPhoneNumbers(const QString &text)
{
    // Separators people type inside numbers are allowed between digits; UUIDs and other ids are
    // left alone because a letter or a hyphenated hex group sits right next to their digits.
    static const QRegularExpression number(
            uR"((?<![\w-])(\+|%2B)?\d(?:[ .()\-]{0,2}\d){6,}(?![\w-]))"_s);
    QString masked;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = number.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        masked += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString found = match.captured();
        QString digits;
        for (const QChar c : found) {
            if (c.isDigit())
                digits += c;
        }
        const QString prefix = found.startsWith(u'+') ? u"+"_s
                : found.startsWith(u"%2B"_s)          ? u"%2B"_s
                                                      : QString();
        // "%2B" starts with the digit 2 that is not part of the number.
        if (prefix == u"%2B")
            digits.remove(0, 1);
        masked += prefix + digits.left(3) + QString(digits.size() - 5, u'*') + digits.right(2);
        last = match.capturedEnd();
    }
    masked += QStringView(text).sliced(last);
    return masked;
}

} // namespace NetworkLog
