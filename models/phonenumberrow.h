#pragma once

#include "numberpresentationcache.h"
#include "numbersearch.h"
#include "phonenumber.h"

#include <QSet>
#include <QString>

// Shares one copy of strings that repeat across many rows (the workspace id, status, provider,
// capabilities, service ids, country names), so that a hundred thousand loaded rows cost little
// more than their own data.
class StringPool
{
public:
    QString intern(const QString &text);
    QStringList intern(const QStringList &list);
    void clear();

private:
    QSet<QString> m_strings;
    QSet<QStringList> m_lists;
};

// One loaded phone number with what the table needs to show, find and sort it, computed once
// when the row arrives: the national format, the country, and the search key.
struct PhoneNumberRow
{
    PhoneNumber number;
    QString national;    // "(201) 555-0123", or the E.164 text when it cannot be parsed
    QString regionCode;  // "US", empty when unknown
    QString countryName; // "United States"
    NumberSearchKey searchKey;
};

// Makes rows from numbers as they arrive, sharing repeated strings and number formats.
class PhoneNumberRowBuilder
{
public:
    PhoneNumberRow build(PhoneNumber number);
    // Forgets what is shared, e.g. when the list is reloaded.
    void clear();

private:
    StringPool m_strings;
    NumberPresentationCache m_formats;
};
