#include "fictionalnumbers.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

struct Area
{
    const char16_t *country;
    const char16_t *nationalPrefix; // digits after the country code, before the block digits
    const char16_t *areaCode;
    const char16_t *locality;
    const char16_t *region;
};

// North American area codes: each has exactly one fictional block, 555-0100 to 555-0199.
constexpr Area nanpAreas[] = {
        {u"US", u"201", u"201", u"Jersey City", u"NJ"},
        {u"US", u"202", u"202", u"Washington", u"DC"},
        {u"US", u"203", u"203", u"New Haven", u"CT"},
        {u"US", u"206", u"206", u"Seattle", u"WA"},
        {u"US", u"212", u"212", u"New York", u"NY"},
        {u"US", u"213", u"213", u"Los Angeles", u"CA"},
        {u"US", u"214", u"214", u"Dallas", u"TX"},
        {u"US", u"215", u"215", u"Philadelphia", u"PA"},
        {u"US", u"216", u"216", u"Cleveland", u"OH"},
        {u"US", u"303", u"303", u"Denver", u"CO"},
        {u"US", u"305", u"305", u"Miami", u"FL"},
        {u"US", u"310", u"310", u"Santa Monica", u"CA"},
        {u"US", u"312", u"312", u"Chicago", u"IL"},
        {u"US", u"313", u"313", u"Detroit", u"MI"},
        {u"US", u"314", u"314", u"St. Louis", u"MO"},
        {u"US", u"404", u"404", u"Atlanta", u"GA"},
        {u"US", u"410", u"410", u"Baltimore", u"MD"},
        {u"US", u"412", u"412", u"Pittsburgh", u"PA"},
        {u"US", u"415", u"415", u"San Francisco", u"CA"},
        {u"US", u"503", u"503", u"Portland", u"OR"},
        {u"US", u"504", u"504", u"New Orleans", u"LA"},
        {u"US", u"512", u"512", u"Austin", u"TX"},
        {u"US", u"602", u"602", u"Phoenix", u"AZ"},
        {u"US", u"612", u"612", u"Minneapolis", u"MN"},
        {u"US", u"615", u"615", u"Nashville", u"TN"},
        {u"US", u"617", u"617", u"Boston", u"MA"},
        {u"US", u"619", u"619", u"San Diego", u"CA"},
        {u"US", u"702", u"702", u"Las Vegas", u"NV"},
        {u"US", u"704", u"704", u"Charlotte", u"NC"},
        {u"US", u"713", u"713", u"Houston", u"TX"},
        {u"US", u"718", u"718", u"Brooklyn", u"NY"},
        {u"US", u"801", u"801", u"Salt Lake City", u"UT"},
        {u"US", u"808", u"808", u"Honolulu", u"HI"},
        {u"US", u"813", u"813", u"Tampa", u"FL"},
        {u"US", u"816", u"816", u"Kansas City", u"MO"},
        {u"US", u"907", u"907", u"Anchorage", u"AK"},
        {u"US", u"919", u"919", u"Raleigh", u"NC"},
        {u"CA", u"204", u"204", u"Winnipeg", u"MB"},
        {u"CA", u"306", u"306", u"Regina", u"SK"},
        {u"CA", u"403", u"403", u"Calgary", u"AB"},
        {u"CA", u"416", u"416", u"Toronto", u"ON"},
        {u"CA", u"418", u"418", u"Quebec City", u"QC"},
        {u"CA", u"506", u"506", u"Moncton", u"NB"},
        {u"CA", u"514", u"514", u"Montreal", u"QC"},
        {u"CA", u"604", u"604", u"Vancouver", u"BC"},
        {u"CA", u"613", u"613", u"Ottawa", u"ON"},
        {u"CA", u"709", u"709", u"St. John's", u"NL"},
        {u"CA", u"780", u"780", u"Edmonton", u"AB"},
        {u"CA", u"902", u"902", u"Halifax", u"NS"},
};

// Area codes with no named city: still valid, used to make the pool large.
constexpr const char16_t *moreUsAreaCodes[] = {u"205", u"207", u"208", u"209", u"210", u"217",
        u"218", u"219", u"224", u"225", u"228", u"229", u"231", u"234", u"239", u"240", u"248",
        u"251", u"252", u"253", u"254", u"256", u"260", u"262", u"267", u"269", u"270", u"276",
        u"281", u"301", u"302", u"304", u"307", u"308", u"309", u"315", u"316", u"317", u"318",
        u"319", u"320", u"321", u"323", u"325", u"330", u"331", u"334", u"336", u"337", u"339",
        u"347", u"351", u"352", u"360", u"361", u"385", u"386", u"401", u"402", u"405", u"406",
        u"407", u"408", u"409", u"413", u"414", u"417", u"419", u"423", u"424", u"425", u"430",
        u"432", u"434", u"435", u"440", u"443", u"469", u"470", u"475", u"478", u"479", u"480",
        u"484", u"501", u"502", u"505", u"507", u"508", u"509", u"510", u"513", u"515", u"516",
        u"517", u"518", u"520", u"530", u"540", u"541", u"551", u"559", u"561", u"562", u"563",
        u"567", u"570", u"571", u"573", u"574", u"575", u"580", u"585", u"586", u"601", u"603",
        u"605", u"606", u"607", u"608", u"609", u"610", u"614", u"616", u"618", u"620", u"623",
        u"626", u"630", u"631", u"636", u"641", u"646", u"650", u"651", u"660", u"661", u"662",
        u"678", u"682", u"701", u"703", u"706", u"707", u"708", u"712", u"714", u"715", u"716",
        u"717", u"719", u"720", u"724", u"727", u"731", u"732", u"734", u"740", u"754", u"757",
        u"760", u"763", u"765", u"770", u"772", u"773", u"774", u"775", u"781", u"785", u"786",
        u"802", u"803", u"804", u"805", u"806", u"810", u"812", u"814", u"815", u"817", u"818",
        u"828", u"830", u"831", u"832", u"843", u"845", u"847", u"850", u"856", u"857", u"858",
        u"859", u"860", u"862", u"863", u"864", u"865", u"870", u"901", u"903", u"904", u"906",
        u"908", u"909", u"910", u"912", u"913", u"914", u"915", u"916", u"917", u"918", u"920",
        u"925", u"928", u"931", u"936", u"937", u"940", u"941", u"949", u"951", u"952", u"954",
        u"956", u"970", u"971", u"972", u"973", u"978", u"979", u"980", u"985", u"989"};

