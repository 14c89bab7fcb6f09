#pragma once

#include "numbertext.h"
#include "phonenumber.h"

#include <QDialog>

class QTableWidget;

// Shown when a number changed on the server after a dialog opened it: the differences field by
// field (as opened, as now on the server, and what this person is about to save), and a choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice {
        Cancelled = QDialog::Rejected,
        SaveMine = 10,   // apply this person's changes over the server's current version
        TakeTheirs = 11, // load the server's version and keep editing, own edits kept elsewhere
    };

    struct Difference
    {
        QString key;   // the API field: "display_name", "forwarding"…
        QString field; // for people: "Display name"
        QString opened;
        QString current;
        QString mine;
        bool changedByMe = false; // this person also changed the field: saving overwrites theirs
    };

    // The fields shown in the dialogs, compared between two versions of a number; `mine` is the
    // opened version with this person's edits applied.
    static QList<Difference> differences(const PhoneNumber &opened, const PhoneNumber &current,
            const PhoneNumber &mine, const NumberText::ServiceNamer &namer);

    ConflictDialog(
            const QString &number, const QList<Difference> &differences, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
