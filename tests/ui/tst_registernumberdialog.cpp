#include "dialogtestsupport.h"
#include "phonenumberedit.h"
#include "registernumberdialog.h"
#include "servicelistmodel.h"
#include "servicepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class tst_RegisterNumberDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void registersANumberWithEveryField();
    void registerWaitsForAUsableNumber_data();
    void registerWaitsForAUsableNumber();
    void forwardingToItselfIsRefused();
    void alreadyRegisteredOffersTheExistingNumber_data();
    void alreadyRegisteredOffersTheExistingNumber();
    void alreadyRegisteredErrorGoesWhenTheNumberChanges();
    void serverFieldErrorAppearsBesideTheField();
    void cancelWithChangesAsksFirst();
    void everyControlHasAnAccessibleName();

private:
    void openDialog(const QList<PhoneNumber> &loaded = {});
    QLineEdit *numberEdit() const;
    QPushButton *registerButton() const;

    std::unique_ptr<SandboxSession> m_session;
    std::unique_ptr<ServiceListModel> m_services;
    std::unique_ptr<RegisterNumberDialog> m_dialog;
};

void tst_RegisterNumberDialog::init()
{
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
}

void tst_RegisterNumberDialog::cleanup()
{
    m_dialog.reset();
    m_services.reset();
    m_session.reset();
}

void tst_RegisterNumberDialog::openDialog(const QList<PhoneNumber> &loaded)
{
    m_services = std::make_unique<ServiceListModel>(m_session->owner());
    m_dialog = std::make_unique<RegisterNumberDialog>(m_session->owner(), m_services.get(), loaded);
    m_dialog->setDefaultRegion(u"GB"_s);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTRY_VERIFY(!m_services->isLoading());
}

QLineEdit *tst_RegisterNumberDialog::numberEdit() const
{
    return m_dialog->findChild<PhoneNumberEdit *>(u"numberEdit"_s)->lineEdit();
}

QPushButton *tst_RegisterNumberDialog::registerButton() const
{
    return m_dialog->findChild<QPushButton *>(u"registerButton"_s);
}

void tst_RegisterNumberDialog::registersANumberWithEveryField()
{
    openDialog();
    QSignalSpy registered(m_dialog.get(), &RegisterNumberDialog::numberRegistered);

    numberEdit()->setFocus();
    QTest::keyClicks(numberEdit(), u"020 7946 0999"_s);
    m_dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(u"Reception — Soho"_s);
    m_dialog->findChild<QCheckBox *>(u"outboundCheck"_s)->setChecked(false);
    auto *status = m_dialog->findChild<QComboBox *>(u"statusCombo"_s);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    auto *picker = m_dialog->findChild<ServicePicker *>(u"servicePicker"_s);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    const std::optional<QString> service = picker->selectedServiceId();
    QVERIFY(service);
    auto *forwarding = m_dialog->findChild<QGroupBox *>(u"forwardingGroup"_s);
    forwarding->setChecked(true);
    m_dialog->findChild<PhoneNumberEdit *>(u"forwardToEdit"_s)->setText(u"+1 212 555 0100"_s);
    m_dialog->findChild<QRadioButton *>(u"keepOnLineRadio"_s)->setChecked(true);

    QVERIFY(registerButton()->isEnabled());
    QTest::mouseClick(registerButton(), Qt::LeftButton);

    QTRY_COMPARE(registered.count(), 1);
    QTRY_VERIFY(!m_dialog->isVisible());
    const auto stored = m_session->byE164(u"+442079460999"_s);
    QVERIFY(stored);
    QCOMPARE(stored->displayName, u"Reception — Soho"_s);
    QCOMPARE(stored->capabilities, QStringList{u"inbound"_s});
    QCOMPARE(stored->status, u"inactive"_s);
    QCOMPARE(stored->inboundServiceId, service);
    QVERIFY(stored->forwarding);
    QCOMPARE(*stored->forwarding, (ForwardingConfig{true, u"+12125550100"_s, false}));
}

void tst_RegisterNumberDialog::registerWaitsForAUsableNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("usable");

    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("emergency number") << u"999"_s << false;
    QTest::newRow("too short") << u"020 7946"_s << false;
    QTest::newRow("extension") << u"020 7946 0999 ext. 12"_s << false;
    QTest::newRow("letters") << u"0800 FLOWERS"_s << false;
    QTest::newRow("national") << u"020 7946 0999"_s << true;
    QTest::newRow("possible but not in the numbering data") << u"07700 900999"_s << true;
}

void tst_RegisterNumberDialog::registerWaitsForAUsableNumber()
{
    QFETCH(QString, typed);
    QFETCH(bool, usable);

    openDialog();
    numberEdit()->setText(typed);

    QCOMPARE(registerButton()->isEnabled(), usable);
    QCOMPARE(m_dialog->pendingCreate().has_value(), usable);
}

