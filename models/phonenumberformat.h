#pragma once

#include <QString>

// How a stored E.164 number reads for people, from libphonenumber's metadata.
struct NumberPresentation
{
    QString e164;          // as stored
    QString national;      // "(201) 555-0123", or the E.164 text when it cannot be parsed
    QString international; // "+1 201-555-0123"
    QString regionCode;    // "US", empty when unknown
    QString countryName;   // "United States", in the user's language
    bool parsed = false;
};

namespace PhoneNumberFormat {

NumberPresentation present(const QString &e164);

// Where a number is, from the geocoding data ("New Jersey", "London"); empty when unknown.
// Loads the geocoding data on first use: call it for one number at a time, not for every row.
QString locationOf(const QString &e164);

// Only the digits of a number, for matching what a person types against stored numbers.
QString digitsOf(const QString &text);

// The display name of a region code ("GB" → "United Kingdom").
QString countryName(const QString &regionCode);

// The country calling code of a region ("GB" → 44), 0 for an unknown region.
int callingCode(const QString &regionCode);

} // namespace PhoneNumberFormat
