#include "servicepicker.h"

#include "servicelistmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

// Searching on every keystroke would send a request per letter.
static constexpr int SearchDelayMs = 250;

ServicePicker::ServicePicker(ServiceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_selectedLabel(new QLabel(this))
    , m_loadState(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    m_search->setObjectName(u"serviceSearch"_s);
    m_search->setPlaceholderText(tr("Type to search services by name…"));
    m_search->setAccessibleName(tr("Search services"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_list->setObjectName(u"serviceList"_s);
    m_list->setAccessibleName(tr("Services"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * 6 + 6);

    m_selectedLabel->setObjectName(u"selectedServiceLabel"_s);
    m_selectedLabel->setAccessibleName(tr("Chosen service"));
    m_loadState->setObjectName(u"serviceLoadState"_s);
    m_loadState->setWordWrap(true);
    m_retry->setObjectName(u"serviceRetryButton"_s);
    m_retry->setAccessibleName(tr("Load the services again"));
    m_retry->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadState, 1);
    loadRow->addWidget(m_retry);
    layout->addLayout(loadRow);
    layout->addWidget(m_selectedLabel);
    setFocusProxy(m_search);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServicePicker::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ServicePicker::highlightSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServicePicker::highlightSelected);
    connect(m_model, &ServiceListModel::loadingChanged, this, &ServicePicker::updateLoadState);
    connect(m_model, &ServiceListModel::loadFailed, this, &ServicePicker::updateLoadState);
    connect(m_retry, &QPushButton::clicked, m_model, &ServiceListModel::retry);
    connect(m_model, &ServiceListModel::serviceResolved, this, &ServicePicker::updateSelectedLabel);

    if (m_model->rowCount() <= (m_model->includesNone() ? 1 : 0) && !m_model->isLoading())
        m_model->refresh();
    updateLoadState();
    updateSelectedLabel();
}

void ServicePicker::setSelectedServiceId(const std::optional<QString> &serviceId)
{
    m_selected = serviceId;
    if (serviceId && m_model->nameOf(*serviceId).isEmpty())
        m_model->resolve(*serviceId);
    highlightSelected();
    updateSelectedLabel();
}

QString ServicePicker::selectedName() const
{
    if (!m_selected)
        return tr("None");
    const QString name = m_model->nameOf(*m_selected);
    return name.isEmpty() ? tr("Service %1").arg(*m_selected) : name;
}

bool ServicePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field move through the list without leaving the field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
                || key->key() == Qt::Key_PageUp) {
            const int step = key->key() == Qt::Key_Down ? 1
                    : key->key() == Qt::Key_Up          ? -1
                    : key->key() == Qt::Key_PageDown    ? 5
                                                        : -5;
            const int rows = m_model->rowCount();
            if (rows > 0) {
                const int current
                        = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
                const int next = std::clamp(current + step, 0, rows - 1);
                m_list->setCurrentIndex(m_model->index(next, 0));
                if (next == rows - 1 && m_model->canFetchMore({}))
                    m_model->fetchMore({});
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ServicePicker::onCurrentChanged()
{
    if (m_highlighting)
        return;
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const std::optional<QString> chosen = current.data(ServiceListModel::IsNoneRole).toBool()
            ? std::nullopt
            : std::optional<QString>(current.data(ServiceListModel::ServiceIdRole).toString());
    if (chosen == m_selected)
        return;
    m_selected = chosen;
    updateSelectedLabel();
    Q_EMIT selectionChanged(m_selected);
}

void ServicePicker::highlightSelected()
{
    const int row = m_model->rowOf(m_selected);
    m_highlighting = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    else
        m_list->selectionModel()->clearCurrentIndex();
    m_highlighting = false;
}

void ServicePicker::updateSelectedLabel()
{
    m_selectedLabel->setText(tr("Chosen: %1").arg(selectedName()));
}

void ServicePicker::updateLoadState()
{
    if (m_model->isLoading())
        m_loadState->setText(tr("Loading services…"));
    else if (m_model->lastError())
        m_loadState->setText(
                tr("Services could not be loaded: %1").arg(m_model->lastError()->message()));
    else if (m_model->rowCount() <= (m_model->includesNone() ? 1 : 0))
        m_loadState->setText(m_model->search().isEmpty()
                        ? tr("This workspace has no services.")
                        : tr("No service matches “%1”.").arg(m_model->search()));
    else
        m_loadState->clear();
    m_loadState->setVisible(!m_loadState->text().isEmpty());
    m_retry->setVisible(!m_model->isLoading() && m_model->lastError().has_value());
}
