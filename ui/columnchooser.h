#pragma once

#include <QObject>

class QHeaderView;
class QMenu;

// Lets people show and hide the columns of a table from the header's context menu (and from any
// menu that embeds menu()). Columns listed as required cannot be hidden.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    ColumnChooser(QHeaderView *header, QList<int> requiredColumns, QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }

    void setColumnVisible(int column, bool visible);

Q_SIGNALS:
    // A column was shown or hidden, or the layout reset.
    void columnsChanged();
    void resetRequested();

private:
    void rebuildMenu();

    QHeaderView *m_header;
    QList<int> m_required;
    QMenu *m_menu;
};
