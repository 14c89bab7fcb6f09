#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QList<ConflictDialog::Difference> ConflictDialog::differences(const PhoneNumber &opened,
        const PhoneNumber &current, const PhoneNumber &mine, const NumberText::ServiceNamer &namer)
{
    QList<Difference> result;
    const auto compare = [&](const QString &key, const QString &field, auto read, auto show) {
        if (read(opened) == read(current))
            return;
        result.append(Difference{key, field, show(read(opened)), show(read(current)),
                show(read(mine)), read(mine) != read(opened)});
    };
    const auto plain = [](const QString &text) {
        return text.isEmpty() ? tr("(empty)") : NumberText::excerpt(text);
    };

    compare(
            u"display_name"_s, tr("Display name"),
            [](const PhoneNumber &n) { return n.displayName; }, plain);
    compare(
            u"notes"_s, tr("Notes"), [](const PhoneNumber &n) { return n.notes; }, plain);
    compare(
            u"status"_s, tr("Status"), [](const PhoneNumber &n) { return n.status; },
            &NumberText::status);
    compare(
            u"capabilities"_s, tr("Capabilities"),
            [](const PhoneNumber &n) { return n.capabilities; }, &NumberText::capabilities);
    compare(
            u"inbound_service_id"_s, tr("Inbound service"),
            [](const PhoneNumber &n) { return n.inboundServiceId; },
            [&namer](const std::optional<QString> &id) { return NumberText::service(id, namer); });
    compare(
            u"forwarding"_s, tr("Call forwarding"),
            [](const PhoneNumber &n) { return n.forwarding; }, &NumberText::forwarding);
    return result;
}

ConflictDialog::ConflictDialog(
        const QString &number, const QList<Difference> &differences, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(differences.size()), 4, this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed by someone else"));

    auto *intro = new QLabel(tr("%1 was changed on the server after you opened it. Compare the "
                                "fields below and choose what to keep.")
                                     .arg(number),
            this);
    intro->setWordWrap(true);

    m_table->setObjectName(u"differencesTable"_s);
    m_table->setAccessibleName(tr("Differences between your version and the server's"));
    m_table->setHorizontalHeaderLabels(
            {tr("Field"), tr("When you opened it"), tr("On the server now"), tr("You will save")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < differences.size(); ++row) {
        const Difference &difference = differences.at(row);
        const QString mine = difference.changedByMe
                ? difference.mine
                : tr("%1 (theirs, unchanged by you)").arg(difference.current);
        const QStringList cells{difference.field, difference.opened, difference.current, mine};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 3 && difference.changedByMe) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveMine
            = buttons->addButton(tr("&Save my changes over theirs"), QDialogButtonBox::AcceptRole);
    saveMine->setObjectName(u"saveMineButton"_s);
    QPushButton *takeTheirs
            = buttons->addButton(tr("&Use theirs and keep editing"), QDialogButtonBox::ResetRole);
    takeTheirs->setObjectName(u"takeTheirsButton"_s);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    takeTheirs->setDefault(true);

    connect(saveMine, &QPushButton::clicked, this, [this] { done(SaveMine); });
    connect(takeTheirs, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 320);
}
