#pragma once

#include "phonenumber.h"

#include <QString>

// How the fields of a phone number read for people, shared by the table and the details panel.
class QLocale;

namespace PhoneNumberText {

// Wraps text in a left-to-right isolate (LRI … PDI): a number reads left to right even in a
// right-to-left interface.
QString leftToRight(const QString &text);

// Wraps text in a first-strong isolate (FSI … PDI): direction controls inside a display name or a
// note cannot reorder the text around it.
QString isolated(const QString &text);

// Removes the isolates added above, for copying and exporting.
QString withoutIsolates(const QString &text);

QString status(const QString &status);
QString capabilities(const QStringList &capabilities);

// "To +44 20 7946 0000", "Disabled (020 7946 0000)" or "Off", with the number left to right.
QString forwarding(const std::optional<ForwardingConfig> &forwarding);
// The same with the target in E.164, for export.
QString forwardingE164(const std::optional<ForwardingConfig> &forwarding);

// A timestamp in the user's time zone, in the locale's short order and separators but with the
// same precision in every language: a four-digit year and seconds.
QString localTime(const QDateTime &time);
// The format localTime() uses for `locale`.
QString dateTimeFormat(const QLocale &locale);

} // namespace PhoneNumberText
