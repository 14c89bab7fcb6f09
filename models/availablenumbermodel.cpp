#include "availablenumbermodel.h"

#include "phonenumberformat.h"
#include "purchasebasket.h"

using namespace Qt::StringLiterals;

// Numbers are always read left to right, even in a right-to-left interface (LRI … PDI).
static QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

AvailableNumberModel::AvailableNumberModel(PurchaseBasket *basket, QObject *parent)
    : QAbstractTableModel(parent)
    , m_basket(basket)
{
    connect(m_basket, &PurchaseBasket::sizeChanged, this, &AvailableNumberModel::onBasketChanged);
    connect(m_basket, &QAbstractItemModel::modelReset, this,
            &AvailableNumberModel::onBasketChanged);
}

int AvailableNumberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int AvailableNumberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailableNumberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AvailableNumber &number = numberAt(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return leftToRight(PhoneNumberFormat::present(number.phoneNumber).national);
        case LocalityColumn:
            return number.locality.value_or(QString());
        case RegionColumn:
            return number.region.value_or(QString());
        case CapabilitiesColumn:
            return capabilitiesText(number);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return PhoneNumberFormat::present(number.phoneNumber).international;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NumberColumn)
            return PhoneNumberFormat::present(number.phoneNumber).international;
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == NumberColumn)
            return m_basket->contains(number.phoneNumber) ? Qt::Checked : Qt::Unchecked;
        return {};
    case E164Role:
        return number.phoneNumber;
    case AvailableNumberRole:
        return QVariant::fromValue(number);
    }
    return {};
}

bool AvailableNumberModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NumberColumn
            || !checkIndex(
                    index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const AvailableNumber number = numberAt(index.row());
    const bool wanted = value.value<Qt::CheckState>() == Qt::Checked;
    if (wanted == m_basket->contains(number.phoneNumber))
        return true;
    // The basket's sizeChanged signal refreshes the check marks.
    return wanted ? m_basket->add(number, m_searchId) : m_basket->remove(number.phoneNumber);
}

Qt::ItemFlags AvailableNumberModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NumberColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant AvailableNumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case LocalityColumn:
        return tr("Locality");
    case RegionColumn:
        return tr("Region");
    case CapabilitiesColumn:
        return tr("Capabilities");
    }
    return {};
}

void AvailableNumberModel::setResults(const QList<AvailableNumber> &numbers, int searchId)
{
    beginResetModel();
    m_received = numbers;
    m_searchId = searchId;
    rebuildShown();
    endResetModel();
}

void AvailableNumberModel::clear()
{
    setResults({}, -1);
}

void AvailableNumberModel::setRefinement(const Refinement &refinement)
{
    m_refinement = refinement;
    applyRefinement();
}

void AvailableNumberModel::applyRefinement()
{
    beginResetModel();
    rebuildShown();
    endResetModel();
}

void AvailableNumberModel::rebuildShown()
{
    m_shown.clear();
    for (int i = 0; i < m_received.size(); ++i) {
        if (matches(m_received.at(i), m_refinement))
            m_shown.append(i);
    }
}

void AvailableNumberModel::onBasketChanged()
{
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(
                index(0, NumberColumn), index(rowCount() - 1, NumberColumn), {Qt::CheckStateRole});
}

bool AvailableNumberModel::matches(const AvailableNumber &number, const Refinement &refinement)
{
    const QString place = refinement.placeText.trimmed();
    if (!place.isEmpty()) {
        const bool inLocality
                = number.locality.value_or(QString()).contains(place, Qt::CaseInsensitive);
        const bool inRegion
                = number.region.value_or(QString()).contains(place, Qt::CaseInsensitive);
        if (!inLocality && !inRegion)
            return false;
    }

    const QStringList offered = capabilityNames(number);
    for (const QString &required : refinement.requiredCapabilities) {
        if (!offered.contains(required))
            return false;
    }
    return true;
}

QStringList AvailableNumberModel::capabilityNames(const AvailableNumber &number)
{
    // The carrier's key names and casing are not specified ("voice", "SMS", "MMS" in practice).
    QStringList names;
    for (auto it = number.capabilities.cbegin(); it != number.capabilities.cend(); ++it) {
        if (it.value())
            names.append(it.key().toLower());
    }
    names.removeDuplicates();
    return names;
}

QString AvailableNumberModel::capabilityLabel(const QString &name)
{
    if (name == u"voice")
        return tr("Voice");
    if (name == u"sms")
        return tr("SMS");
    if (name == u"mms")
        return tr("MMS");
    if (name == u"fax")
        return tr("Fax");
    return name;
}

QString AvailableNumberModel::capabilitiesText(const AvailableNumber &number)
{
    static const QStringList order{u"voice"_s, u"sms"_s, u"mms"_s, u"fax"_s};
    QStringList names = capabilityNames(number);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const qsizetype left = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype right = order.contains(b) ? order.indexOf(b) : order.size();
        return left != right ? left < right : a < b;
    });

    QStringList labels;
    for (const QString &name : std::as_const(names))
        labels.append(capabilityLabel(name));
    if (labels.isEmpty())
        return tr("None listed");
    return labels.join(u", "_s);
}

QString AvailableNumberModel::placeText(const AvailableNumber &number)
{
    QStringList parts;
    if (number.locality && !number.locality->isEmpty())
        parts.append(*number.locality);
    if (number.region && !number.region->isEmpty())
        parts.append(*number.region);
    return parts.join(u", "_s);
}
