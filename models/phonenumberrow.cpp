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
    row.country = countryIndex(presentation.regionCode, presentation.countryName);
    *searchKey = SearchText::keyFor(
            number.phoneNumber, presentation.national, number.displayName, number.notes);
    row.number = std::move(number);
    return row;
}

QString PhoneNumberRowBuilder::national(const QString &e164)
{
    return m_formats.present(e164).national;
}

quint16 PhoneNumberRowBuilder::countryIndex(const QString &regionCode, const QString &name)
{
    if (regionCode.isEmpty())
        return 0;
    const auto known = m_countryByCode.constFind(regionCode);
    if (known != m_countryByCode.constEnd())
        return *known;
    // Fewer than 300 regions exist; the index cannot run out.
    const auto index = quint16(m_countries.size());
    m_countries.append({regionCode, name});
    m_countryByCode.insert(regionCode, index);
    return index;
}

void PhoneNumberRowBuilder::clear()
{
    m_strings.clear();
    // The formats and countries stay valid across reloads (and rows still refer to countries).
}