// Ranges of a thousand or ten thousand numbers: the national prefix is followed by two more
// block digits (1,000) or by blockDigits digits.
struct Range
{
    Area area;
    int blockDigits; // 1 -> 10 blocks of 100, 2 -> 100 blocks of 100
};

constexpr Range ranges[] = {
        {{u"GB", u"2079460", u"20", u"London", u"England"}, 1},
        {{u"GB", u"1134960", u"113", u"Leeds", u"England"}, 1},
        {{u"GB", u"1144960", u"114", u"Sheffield", u"England"}, 1},
        {{u"GB", u"1164960", u"116", u"Leicester", u"England"}, 1},
        {{u"GB", u"1174960", u"117", u"Bristol", u"England"}, 1},
        {{u"GB", u"1184960", u"118", u"Reading", u"England"}, 1},
        {{u"GB", u"1214960", u"121", u"Birmingham", u"England"}, 1},
        {{u"GB", u"1314960", u"131", u"Edinburgh", u"Scotland"}, 1},
        {{u"GB", u"1414960", u"141", u"Glasgow", u"Scotland"}, 1},
        {{u"GB", u"1514960", u"151", u"Liverpool", u"England"}, 1},
        {{u"GB", u"1614960", u"161", u"Manchester", u"England"}, 1},
        {{u"GB", u"2890180", u"28", u"Belfast", u"Northern Ireland"}, 1},
        {{u"AU", u"25550", u"2", u"Sydney", u"NSW"}, 2},
        {{u"AU", u"27010", u"2", u"Sydney", u"NSW"}, 2},
        {{u"AU", u"35550", u"3", u"Melbourne", u"VIC"}, 2},
        {{u"AU", u"37010", u"3", u"Melbourne", u"VIC"}, 2},
        {{u"AU", u"75550", u"7", u"Brisbane", u"QLD"}, 2},
        {{u"AU", u"77010", u"7", u"Brisbane", u"QLD"}, 2},
        {{u"AU", u"87010", u"8", u"Adelaide", u"SA"}, 2},
        {{u"AU", u"491570", u"491", nullptr, nullptr}, 1},
        {{u"AU", u"491571", u"491", nullptr, nullptr}, 1},
        {{u"AU", u"491572", u"491", nullptr, nullptr}, 1},
        {{u"FR", u"19900", u"1", u"Paris", u"Île-de-France"}, 2},
        {{u"DE", u"3023125", u"30", u"Berlin", u"Berlin"}, 1},
        {{u"DE", u"6990009", u"69", u"Frankfurt am Main", u"Hessen"}, 1},
        {{u"DE", u"4066969", u"40", u"Hamburg", u"Hamburg"}, 1},
        {{u"DE", u"2214710", u"221", u"Köln", u"Nordrhein-Westfalen"}, 1},
        {{u"DE", u"8999998", u"89", u"München", u"Bayern"}, 1},
};

QString countryCallingCode(QStringView country)
{
    if (country == u"US" || country == u"CA")
        return u"1"_s;
    if (country == u"GB")
        return u"44"_s;
    if (country == u"AU")
        return u"61"_s;
    if (country == u"FR")
        return u"33"_s;
    return u"49"_s; // DE
}

QString text(const char16_t *value)
{
    return value ? QString::fromUtf16(value) : QString();
}

FictionalNumbers::Block blockFor(const Area &area, const QString &blockDigits)
{
    const QString country = text(area.country);
    return {country, u'+' + countryCallingCode(country) + text(area.nationalPrefix) + blockDigits,
            text(area.areaCode), text(area.locality), text(area.region)};
}

} // namespace

FictionalNumbers::FictionalNumbers()
{
    for (const auto &area : nanpAreas)
        m_blocks.append(blockFor(area, u"55501"_s));
    for (const auto *areaCode : moreUsAreaCodes)
        m_blocks.append(blockFor({u"US", areaCode, areaCode, nullptr, nullptr}, u"55501"_s));
    for (const auto &range : ranges) {
        const int count = range.blockDigits == 1 ? 10 : 100;
        for (int block = 0; block < count; ++block) {
            m_blocks.append(blockFor(
                    range.area, QString::number(block).rightJustified(range.blockDigits, u'0')));
        }
    }
}

const FictionalNumbers &FictionalNumbers::instance()
{
    static const FictionalNumbers numbers;
    return numbers;
}

const FictionalNumbers::Block &FictionalNumbers::blockOf(qsizetype index) const
{
    return m_blocks.at(index % m_blocks.size());
}

QString FictionalNumbers::at(qsizetype index) const
{
    const qsizetype withinBlock = (index / m_blocks.size()) % 100;
    return blockOf(index).prefix + QString::number(withinBlock).rightJustified(2, u'0');
}

} // namespace Sandbox
