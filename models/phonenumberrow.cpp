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

PhoneNumberRow PhoneNumberRowBuilder::build(PhoneNumber number)
{
    number.workspaceId = m_strings.intern(number.workspaceId);
    number.provider = m_strings.intern(number.provider);
    number.status = m_strings.intern(number.status);
    number.capabilities = m_strings.intern(number.capabilities);
    intern(number.inboundServiceId, m_strings);

    NumberPresentationCache::Presentation presentation = m_formats.present(number.phoneNumber);
    PhoneNumberRow row;
    row.national = std::move(presentation.national);
    row.regionCode = m_strings.intern(presentation.regionCode);
    row.countryName = m_strings.intern(presentation.countryName);
    row.searchKey = SearchText::keyFor(
            number.phoneNumber, row.national, number.displayName, number.notes);
    row.number = std::move(number);
    return row;
}

void PhoneNumberRowBuilder::clear()
{
    m_strings.clear();
    m_formats.clear();
}
