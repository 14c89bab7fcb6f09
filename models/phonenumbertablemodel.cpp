#include "phonenumbertablemodel.h"

#include "modelslog.h"
#include "phonenumberformat.h"
#include "phonenumbertext.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcModels, "amigo.models", QtInfoMsg)

// The API's maximum page size: fewer round trips for the same rows.
static constexpr int PageSize = 20;

// How long loading all pages waits after a 429 that did not say how long to wait.
static constexpr std::chrono::milliseconds DefaultRateLimitWait = 5s;
// The longest single wait for the rate limit; the server may send a far-off reset time.
static constexpr std::chrono::milliseconds MaxRateLimitWait = 60s;

PhoneNumberTableModel::PhoneNumberTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_loadAllWait.setSingleShot(true);
    connect(&m_loadAllWait, &QTimer::timeout, this, &PhoneNumberTableModel::continueLoadAll);
    connect(client, &ApiClient::rateLimitChanged, this,
            [this](const RateLimitInfo &info) { m_rateLimit = info; });
}

PhoneNumberTableModel::~PhoneNumberTableModel()
{
    ++m_generation;
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

static QString countryText(const PhoneNumberRow &row)
{
    if (row.regionCode.isEmpty())
        return PhoneNumberTableModel::tr("Unknown");
    return row.regionCode + u' ' + row.countryName;
}

QVariant PhoneNumberTableModel::displayData(const PhoneNumberRow &row, int column) const
{
    const PhoneNumber &number = row.number;
    switch (column) {
    case NumberColumn:
        return PhoneNumberText::leftToRight(row.national);
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
        return row.national;
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
        result = QString::compare(left.countryName, right.countryName);
        break;
    case DisplayNameColumn:
        // Numbers without a name go after the named ones.
        if (left.number.displayName.isEmpty() != right.number.displayName.isEmpty())
            return right.number.displayName.isEmpty();
        result = QString::compare(left.searchKey.text, right.searchKey.text);
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

bool PhoneNumberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_cursor.hasMore() && !m_pageInFlight && !m_lastError;
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
    query.continuationToken = m_cursor.nextToken();

    const bool wasLoading = isLoading();
    const quint64 generation = m_generation;
    m_pageInFlight = true;
    m_pending = m_client->listPhoneNumbers(
            query, this, [this, generation](const Result<PhoneNumberPage> &result) {
                onPage(generation, result);
            });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void PhoneNumberTableModel::onPage(quint64 generation, const Result<PhoneNumberPage> &result)
{
    // A reply for a list that has since been refreshed or filtered differently.
    if (generation != m_generation)
        return;

    if (!result) {
        m_pageInFlight = false;
        m_pending = {};
        onPageFailed(result.error());
        return;
    }

    // The page counts as in flight until the cursor has moved on: views and testers react to the
    // inserted rows by asking for more, which must wait for the new token.
    const PhoneNumberPage &page = result.value();
    const int added = mergePage(page.items);
    if (page.total)
        m_total = page.total;
    const bool more
            = m_cursor.advance(page.hasMore, page.continuationToken, page.items.size(), added);
    m_pageInFlight = false;
    m_pending = {};
    if (m_cursor.isStuck()) {
        qCWarning(lcModels) << "Paging stopped:" << m_cursor.stuckReason();
        m_lastError = ApiError(ApiError::Kind::MalformedResponse,
                tr("The list may be incomplete: %1. Refresh to try again.")
                        .arg(m_cursor.stuckReason()));
        m_lastError->setEndpoint(tr("list phone numbers"));
    }
    Q_EMIT pageLoaded(added);

    if (m_cursor.isStuck()) {
        if (m_loadingAll)
            finishLoadAll();
        Q_EMIT loadFailed(*m_lastError);
    } else if (m_loadingAll && more) {
        Q_EMIT loadAllProgress(rowCount(), m_total);
        continueLoadAll();
    } else if (m_loadingAll) {
        finishLoadAll();
    }
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void PhoneNumberTableModel::onPageFailed(const ApiError &error)
{
    if (error.isCancelled()) {
        Q_EMIT loadingChanged(false);
        return;
    }
    if (m_loadingAll && error.kind() == ApiError::Kind::RateLimited) {
        const auto delay = error.retryAfter()
                ? std::chrono::duration_cast<std::chrono::milliseconds>(*error.retryAfter())
                : DefaultRateLimitWait;
        waitThenContinue(delay);
        Q_EMIT loadingChanged(false);
        return;
    }

    m_lastError = error;
    if (m_loadingAll)
        finishLoadAll();
    Q_EMIT loadFailed(error);
    Q_EMIT loadingChanged(false);
}

int PhoneNumberTableModel::mergePage(const QList<PhoneNumber> &items)
{
    QList<PhoneNumberRow> fresh;
    QHash<QString, qsizetype> freshById;
    for (const PhoneNumber &number : items) {
        if (const int existing = rowOfId(number.id); existing >= 0) {
            // Overlapping pages: one row per id, with the newest data.
            if (!(m_rows.at(existing).number == number)) {
                m_rows[existing] = PhoneNumberRow::from(number, m_strings);
                Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            }
            continue;
        }
        if (const auto repeated = freshById.constFind(number.id); repeated != freshById.cend()) {
            fresh[*repeated] = PhoneNumberRow::from(number, m_strings);
            continue;
        }
        freshById.insert(number.id, fresh.size());
        fresh.append(PhoneNumberRow::from(number, m_strings));
    }
    if (fresh.isEmpty())
        return 0;

    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (PhoneNumberRow &row : fresh) {
        m_rowById.insert(row.number.id, rowCount());
        m_rows.append(std::move(row));
    }
    endInsertRows();
    return int(fresh.size());
}

void PhoneNumberTableModel::loadAll()
{
    if (m_loadingAll || !m_cursor.hasMore())
        return;
    // A failed page is asked for again; a list whose tokens stopped advancing is not.
    m_lastError.reset();
    m_loadingAll = true;
    Q_EMIT loadingAllChanged(true);
    Q_EMIT loadAllProgress(rowCount(), m_total);
    continueLoadAll();
}

void PhoneNumberTableModel::continueLoadAll()
{
    if (!m_loadingAll || isLoading())
        return;
    if (!m_cursor.hasMore()) {
        finishLoadAll();
        return;
    }
    // The server said the budget is spent until its reset time: wait instead of earning a 429.
    if (m_rateLimit.remaining && *m_rateLimit.remaining <= 0 && m_rateLimit.reset) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(*m_rateLimit.reset);
        m_rateLimit = {};
        if (wait > 0) {
            waitThenContinue(std::chrono::milliseconds(wait));
            return;
        }
    }
    requestPage();
}

void PhoneNumberTableModel::waitThenContinue(std::chrono::milliseconds delay)
{
    delay = std::clamp(delay, std::chrono::milliseconds(0), MaxRateLimitWait);
    const int seconds = int((delay.count() + 999) / 1000);
    qCInfo(lcModels) << "Loading all numbers waits" << seconds << "s for the rate limit";
    m_loadAllWait.start(delay);
    Q_EMIT loadAllWaiting(seconds);
}

void PhoneNumberTableModel::cancelLoadAll()
{
    // A page in flight still lands: it is the current cursor's and costs nothing more.
    if (m_loadingAll)
        finishLoadAll();
}

void PhoneNumberTableModel::finishLoadAll()
{
    m_loadAllWait.stop();
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    Q_EMIT loadingAllChanged(false);
}

void PhoneNumberTableModel::reset()
{
    ++m_generation;
    m_pending.cancel();
    m_pending = {};
    m_pageInFlight = false;
    finishLoadAll();
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_strings.clear();
    m_cursor.reset();
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
    const bool wasLoading = isLoading();
    reset();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    // A view may already have asked for the first page while reacting to the reset.
    if (!isLoading())
        requestPage();
}

void PhoneNumberTableModel::retry()
{
    if (!m_lastError || m_cursor.isStuck() || isLoading())
        return;
    m_lastError.reset();
    requestPage();
}

void PhoneNumberTableModel::setServiceNames(const QHash<QString, QString> &names)
{
    m_serviceNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
                index(0, InboundServiceColumn), index(rowCount() - 1, InboundServiceColumn));
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

void PhoneNumberTableModel::upsertNumber(const PhoneNumber &number)
{
    const bool inFilter = !m_statusFilter || number.status == *m_statusFilter;
    const int row = rowOfId(number.id);
    if (row >= 0 && !inFilter) {
        removeNumber(number.id);
        return;
    }
    if (row >= 0) {
        m_rows[row] = PhoneNumberRow::from(number, m_strings);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!inFilter)
        return;

    const int last = rowCount();
    beginInsertRows({}, last, last);
    m_rowById.insert(number.id, last);
    m_rows.append(PhoneNumberRow::from(number, m_strings));
    if (m_total)
        ++*m_total;
    endInsertRows();
}

void PhoneNumberTableModel::removeNumber(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    reindexFrom(row);
    if (m_total && *m_total > 0)
        --*m_total;
    endRemoveRows();
}

void PhoneNumberTableModel::reindexFrom(int row)
{
    for (int i = row; i < rowCount(); ++i)
        m_rowById[m_rows.at(i).number.id] = i;
}
