#pragma once

#include "numberpresentationcache.h"
#include "numbersearch.h"
#include "phonenumber.h"

#include <QHash>
#include <QList>
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

// One loaded phone number. What the table shows besides its fields (the national format, the
// country) comes from the PhoneNumberRowBuilder that made it: rows stay small, since a hundred
// thousand of them may be loaded.
struct PhoneNumberRow
{
    PhoneNumber number;
    quint16 country = 0; // PhoneNumberRowBuilder::country(); 0 when unknown
};

// Makes rows from numbers as they arrive, sharing repeated strings and number formats, and
// answers for them what they do not store.
class PhoneNumberRowBuilder
{
public:
    struct Country
    {
        QString regionCode; // "US", empty when unknown
        QString name;       // "United States"
    };

    // The row, and its search key (kept apart, in the model's NumberSearchIndex).
    PhoneNumberRow build(PhoneNumber number, NumberSearchKey *searchKey);

    // "(201) 555-0123", or the E.164 text when it cannot be parsed.
    QString national(const QString &e164);
    const Country &country(quint16 index) const { return m_countries.at(index); }

    // Forgets what is shared, e.g. when the list is reloaded.
    void clear();

private:
    quint16 countryIndex(const QString &regionCode, const QString &name);

    StringPool m_strings;
    NumberPresentationCache m_formats;
    QList<Country> m_countries{Country()};
    QHash<QString, quint16> m_countryByCode;
};
