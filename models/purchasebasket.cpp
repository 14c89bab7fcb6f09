#include "purchasebasket.h"

#include "availablenumbermodel.h"
#include "phonenumberformat.h"

#include <QFont>

using namespace Qt::StringLiterals;

static QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

static int codePointCount(const QString &text)
{
    int count = 0;
    for (const QChar unit : text) {
        if (!unit.isLowSurrogate())
            ++count;
    }
    return count;
}

PurchaseBasket::PurchaseBasket(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int PurchaseBasket::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

int PurchaseBasket::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PurchaseBasket::stateText(State state)
{
    switch (state) {
    case State::Planned:
        return tr("Not bought yet");
    case State::Checking:
        return tr("Checking it is still available…");
    case State::Buying:
        return tr("Buying…");
    case State::Verifying:
        return tr("Finding out whether it was bought…");
    case State::Bought:
        return tr("Bought");
    case State::Taken:
        return tr("Taken meanwhile; not bought");
    case State::Failed:
        return tr("Not bought");
    case State::Unknown:
        return tr("Unknown whether it was bought");
    case State::Skipped:
        return tr("Not bought (stopped)");
    }
    return {};
}

QVariant PurchaseBasket::displayData(const Item &item, int column) const
{
    switch (column) {
    case NumberColumn:
        // International: a basket can mix countries.
        return leftToRight(PhoneNumberFormat::present(item.number.phoneNumber).international);
    case DisplayNameColumn:
        return item.displayName;
    case PlaceColumn:
        return AvailableNumberModel::placeText(item.number);
    case CapabilitiesColumn:
        return AvailableNumberModel::capabilitiesText(item.number);
    case OutcomeColumn:
        return item.outcome.isEmpty() ? stateText(item.state) : item.outcome;
    }
    return {};
}

QVariant PurchaseBasket::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return PhoneNumberFormat::present(item.number.phoneNumber).international;
        if (index.column() == DisplayNameColumn)
            return displayNameProblem(index.row());
        if (index.column() == OutcomeColumn)
            return displayData(item, index.column());
        return {};
    case Qt::FontRole:
        if (index.column() == OutcomeColumn
                && (item.state == State::Failed || item.state == State::Taken
                        || item.state == State::Unknown)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case E164Role:
        return item.number.phoneNumber;
    case StateRole:
        return QVariant::fromValue(item.state);
    }
    return {};
}

bool PurchaseBasket::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != DisplayNameColumn
            || !checkIndex(
                    index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || m_items.at(index.row()).state != State::Planned) {
        return false;
    }
    setDisplayName(index.row(), value.toString());
    return true;
}

Qt::ItemFlags PurchaseBasket::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DisplayNameColumn
            && m_items.at(index.row()).state == State::Planned) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

QVariant PurchaseBasket::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DisplayNameColumn:
        return tr("Display name");
    case PlaceColumn:
        return tr("Place");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case OutcomeColumn:
        return tr("Result");
    }
    return {};
}

int PurchaseBasket::recordSearch(
        const AvailableNumberQuery &query, const QList<AvailableNumber> &results)
{
    const int id = static_cast<int>(m_searches.size());
    m_searches.append({id, query, results});
    return id;
}

const CarrierSearch *PurchaseBasket::search(int id) const
{
    if (id < 0 || id >= m_searches.size())
        return nullptr;
    return &m_searches.at(id);
}

bool PurchaseBasket::add(const AvailableNumber &number, int searchId)
{
    if (contains(number.phoneNumber))
        return false;

    const int row = size();
    beginInsertRows({}, row, row);
    m_items.append({number, searchId, defaultDisplayName(number), State::Planned, {}, {}});
    m_rowByNumber.insert(number.phoneNumber, row);
    endInsertRows();
    Q_EMIT sizeChanged(size());
    return true;
}

bool PurchaseBasket::remove(const QString &e164)
{
    const int row = rowOf(e164);
    if (row < 0 || m_items.at(row).state != State::Planned)
        return false;

    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    reindex();
    endRemoveRows();
    Q_EMIT sizeChanged(size());
    return true;
}

void PurchaseBasket::reindex()
{
    m_rowByNumber.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rowByNumber.insert(m_items.at(row).number.phoneNumber, row);
}

QList<int> PurchaseBasket::rowsIn(State state) const
{
    QList<int> rows;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).state == state)
            rows.append(row);
    }
    return rows;
}

bool PurchaseBasket::isSettled(int row) const
{
    switch (m_items.at(row).state) {
    case State::Checking:
    case State::Buying:
    case State::Verifying:
        return false;
    default:
        return true;
    }
}

void PurchaseBasket::setDisplayName(int row, const QString &name)
{
    if (m_items.at(row).displayName == name)
        return;
    m_items[row].displayName = name;
    Q_EMIT dataChanged(index(row, DisplayNameColumn), index(row, DisplayNameColumn));
}

void PurchaseBasket::setState(int row, State state, const QString &outcome)
{
    Item &item = m_items[row];
    item.state = state;
    item.outcome = outcome;
    if (state == State::Taken)
        m_taken.insert(item.number.phoneNumber);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT stateChanged(row, state);
}

void PurchaseBasket::setPurchased(int row, const PhoneNumber &number)
{
    m_items[row].purchased = number;
}

QList<AvailableNumber> PurchaseBasket::alternativesFor(int row) const
{
    const CarrierSearch *origin = search(m_items.at(row).searchId);
    if (!origin)
        return {};
    QList<AvailableNumber> alternatives;
    for (const AvailableNumber &candidate : origin->results) {
        if (!contains(candidate.phoneNumber) && !m_taken.contains(candidate.phoneNumber))
            alternatives.append(candidate);
    }
    return alternatives;
}

QString PurchaseBasket::displayNameProblem(int row) const
{
    const int length = codePointCount(m_items.at(row).displayName);
    if (length > MaxDisplayNameLength) {
        return tr("The display name of %1 is %2 characters long; the limit is %3.")
                .arg(PhoneNumberFormat::present(m_items.at(row).number.phoneNumber).international)
                .arg(length)
                .arg(MaxDisplayNameLength);
    }
    return {};
}

QString PurchaseBasket::defaultDisplayName(const AvailableNumber &number)
{
    if (number.locality && !number.locality->trimmed().isEmpty())
        return number.locality->trimmed();
    if (number.region && !number.region->trimmed().isEmpty())
        return number.region->trimmed();
    const NumberPresentation presentation = PhoneNumberFormat::present(number.phoneNumber);
    return presentation.countryName;
}
