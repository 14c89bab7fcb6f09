#include "dialogtestsupport.h"
#include "mainwindow.h"
#include "numberdetailsdialog.h"
#include "numbereditactions.h"
#include "phonenumberedit.h"
#include "phonenumbertablemodel.h"
#include "registernumberdialog.h"
#include "removenumberdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;

// The editing dialogs opened from the main window's actions, and the table following what they
// saved without reloading.
class tst_EditDialogsInMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void actionsFollowTheSelection();
    void savedDetailsUpdateTheRowInPlace();
    void removedNumberLeavesTheTable();
    void registeredNumberJoinsTheTable();

private:
    void selectRows(const QList<int> &rows);
    template<typename Dialog>
    Dialog *openedDialog();

    std::unique_ptr<SandboxSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    NumberEditActions *m_actions = nullptr;
};

void tst_EditDialogsInMainWindow::init()
{
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_session->owner());
    m_actions = new NumberEditActions(m_window.get(), m_session->owner());
    m_actions->setDefaultRegion(u"US"_s);
    QSignalSpy firstPage(m_window.get(), &MainWindow::firstPageFinished);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_COMPARE(firstPage.count(), 1);
    QVERIFY(firstPage.first().first().toBool());
}

void tst_EditDialogsInMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void tst_EditDialogsInMainWindow::selectRows(const QList<int> &rows)
{
    QTableView *table = m_window->table();
    table->setFocus();
    table->clearSelection();
    for (int row : rows) {
        const QModelIndex index = table->model()->index(row, 0);
        table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

template<typename Dialog>
Dialog *tst_EditDialogsInMainWindow::openedDialog()
{
    Dialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<Dialog *>()) != nullptr; }))
        return nullptr;
    return dialog;
}

void tst_EditDialogsInMainWindow::actionsFollowTheSelection()
{
    m_window->table()->clearSelection();
    m_window->table()->selectionModel()->clearCurrentIndex();
    QVERIFY(!m_actions->editDetailsAction()->isEnabled());
    QVERIFY(!m_actions->bulkEditAction()->isEnabled());
    QVERIFY(m_actions->registerAction()->isEnabled());

    selectRows({0});
    QVERIFY(m_actions->editDetailsAction()->isEnabled());
    QVERIFY(m_actions->forwardingAction()->isEnabled());
    QVERIFY(m_actions->removeAction()->isEnabled());
    QVERIFY(m_actions->releaseAction()->isEnabled());
    QVERIFY(!m_actions->bulkEditAction()->isEnabled());

    selectRows({0, 1, 2});
    QVERIFY(m_actions->bulkEditAction()->isEnabled());
}

void tst_EditDialogsInMainWindow::savedDetailsUpdateTheRowInPlace()
{
    PhoneNumberTableModel *model = m_window->model();
    selectRows({0});
    const PhoneNumber number = *m_window->currentNumber();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);

    m_actions->editDetailsAction()->trigger();
    auto *dialog = openedDialog<NumberDetailsDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->number().id, number.id);
    dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(u"Renamed from the window"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

    QTRY_COMPARE(
            model->numberAt(model->rowOfId(number.id))->displayName, u"Renamed from the window"_s);
    QVERIFY(changes.count() > 0);
    QCOMPARE(resets.count(), 0);
}

void tst_EditDialogsInMainWindow::removedNumberLeavesTheTable()
{
    PhoneNumberTableModel *model = m_window->model();
    selectRows({1});
    const PhoneNumber number = *m_window->currentNumber();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    m_actions->removeAction()->trigger();
    auto *dialog = openedDialog<RemoveNumberDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->action(), RemoveNumberDialog::Action::RemoveFromWorkspace);
    dialog->findChild<QLineEdit *>(u"confirmationEdit"_s)->setText(number.phoneNumber.right(4));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"actionButton"_s), Qt::LeftButton);

    QTRY_COMPARE(model->rowOfId(number.id), -1);
    QCOMPARE(resets.count(), 0);
    QVERIFY(m_session->get(number.id)->error().isNotFound());
}

void tst_EditDialogsInMainWindow::registeredNumberJoinsTheTable()
{
    PhoneNumberTableModel *model = m_window->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    m_actions->registerAction()->trigger();
    auto *dialog = openedDialog<RegisterNumberDialog>();
    QVERIFY(dialog);
    QSignalSpy registered(dialog, &RegisterNumberDialog::numberRegistered);
    dialog->findChild<PhoneNumberEdit *>(u"numberEdit"_s)->setText(u"(212) 555-0177"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"registerButton"_s), Qt::LeftButton);

    QTRY_COMPARE(registered.count(), 1);
    const QString id = registered.first().first().value<PhoneNumber>().id;
    QTRY_VERIFY(model->rowOfId(id) >= 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model->numberAt(model->rowOfId(id))->phoneNumber, u"+12125550177"_s);
}

QTEST_MAIN(tst_EditDialogsInMainWindow)
#include "tst_editdialogsinmainwindow.moc"
