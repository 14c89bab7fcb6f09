#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcNetwork)

namespace NetworkLog {

// Hides all but the first three and last two digits of anything that looks like a phone number
// (a "+" followed by digits, or a bare run of seven or more digits that is not part of an id), so
// log text can be shared without leaking customers' numbers.
QString maskPhoneNumbers(const QString &text);

} // namespace NetworkLog
