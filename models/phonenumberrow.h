#pragma once

#include "numberpresentationcache.h"
#include "numbersearch.h"
#include "phonenumber.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

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

// A row with its search key, as made from a number that arrived (kept apart in the model, in its
// NumberSearchIndex).
struct BuiltRow
{
    PhoneNumberRow row;
    NumberSearchKey searchKey;
};

// The countries that rows name by index. Shared by the builders of one list, one of which may
// run on a worker thread while the GUI thread reads: indexes are handed out under a lock, and a
// country once added never moves or changes, so reading one needs no lock.
class CountryTable
{
public:
    struct Country
    {
        QString regionCode; // "US", empty when unknown
        QString name;       // "United States"
    };

    CountryTable();
    ~CountryTable();
    CountryTable(const CountryTable &) = delete;
    CountryTable &operator=(const CountryTable &) = delete;

    // The index of a region, added when new; 0 (unknown) for no region.
    quint16 indexOf(const QString &regionCode, const QString &name);
    const Country &at(quint16 index) const;

private:
    // Fewer than 300 regions exist; a region beyond this reads as unknown.
    static constexpr int Capacity = 1024;

    std::unique_ptr<Country[]> m_countries;
    std::atomic<int> m_size{1};
    QMutex m_adding;
    QHash<QString, quint16> m_indexByCode; // under m_adding
};

// Makes rows from numbers as they arrive, sharing repeated strings and number formats, and
// answers for them what they do not store. One builder is used by one thread at a time.
class PhoneNumberRowBuilder
{
public:
    using Country = CountryTable::Country;

    explicit PhoneNumberRowBuilder(std::shared_ptr<CountryTable> countries);

    // The row, and its search key (kept apart, in the model's NumberSearchIndex).
    PhoneNumberRow build(PhoneNumber number, NumberSearchKey *searchKey);
    BuiltRow build(PhoneNumber number);

    // "(201) 555-0123", or the E.164 text when it cannot be parsed.
    QString national(const QString &e164);
    const Country &country(quint16 index) const { return m_countries->at(index); }

    // Forgets what is shared, e.g. when the list is reloaded.
    void clear();

private:
    StringPool m_strings;
    NumberPresentationCache m_formats;
    std::shared_ptr<CountryTable> m_countries;
};