void tst_RegisterNumberDialog::forwardingToItselfIsRefused()
{
    openDialog();
    numberEdit()->setText(u"020 7946 0999"_s);
    m_dialog->findChild<QGroupBox *>(u"forwardingGroup"_s)->setChecked(true);
    auto *target = m_dialog->findChild<PhoneNumberEdit *>(u"forwardToEdit"_s);
    target->setText(u"+44 20 7946 0999"_s);

    QVERIFY(target->isRefused());
    QVERIFY2(target->previewText().contains(u"cannot forward to itself"_s),
            qPrintable(target->previewText()));
    QVERIFY2(!target->previewText().contains(u"Valid"_s), qPrintable(target->previewText()));
    QVERIFY(!registerButton()->isEnabled());

    target->setText(u"+44 20 7946 0123"_s);
    QVERIFY(!target->isRefused());
    QVERIFY2(target->previewText().contains(u"Valid"_s), qPrintable(target->previewText()));
    QVERIFY(registerButton()->isEnabled());
}

void tst_RegisterNumberDialog::alreadyRegisteredOffersTheExistingNumber_data()
{
    QTest::addColumn<bool>("loaded");

    QTest::newRow("among the loaded numbers") << true;
    // Found by reading the server's pages: the last seeded number is on the last page.
    QTest::newRow("not loaded yet") << false;
}

void tst_RegisterNumberDialog::alreadyRegisteredOffersTheExistingNumber()
{
    QFETCH(bool, loaded);

    const auto existing = m_session->byE164(u"+14155550177"_s);
    QVERIFY(existing);
    openDialog(loaded ? m_session->allNumbers() : QList<PhoneNumber>());
    QSignalSpy openRequested(m_dialog.get(), &RegisterNumberDialog::openExistingRequested);
    numberEdit()->setText(u"+1 415 555 0177"_s);

    QTest::mouseClick(registerButton(), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"alreadyRegisteredBox"_s)));
    QVERIFY(m_dialog->findChild<QLabel *>(u"phone_numberError"_s)->isVisible());
    QTest::mouseClick(messageBoxButton(box, u"Open the registered number"_s), Qt::LeftButton);

    QTRY_COMPARE(openRequested.count(), 1);
    QCOMPARE(openRequested.first().first().value<PhoneNumber>().id, existing->id);
    QTRY_VERIFY(!m_dialog->isVisible());
}

void tst_RegisterNumberDialog::serverFieldErrorAppearsBesideTheField()
{
    openDialog();
    Service retired;
    retired.id = u"7d3c1a53-4c55-4a3e-9d52-0a3c9b6f1e00"_s;
    retired.name = u"Retired service"_s;
    m_services->remember(retired);
    numberEdit()->setText(u"020 7946 0999"_s);
    m_dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(u"Kept"_s);
    m_dialog->findChild<ServicePicker *>(u"servicePicker"_s)->setSelectedServiceId(retired.id);

    QTest::mouseClick(registerButton(), Qt::LeftButton);

    auto *fieldError = m_dialog->findChild<QLabel *>(u"inbound_service_idError"_s);
    QTRY_VERIFY(fieldError->isVisible());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(numberEdit()->text(), u"020 7946 0999"_s);
    QCOMPARE(m_dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->text(), u"Kept"_s);
    QVERIFY(!m_session->byE164(u"+442079460999"_s));

    // The error stays while other fields are edited, and goes when its own field is.
    m_dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(u"Kept, renamed"_s);
    QVERIFY(fieldError->isVisible());
    QVERIFY(chooseNoService(m_dialog.get()));
    QVERIFY(!fieldError->isVisible());
}

void tst_RegisterNumberDialog::alreadyRegisteredErrorGoesWhenTheNumberChanges()
{
    openDialog(m_session->allNumbers());
    numberEdit()->setText(u"+1 415 555 0177"_s);
    QTest::mouseClick(registerButton(), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"alreadyRegisteredBox"_s)));
    QTest::mouseClick(messageBoxButton(box, u"Keep editing"_s), Qt::LeftButton);
    QTRY_VERIFY(!box->isVisible());
    auto *fieldError = m_dialog->findChild<QLabel *>(u"phone_numberError"_s);
    QVERIFY(fieldError->isVisible());
    QCOMPARE(numberEdit()->text(), u"+1 415 555 0177"_s);

    numberEdit()->setText(u"+1 415 555 0178"_s);
    QVERIFY(!fieldError->isVisible());
    QVERIFY(m_dialog->isVisible());
}

void tst_RegisterNumberDialog::cancelWithChangesAsksFirst()
{
    openDialog();
    numberEdit()->setText(u"020 7946 0999"_s);

    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s)));
    QTest::mouseClick(messageBoxButton(box, u"Keep editing"_s), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(numberEdit()->text(), u"020 7946 0999"_s);
}

void tst_RegisterNumberDialog::everyControlHasAnAccessibleName()
{
    openDialog();
    m_dialog->findChild<QGroupBox *>(u"forwardingGroup"_s)->setChecked(true);
    const QStringList unnamed = unnamedControls(m_dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(tst_RegisterNumberDialog)
#include "tst_registernumberdialog.moc"
