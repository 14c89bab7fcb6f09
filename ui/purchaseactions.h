#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiClient;
class MainWindow;
class PurchaseWizard;
class QAction;

// "Buy Numbers…" in the main window: opens the purchase wizard and puts every number it buys or
// routes into the table as it happens, without reloading the list.
class PurchaseActions : public QObject
{
    Q_OBJECT

public:
    PurchaseActions(MainWindow *window, ApiClient *client);

    // The country searches start with (e.g. from the workspace's profile); the locale's otherwise.
    void setDefaultCountry(const QString &regionCode) { m_defaultCountry = regionCode; }

    QAction *buyAction() const { return m_buy; }

    // Opens the wizard, or brings the open one to the front.
    PurchaseWizard *openWizard();

    // Selects these numbers (ids) in the table and scrolls to them.
    void showNumbers(const QStringList &ids);

private:
    MainWindow *m_window;
    ApiClient *m_client;
    QString m_defaultCountry;
    QAction *m_buy;
    QPointer<PurchaseWizard> m_wizard;
};
