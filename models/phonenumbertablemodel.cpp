#include "phonenumbertablemodel.h"

#include "modelslog.h"
#include "phonenumberformat.h"
#include "phonenumbertext.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

PhoneNumberTableModel::PhoneNumberTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_countries(std::make_shared<CountryTable>())
    , m_rowBuilder(m_countries)
    , m_pageDecoder(m_countries)
    , m_decoder(std::make_shared<PhoneNumberPageDecoder>(m_countries))
{
    NumberPresentationCache::warmUp();
    m_ownDecodingThread.setMaxThreadCount(1);
    m_ownDecodingThread.setObjectName(u"amigo-page-decoding"_s);
    m_loadAllWait.setSingleShot(true);
    connect(&m_loadAllWait, &QTimer::timeout, this, &PhoneNumberTableModel::continueLoadAll);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(IncomingFlushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushIncoming(); });
    if (client) {
        connect(client, &ApiClient::rateLimitChanged, this,
                [this](const RateLimitInfo &info) { m_rateLimit = info; });
    }
}

PhoneNumberTableModel::~PhoneNumberTableModel()
{
    ++m_generation;
    m_pending.cancel();
    // A page being decoded posts its rows to this object: it must be done before this is gone.
    m_decodingThread->clear();
    m_decodingThread->waitForDone();
    m_ownDecodingThread.waitForDone();
}

void PhoneNumberTableModel::setDecodingThread(QThreadPool *pool)
{
    m_ownDecodingThread.waitForDone();
    m_decodingThread = pool ? pool : &m_ownDecodingThread;
}

int PhoneNumberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int PhoneNumberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PhoneNumberTableModel::serviceName(const std::optional<QString> &id) const
{
    if (!id)
        return tr("None");
    return m_serviceNames.value(*id, tr("Unknown service"));
}

QString PhoneNumberTableModel::countryText(const PhoneNumberRow &row) const
{
    const PhoneNumberRowBuilder::Country &country = m_rowBuilder.country(row.country);
    if (country.regionCode.isEmpty())
        return tr("Unknown");
    return country.regionCode + u' ' + country.name;
}

QString PhoneNumberTableModel::nationalOf(const PhoneNumberRow &row) const
{
    return m_rowBuilder.national(row.number.phoneNumber);
}

QVariant PhoneNumberTableModel::displayData(const PhoneNumberRow &row, int column) const
{
    const PhoneNumber &number = row.number;
    switch (column) {
    case NumberColumn:
        return PhoneNumberText::leftToRight(nationalOf(row));
    case CountryColumn:
        return countryText(row);
    case DisplayNameColumn:
        return PhoneNumberText::isolated(number.displayName);
    case StatusColumn:
        return PhoneNumberText::status(number.status);
    case CapabilitiesColumn:
        return PhoneNumberText::capabilities(number.capabilities);
    case InboundServiceColumn:
        return PhoneNumberText::isolated(serviceName(number.inboundServiceId));
    case ForwardingColumn:
        return PhoneNumberText::forwarding(number.forwarding);
    case UpdatedColumn:
        return PhoneNumberText::localTime(number.updatedAt);
    }
    return {};
}

QVariant PhoneNumberTableModel::exportData(const PhoneNumberRow &row, int column) const
{
    const PhoneNumber &number = row.number;
    switch (column) {
    case NumberColumn:
        return number.phoneNumber;
    case DisplayNameColumn:
        return number.displayName;
    case InboundServiceColumn:
        return serviceName(number.inboundServiceId);
    case ForwardingColumn:
        return PhoneNumberText::forwardingE164(number.forwarding);
    case UpdatedColumn:
        return number.updatedAt.toUTC().toString(Qt::ISODate);
    default:
        return displayData(row, column);
    }
}

QVariant PhoneNumberTableModel::sortData(const PhoneNumberRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.number.phoneNumber;
    case UpdatedColumn:
        return row.number.updatedAt;
    default:
        return PhoneNumberText::withoutIsolates(displayData(row, column).toString()).toCaseFolded();
    }
}

QVariant PhoneNumberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhoneNumberRow &row = m_rows.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return PhoneNumberText::leftToRight(
                    PhoneNumberFormat::present(row.number.phoneNumber).international);
        if (index.column() == DisplayNameColumn || index.column() == ForwardingColumn
                || index.column() == InboundServiceColumn)
            return displayData(row, index.column());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !row.number.isActive())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        // Left in both directions: numbers line up on their first digit.
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);
        return {};
    case E164Role:
        return row.number.phoneNumber;
    case IdRole:
        return row.number.id;
    case PhoneNumberRole:
        return QVariant::fromValue(row.number);
    case SortRole:
        return sortData(row, index.column());
    case SearchTextRole:
        return QString(row.number.displayName + u'\n' + row.number.notes);
    case ExportRole:
        return exportData(row, index.column());
    case NationalRole:
        return nationalOf(row);
    }
    return {};
}

