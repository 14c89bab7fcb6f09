#include "phonenumberrow.h"

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto found = m_strings.constFind(text);
    if (found != m_strings.constEnd())
        return *found;
    m_strings.insert(text);
    return text;
}

QStringList StringPool::intern(const QStringList &list)
{
    const auto found = m_lists.constFind(list);
    if (found != m_lists.constEnd())
        return *found;
    QStringList interned;
    interned.reserve(list.size());
    for (const QString &text : list)
        interned.append(intern(text));
    m_lists.insert(interned);
    return interned;
}

void StringPool::clear()
{
    m_strings.clear();
    m_lists.clear();
}

static void intern(std::optional<QString> &text, StringPool &pool)
{
    if (text)
        text = pool.intern(*text);
}

CountryTable::CountryTable()
    : m_countries(std::make_unique<Country[]>(Capacity))
{ }

CountryTable::~CountryTable() = default;

quint16 CountryTable::indexOf(const QString &regionCode, const QString &name)
{
    if (regionCode.isEmpty())
        return 0;
    const QMutexLocker locker(&m_adding);
    const auto known = m_indexByCode.constFind(regionCode);
    if (known != m_indexByCode.constEnd())
        return *known;
    const int index = m_size.load(std::memory_order_relaxed);
    if (index >= Capacity)
        return 0;
    m_countries[index] = {regionCode, name};
    // Published after it is written: a reader that sees the index sees the country.
    m_size.store(index + 1, std::memory_order_release);
    m_indexByCode.insert(regionCode, quint16(index));
    return quint16(index);
}

const CountryTable::Country &CountryTable::at(quint16 index) const
{
    return index < m_size.load(std::memory_order_acquire) ? m_countries[index] : m_countries[0];
}

PhoneNumberRowBuilder::PhoneNumberRowBuilder(std::shared_ptr<CountryTable> countries)
    : m_countries(std::move(countries))
{ }

PhoneNumberRow PhoneNumberRowBuilder::build(PhoneNumber number, NumberSearchKey *searchKey)
{
    number.workspaceId = m_strings.intern(number.workspaceId);
    number.provider = m_strings.intern(number.provider);
    number.status = m_strings.intern(number.status);
    number.capabilities = m_strings.intern(number.capabilities);
    intern(number.inboundServiceId, m_strings);

    const NumberPresentationCache::Presentation presentation
            = m_formats.present(number.phoneNumber);
    PhoneNumberRow row;
    row.country = m_countries->indexOf(presentation.regionCode, presentation.countryName);
    *searchKey = SearchText::keyFor(
            number.phoneNumber, presentation.national, number.displayName, number.notes);
    row.number = std::move(number);
    return row;
}

BuiltRow PhoneNumberRowBuilder::build(PhoneNumber number)
{
    BuiltRow built;
    built.row = build(std::move(number), &built.searchKey);
    return built;
}

QString PhoneNumberRowBuilder::national(const QString &e164)
{
    return m_formats.present(e164).national;
}

void PhoneNumberRowBuilder::clear()
{
    m_strings.clear();
    // The formats and countries stay valid across reloads (and rows still refer to countries).
}
