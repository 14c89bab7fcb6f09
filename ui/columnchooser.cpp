#include "columnchooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

ColumnChooser::ColumnChooser(QHeaderView *header, QList<int> requiredColumns, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_required(std::move(requiredColumns))
    , m_menu(new QMenu(tr("&Columns"), header))
{
    m_menu->setObjectName(u"columnsMenu"_s);
    // Built when shown, so it follows the current order and the columns' current titles.
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::rebuildMenu);

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_menu->popup(m_header->viewport()->mapToGlobal(pos)); });
    rebuildMenu();
}

void ColumnChooser::rebuildMenu()
{
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;

    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        const QString title = model->headerData(column, m_header->orientation()).toString();
        QAction *action = m_menu->addAction(title);
        action->setObjectName(u"showColumn%1"_s.arg(column));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(!m_required.contains(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool visible) { setColumnVisible(column, visible); });
    }
    m_menu->addSeparator();
    QAction *reset = m_menu->addAction(tr("&Reset Columns"));
    reset->setObjectName(u"resetColumnsAction"_s);
    connect(reset, &QAction::triggered, this, &ColumnChooser::resetRequested);
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (!visible && m_required.contains(column))
        return;
    if (m_header->isSectionHidden(column) == !visible)
        return;
    m_header->setSectionHidden(column, !visible);
    Q_EMIT columnsChanged();
}
