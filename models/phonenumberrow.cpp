#include "phonenumberrow.h"

#include "phonenumberformat.h"

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

PhoneNumberRow PhoneNumberRow::from(PhoneNumber number, StringPool &pool)
{
    number.workspaceId = pool.intern(number.workspaceId);
    number.provider = pool.intern(number.provider);
    number.status = pool.intern(number.status);
    number.capabilities = pool.intern(number.capabilities);
    intern(number.inboundServiceId, pool);

    const NumberPresentation presentation = PhoneNumberFormat::present(number.phoneNumber);
    PhoneNumberRow row;
    row.national = presentation.national;
    row.regionCode = pool.intern(presentation.regionCode);
    row.countryName = pool.intern(presentation.countryName);
    row.searchKey = SearchText::keyFor(
            number.phoneNumber, presentation.national, number.displayName, number.notes);
    row.number = std::move(number);
    return row;
}
