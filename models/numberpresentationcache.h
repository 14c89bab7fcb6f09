#pragma once

#include <QHash>
#include <QString>

// The national format and the country of stored E.164 numbers, fast enough for a hundred
// thousand rows arriving page by page.
//
// Numbers that differ only in their last two digits (the same hundred-number range, as numbers
// are bought and allocated) format alike: libphonenumber picks a format by leading digits and
// length. So the first number of a range is formatted by libphonenumber and the others reuse that
// text with their own last two digits. Numbers libphonenumber cannot parse read as stored.
class NumberPresentationCache
{
public:
    struct Presentation
    {
        QString national;    // "(201) 555-0123", or the stored text when it cannot be parsed
        QString regionCode;  // "US", empty when unknown
        QString countryName; // "United States"
    };

    Presentation present(const QString &e164);
    void clear();

    // Loads libphonenumber's metadata on a worker thread, so that the first page does not wait
    // for it on the GUI thread. Safe to call more than once.
    static void warmUp();

    qsizetype rangesKnown() const { return m_ranges.size(); }

private:
    struct Range
    {
        Presentation presentation; // of the number that was formatted
        qsizetype tens = -1;       // where its second-to-last digit sits in the national text
        qsizetype units = -1;      // where its last digit sits
    };

    Presentation format(const QString &e164);
    QString countryName(const QString &regionCode);

    QHash<QString, Range> m_ranges;
    QHash<QString, QString> m_countryNames;
};
