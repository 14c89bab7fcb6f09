#include "bulkeditdialog.h"
#include "dialogtestsupport.h"
#include "servicelistmodel.h"
#include "servicepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class tst_BulkEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void applyWaitsForAChoice();
    void oneFailureInTheMiddleDoesNotStopTheRest();
    void failedNumbersCanBeRetried();
    void setsTheInboundServiceOfAll();
    void clearsForwardingOfAll();
    void everyControlHasAnAccessibleName();

private:
    void openDialog(const QStringList &e164s, ApiClient *client = nullptr);
    void setStatus(const QString &status);
    void run();

    std::unique_ptr<SandboxSession> m_session;
    std::unique_ptr<ServiceListModel> m_services;
    std::unique_ptr<BulkEditDialog> m_dialog;
    QList<PhoneNumber> m_numbers;
};

void tst_BulkEditDialog::init()
{
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
}

void tst_BulkEditDialog::cleanup()
{
    m_dialog.reset();
    m_services.reset();
    m_session.reset();
}

void tst_BulkEditDialog::openDialog(const QStringList &e164s, ApiClient *client)
{
    m_numbers.clear();
    for (const QString &e164 : e164s) {
        const auto number = m_session->byE164(e164);
        QVERIFY(number);
        m_numbers.append(*number);
    }
    ApiClient *used = client ? client : m_session->owner();
    m_services = std::make_unique<ServiceListModel>(used);
    m_dialog = std::make_unique<BulkEditDialog>(used, m_numbers, m_services.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTRY_VERIFY(!m_services->isLoading());
}

void tst_BulkEditDialog::setStatus(const QString &status)
{
    m_dialog->findChild<QGroupBox *>(u"statusGroup"_s)->setChecked(true);
    auto *combo = m_dialog->findChild<QComboBox *>(u"statusCombo"_s);
    combo->setCurrentIndex(combo->findData(status));
}

void tst_BulkEditDialog::run()
{
    auto *apply = m_dialog->findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(apply->isEnabled());
    QSignalSpy finished(m_dialog.get(), &BulkEditDialog::runFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_dialog->isRunning());
}

void tst_BulkEditDialog::applyWaitsForAChoice()
{
    openDialog({u"+12125550100"_s, u"+12125550101"_s});
    auto *apply = m_dialog->findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(!apply->isEnabled());

    m_dialog->findChild<QCheckBox *>(u"clearForwardingCheck"_s)->setChecked(true);
    QVERIFY(apply->isEnabled());
    m_dialog->findChild<QCheckBox *>(u"clearForwardingCheck"_s)->setChecked(false);
    QVERIFY(!apply->isEnabled());
    setStatus(u"inactive"_s);
    QVERIFY(apply->isEnabled());
}

void tst_BulkEditDialog::oneFailureInTheMiddleDoesNotStopTheRest()
{
    openDialog({u"+12125550100"_s, u"+12125550101"_s, u"+17185550110"_s});
    QSignalSpy saved(m_dialog.get(), &BulkEditDialog::numberSaved);
    QSignalSpy removed(m_dialog.get(), &BulkEditDialog::numberRemoved);
    // The middle number disappears behind the dialog's back.
    QVERIFY(m_session->remove(m_numbers.at(1).id));
    setStatus(u"inactive"_s);

    run();

    auto *results = m_dialog->resultList();
    QCOMPARE(results->topLevelItemCount(), 3);
    QCOMPARE(results->topLevelItem(0)->text(1), u"Changed"_s);
    QVERIFY(results->topLevelItem(1)->text(1).contains(u"no longer in the workspace"_s));
    QCOMPARE(results->topLevelItem(2)->text(1), u"Changed"_s);
    QCOMPARE(m_dialog->findChild<QProgressBar *>(u"progressBar"_s)->value(), 3);
    QCOMPARE(m_dialog->succeededCount(), 2);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), m_numbers.at(1).id);
    QCOMPARE(m_session->get(m_numbers.at(0).id)->value().status, u"inactive"_s);
    QCOMPARE(m_session->get(m_numbers.at(2).id)->value().status, u"inactive"_s);
    QVERIFY(bannerText(m_dialog.get()).contains(u"2 changed"_s));
}

void tst_BulkEditDialog::failedNumbersCanBeRetried()
{
    // A viewer key is refused every change: all fail, none stops the others.
    openDialog({u"+12125550100"_s, u"+12125550101"_s, u"+17185550110"_s}, m_session->viewer());
    setStatus(u"inactive"_s);

    run();

    QCOMPARE(m_dialog->failedCount(), 3);
    QCOMPARE(m_dialog->findChild<QProgressBar *>(u"progressBar"_s)->value(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(m_dialog->resultList()->topLevelItem(row)->text(1).startsWith(u"Failed"_s));
    auto *retry = m_dialog->findChild<QPushButton *>(u"retryFailedButton"_s);
    QVERIFY(retry->isVisible());

    QSignalSpy finished(m_dialog.get(), &BulkEditDialog::runFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->failedCount(), 3);
    QCOMPARE(m_session->get(m_numbers.at(0).id)->value().status, u"active"_s);
}

void tst_BulkEditDialog::setsTheInboundServiceOfAll()
{
    openDialog({u"+12125550100"_s, u"+12125550101"_s});
    m_dialog->findChild<QGroupBox *>(u"serviceGroup"_s)->setChecked(true);
    auto *picker = m_dialog->findChild<ServicePicker *>(u"servicePicker"_s);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    const std::optional<QString> service = picker->selectedServiceId();
    QVERIFY(service);

    run();

    QCOMPARE(m_dialog->succeededCount(), 2);
    for (const PhoneNumber &number : std::as_const(m_numbers))
        QCOMPARE(m_session->get(number.id)->value().inboundServiceId, service);
}

void tst_BulkEditDialog::clearsForwardingOfAll()
{
    // Both seeded with forwarding.
    openDialog({u"+12125550142"_s, u"+14155550199"_s});
    for (const PhoneNumber &number : std::as_const(m_numbers))
        QVERIFY(number.forwarding);
    m_dialog->findChild<QCheckBox *>(u"clearForwardingCheck"_s)->setChecked(true);

    run();

    QCOMPARE(m_dialog->succeededCount(), 2);
    for (const PhoneNumber &number : std::as_const(m_numbers))
        QVERIFY(!m_session->get(number.id)->value().forwarding);
}

void tst_BulkEditDialog::everyControlHasAnAccessibleName()
{
    openDialog({u"+12125550100"_s, u"+12125550101"_s});
    m_dialog->findChild<QGroupBox *>(u"serviceGroup"_s)->setChecked(true);
    const QStringList unnamed = unnamedControls(m_dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(tst_BulkEditDialog)
#include "tst_bulkeditdialog.moc"
