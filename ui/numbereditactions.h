#pragma once

#include "phonenumber.h"
#include "removenumberdialog.h"

#include <QObject>

class ApiClient;
class BulkEditDialog;
class ForwardingDialog;
class MainWindow;
class NumberDetailsDialog;
class QAction;
class RegisterNumberDialog;
class ServiceListModel;

// The editing dialogs in the main window: actions in the Number menu, the tool bar and the
// table's context menu, and every saved change, registration and removal reflected in the table
// in place.
class NumberEditActions : public QObject
{
    Q_OBJECT

public:
    NumberEditActions(MainWindow *window, ApiClient *client);

    // The country for numbers typed without + (e.g. from the workspace's profile); the system
    // locale's by default.
    void setDefaultRegion(const QString &regionCode);

    QAction *editDetailsAction() const { return m_editDetails; }
    QAction *forwardingAction() const { return m_forwarding; }
    QAction *registerAction() const { return m_register; }
    QAction *removeAction() const { return m_remove; }
    QAction *releaseAction() const { return m_release; }
    QAction *bulkEditAction() const { return m_bulkEdit; }

    NumberDetailsDialog *editDetails(const PhoneNumber &number);
    ForwardingDialog *editForwarding(const PhoneNumber &number);
    RegisterNumberDialog *registerNumber();
    RemoveNumberDialog *remove(const PhoneNumber &number, RemoveNumberDialog::Action action);
    BulkEditDialog *bulkEdit(const QList<PhoneNumber> &numbers);

private:
    QAction *createAction(const QString &objectName, const QString &text, const QString &tip);
    QList<PhoneNumber> loadedNumbers() const;
    void updateActions();

    MainWindow *m_window;
    ApiClient *m_client;
    ServiceListModel *m_services;
    QString m_defaultRegion;
    QAction *m_editDetails;
    QAction *m_forwarding;
    QAction *m_register;
    QAction *m_remove;
    QAction *m_release;
    QAction *m_bulkEdit;
};
