#include "carrierinventory.h"

#include "fictionalnumbers.h"
#include "store.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QString nationalFormat(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    auto *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

// Twilio's "contains" pattern: digits, with '*' standing for any one digit.
QRegularExpression containsPattern(const QString &contains)
{
    QString pattern;
    for (const QChar c : contains) {
        if (c == u'*')
            pattern += u"\\d"_s;
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(pattern);
}

} // namespace

CarrierInventory::CarrierInventory(Store *store)
    : m_store(store)
{ }

QList<AvailableNumber> CarrierInventory::search(
        const QString &country, const QString &areaCode, const QString &contains, int limit) const
{
    constexpr int maximumResults = 50;
    limit = qMin(limit, maximumResults);
    QList<AvailableNumber> found;
    if (limit <= 0)
        return found;

    const QString wantedCountry = country.trimmed().toUpper();
    QString wantedArea = areaCode.trimmed();
    if (wantedCountry != u"US" && wantedCountry != u"CA" && wantedArea.startsWith(u'0'))
        wantedArea = wantedArea.mid(1); // "020" is how Londoners write the area code "20"

    QList<const FictionalNumbers::Block *> blocks;
    const auto &all = FictionalNumbers::instance().blocks();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->country == wantedCountry && (wantedArea.isEmpty() || it->areaCode == wantedArea))
            blocks.append(&*it);
    }
    // Blocks whose place is known come first, as a carrier lists numbers it can describe.
    std::stable_partition(blocks.begin(), blocks.end(),
            [](const FictionalNumbers::Block *block) { return !block->locality.isEmpty(); });

    const bool filterDigits = !contains.trimmed().isEmpty();
    const QRegularExpression digits = containsPattern(contains.trimmed());
    for (int last = 99; last >= 0; --last) {
        const QString suffix = QString::number(last).rightJustified(2, u'0');
        for (const auto *block : std::as_const(blocks)) {
            const QString e164 = block->prefix + suffix;
            if (filterDigits && !digits.match(QStringView(e164).mid(1)).hasMatch())
                continue;
            if (m_store->isRegistered(e164) || m_store->wasPurchased(e164))
                continue;
            found.append({e164, nationalFormat(e164), block->locality, block->region});
            if (found.size() == limit)
                return found;
        }
    }
    return found;
}

bool CarrierInventory::stocks(const QString &e164) const
{
    if (e164.size() < 3)
        return false;
    const QString prefix = e164.left(e164.size() - 2);
    for (const auto &block : FictionalNumbers::instance().blocks()) {
        if (block.prefix == prefix)
            return true;
    }
    return false;
}

} // namespace Sandbox
