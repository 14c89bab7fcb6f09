#include "phonenumbertablemodel.h"

#include "modelslog.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcModels, "amigo.models", QtInfoMsg)

// The API's maximum page size: fewer round trips for the same rows.
static constexpr int PageSize = 20;

// Isolates text from the surrounding direction (FSI … PDI), so bidi controls inside a display
// name or note cannot reorder the rest of the row.
static QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

// Numbers are always read left to right, even in a right-to-left interface (LRI … PDI).
static QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

static QString tokenKey(const QJsonValue &token)
{
    if (token.isDouble())
        return QString::number(token.toDouble(), 'g', 17);
    return token.toString();
}

PhoneNumberTableModel::PhoneNumberTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{
}

PhoneNumberTableModel::~PhoneNumberTableModel()
{
    m_pending.cancel();
}

int PhoneNumberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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

static QString capabilitiesText(const QStringList &capabilities)
{
    QStringList words;
    for (const QString &capability : capabilities) {
        if (capability == u"inbound")
            words.append(PhoneNumberTableModel::tr("Inbound"));
        else if (capability == u"outbound")
            words.append(PhoneNumberTableModel::tr("Outbound"));
        else
            words.append(capability);
    }
    return words.join(u", "_s);
}

static QString statusText(const QString &status)
{
    if (status == u"active")
        return PhoneNumberTableModel::tr("Active");
    if (status == u"inactive")
        return PhoneNumberTableModel::tr("Inactive");
    return status;
}

QVariant PhoneNumberTableModel::displayData(const Row &row, int column) const
{
    const PhoneNumber &number = row.number;
    switch (column) {
    case NumberColumn:
        return leftToRight(row.presentation.national);
    case CountryColumn:
        return row.presentation.regionCode.isEmpty()
                ? tr("Unknown")
                : u"%1 %2"_s.arg(row.presentation.regionCode, row.presentation.countryName);
    case DisplayNameColumn:
        return isolated(number.displayName);
    case StatusColumn:
        return statusText(number.status);
    case CapabilitiesColumn:
        return capabilitiesText(number.capabilities);
    case InboundServiceColumn:
        return serviceName(number.inboundServiceId);
    case ForwardingColumn:
        if (!number.forwarding)
            return tr("Off");
        if (!number.forwarding->enabled)
            return tr("Disabled (%1)").arg(
                    leftToRight(PhoneNumberFormat::present(number.forwarding->forwardTo).national));
        return tr("To %1").arg(leftToRight(
                PhoneNumberFormat::present(number.forwarding->forwardTo).international));
    case UpdatedColumn:
        return QLocale().toString(number.updatedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant PhoneNumberTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.number.phoneNumber;
    case UpdatedColumn:
        return row.number.updatedAt;
    default:
        return displayData(row, column).toString().toCaseFolded();
    }
}

QVariant PhoneNumberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return row.presentation.international;
        if (index.column() == DisplayNameColumn || index.column() == ForwardingColumn)
            return displayData(row, index.column());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !row.number.isActive())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
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
    }
    return {};
}

QVariant PhoneNumberTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
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

bool PhoneNumberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_pending.isRunning() && !m_lastError;
}

void PhoneNumberTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void PhoneNumberTableModel::requestPage()
{
    PhoneNumberListQuery query;
    query.status = m_statusFilter;
    query.limit = PageSize;
    query.continuationToken = m_nextToken;

    const quint64 generation = m_generation;
    m_pending = m_client->listPhoneNumbers(
            query, this, [this, generation](const Result<PhoneNumberPage> &result) {
                onPage(generation, result);
            });
    Q_EMIT loadingChanged(true);
}

void PhoneNumberTableModel::onPage(quint64 generation, const Result<PhoneNumberPage> &result)
{
    // A reply for a list that has since been refreshed or filtered differently.
    if (generation != m_generation)
        return;
    m_pending = {};

    if (!result) {
        if (!result.error().isCancelled()) {
            m_lastError = result.error();
            Q_EMIT loadFailed(result.error());
        }
        Q_EMIT loadingChanged(false);
        return;
    }

    const PhoneNumberPage &page = result.value();
    QList<Row> fresh;
    fresh.reserve(page.items.size());
    for (const PhoneNumber &number : page.items) {
        const int existing = rowOfId(number.id);
        if (existing >= 0) {
            // Overlapping pages: keep one row per id, with the newest data.
            m_rows[existing].number = number;
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        fresh.append({number, PhoneNumberFormat::present(number.phoneNumber)});
    }

    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (Row &row : fresh) {
            m_rowById.insert(row.number.id, static_cast<int>(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }

    m_total = page.total;
    const QString token = tokenKey(page.continuationToken);
    const bool tokenMissing = page.continuationToken.isNull()
            || page.continuationToken.isUndefined();
    QString stuckReason;
    if (page.hasMore && tokenMissing)
        stuckReason = tr("the server said there is more but gave no continuation token");
    else if (page.hasMore && page.items.isEmpty())
        stuckReason = tr("the server sent an empty page but said there is more");
    else if (page.hasMore && token == tokenKey(m_nextToken))
        stuckReason = tr("the server repeated the same continuation token");

    m_hasMore = page.hasMore && stuckReason.isEmpty();
    m_nextToken = page.continuationToken;
    Q_EMIT pageLoaded(static_cast<int>(fresh.size()));

    if (!stuckReason.isEmpty()) {
        qCWarning(lcModels) << "Paging stopped:" << stuckReason;
        ApiError error(ApiError::Kind::MalformedResponse,
                       tr("The list may be incomplete: %1. Refresh to try again.").arg(stuckReason));
        error.setEndpoint(tr("list phone numbers"));
        Q_EMIT loadFailed(error);
    }
    Q_EMIT loadingChanged(false);
}

void PhoneNumberTableModel::reset()
{
    ++m_generation;
    m_pending.cancel();
    m_pending = {};
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_nextToken = QJsonValue();
    m_hasMore = true;
    m_total.reset();
    m_lastError.reset();
    endResetModel();
}

void PhoneNumberTableModel::setStatusFilter(const std::optional<QString> &status)
{
    m_statusFilter = status;
    refresh();
}

void PhoneNumberTableModel::refresh()
{
    reset();
    requestPage();
}

void PhoneNumberTableModel::retry()
{
    if (!m_lastError || m_pending.isRunning())
        return;
    m_lastError.reset();
    requestPage();
}

void PhoneNumberTableModel::setServiceNames(const QHash<QString, QString> &names)
{
    m_serviceNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, InboundServiceColumn),
                           index(rowCount() - 1, InboundServiceColumn));
}

const PhoneNumber *PhoneNumberTableModel::numberAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).number;
}

int PhoneNumberTableModel::rowOfId(const QString &id) const
{
    return m_rowById.value(id, -1);
}