QVariant PhoneNumberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CountryColumn:
        return tr("Country");
    case DisplayNameColumn:
        return tr("Display name");
    case StatusColumn:
        return tr("Status");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case InboundServiceColumn:
        return tr("Inbound service");
    case ForwardingColumn:
        return tr("Forwarding");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

static int compareForwarding(
        const std::optional<ForwardingConfig> &left, const std::optional<ForwardingConfig> &right)
{
    // Off, then disabled, then forwarding; then by target.
    const auto rank = [](const std::optional<ForwardingConfig> &f) {
        return !f ? 0 : f->enabled ? 2 : 1;
    };
    if (rank(left) != rank(right))
        return rank(left) - rank(right);
    return left ? QString::compare(left->forwardTo, right->forwardTo) : 0;
}

static int compareLists(const QStringList &left, const QStringList &right)
{
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        if (const int result = QString::compare(left.at(i), right.at(i)))
            return result;
    }
    return int(left.size() - right.size());
}

bool PhoneNumberTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    // Precomputed, plain comparisons: sorting a hundred thousand rows must not format anything.
    const PhoneNumberRow &left = m_rows.at(leftRow);
    const PhoneNumberRow &right = m_rows.at(rightRow);
    int result = 0;
    switch (column) {
    case CountryColumn:
        result = QString::compare(
                m_rowBuilder.country(left.country).name, m_rowBuilder.country(right.country).name);
        break;
    case DisplayNameColumn:
        // Numbers without a name go after the named ones.
        if (left.number.displayName.isEmpty() != right.number.displayName.isEmpty())
            return right.number.displayName.isEmpty();
        result = SearchText::compareNatural(
                m_searchIndex.textAt(leftRow), m_searchIndex.textAt(rightRow));
        break;
    case StatusColumn:
        result = QString::compare(left.number.status, right.number.status);
        break;
    case CapabilitiesColumn:
        result = compareLists(left.number.capabilities, right.number.capabilities);
        break;
    case InboundServiceColumn:
        result = QString::compare(serviceName(left.number.inboundServiceId),
                serviceName(right.number.inboundServiceId), Qt::CaseInsensitive);
        break;
    case ForwardingColumn:
        result = compareForwarding(left.number.forwarding, right.number.forwarding);
        break;
    case UpdatedColumn:
        if (left.number.updatedAt != right.number.updatedAt)
            return left.number.updatedAt < right.number.updatedAt;
        break;
    default:
        break;
    }
    if (result != 0)
        return result < 0;
    return left.number.phoneNumber < right.number.phoneNumber;
}

void PhoneNumberTableModel::setServiceNames(const QHash<QString, QString> &names)
{
    m_serviceNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(
                index(0, InboundServiceColumn), index(rowCount() - 1, InboundServiceColumn));
}

const PhoneNumber *PhoneNumberTableModel::numberAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows.at(row).number;
}

int PhoneNumberTableModel::rowOfId(const QString &id) const
{
    const int row = m_rowById.value(id, -1);
    return row < rowCount() ? row : -1;
}

void PhoneNumberTableModel::upsertNumber(const PhoneNumber &number)
{
    flushIncoming();
    const bool inFilter = !m_statusFilter || number.status == *m_statusFilter;
    const int row = rowOfId(number.id);
    if (row >= 0 && !inFilter) {
        removeNumber(number.id);
        return;
    }
    if (row >= 0) {
        NumberSearchKey key;
        m_rows[row] = m_rowBuilder.build(number, &key);
        m_searchIndex.replace(row, key);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!inFilter)
        return;

    const int last = rowCount();
    beginInsertRows({}, last, last);
    m_rowById.insert(number.id, last);
    NumberSearchKey key;
    m_rows.append(m_rowBuilder.build(number, &key));
    m_searchIndex.append(key);
    m_shownRows = int(m_rows.size());
    if (m_total)
        ++*m_total;
    endInsertRows();
}

void PhoneNumberTableModel::removeNumber(const QString &id)
{
    flushIncoming();
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    --m_shownRows;
    m_searchIndex.remove(row);
    m_rowById.remove(id);
    reindexFrom(row);
    if (m_total && *m_total > 0)
        --*m_total;
    endRemoveRows();
}

void PhoneNumberTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).number.id] = i;
}
