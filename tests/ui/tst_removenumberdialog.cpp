#include "dialogtestsupport.h"
#include "removenumberdialog.h"
#include "servicelistmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

using Action = RemoveNumberDialog::Action;

class tst_RemoveNumberDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typedLastFourDigitsAreRequired_data();
    void typedLastFourDigitsAreRequired();
    void removeAndReleaseSayDifferentThings();
    void showsWhatIsAttachedFirst();
    void namesAServiceNotLoadedYet();
    void removesFromTheWorkspace();
    void enterConfirmsOnlyAfterTheDigits();
    void releasesToTheCarrier();
    void releaseNeedsACarrierSid();
    void alreadyGoneIsReportedAsDone();
    void failureKeepsTheDialogOpenWithRetry();
    void everyControlHasAnAccessibleName();

private:
    void openDialog(const QString &e164, Action action, ApiClient *client = nullptr);
    void confirm();
    QPushButton *actionButton() const;

    std::unique_ptr<SandboxSession> m_session;
    std::unique_ptr<ServiceListModel> m_services;
    std::unique_ptr<RemoveNumberDialog> m_dialog;
    PhoneNumber m_number;
};

void tst_RemoveNumberDialog::init()
{
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
}

void tst_RemoveNumberDialog::cleanup()
{
    m_dialog.reset();
    m_services.reset();
    m_session.reset();
}

void tst_RemoveNumberDialog::openDialog(const QString &e164, Action action, ApiClient *client)
{
    const auto number = m_session->byE164(e164);
    QVERIFY(number);
    m_number = *number;
    m_services = std::make_unique<ServiceListModel>(m_session->owner());
    m_services->refresh();
    QTRY_VERIFY(!m_services->isLoading());
    m_dialog = std::make_unique<RemoveNumberDialog>(client ? client : m_session->owner(), m_number,
            action, m_session->allNumbers(), m_services.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QPushButton *tst_RemoveNumberDialog::actionButton() const
{
    return m_dialog->findChild<QPushButton *>(u"actionButton"_s);
}

void tst_RemoveNumberDialog::confirm()
{
    auto *confirmation = m_dialog->findChild<QLineEdit *>(u"confirmationEdit"_s);
    confirmation->setFocus();
    QTest::keyClicks(confirmation, u"0100"_s);
    QVERIFY(actionButton()->isEnabled());
    QTest::mouseClick(actionButton(), Qt::LeftButton);
}

void tst_RemoveNumberDialog::typedLastFourDigitsAreRequired_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("confirmed");

    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("three digits") << u"010"_s << false;
    QTest::newRow("wrong digits") << u"0101"_s << false;
    QTest::newRow("the whole number") << u"12125550100"_s << false;
    QTest::newRow("last four") << u"0100"_s << true;
    QTest::newRow("last four with spaces") << u" 01 00 "_s << true;
    QTest::newRow("last four in Arabic-Indic digits") << u"٠١٠٠"_s << true;
}

void tst_RemoveNumberDialog::typedLastFourDigitsAreRequired()
{
    QFETCH(QString, typed);
    QFETCH(bool, confirmed);

    openDialog(u"+12125550100"_s, Action::RemoveFromWorkspace);
    QSignalSpy removed(m_dialog.get(), &RemoveNumberDialog::numberRemoved);
    QVERIFY(!actionButton()->isEnabled());

    m_dialog->findChild<QLineEdit *>(u"confirmationEdit"_s)->setText(typed);

    QCOMPARE(actionButton()->isEnabled(), confirmed);
    QCOMPARE(m_dialog->isConfirmed(), confirmed);
    if (!confirmed) {
        m_dialog->confirm();
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(m_session->get(m_number.id)->isOk());
    }
    QCOMPARE(removed.count(), 0);
}

void tst_RemoveNumberDialog::removeAndReleaseSayDifferentThings()
{
    openDialog(u"+12125550100"_s, Action::RemoveFromWorkspace);
    const QString removeTitle = m_dialog->windowTitle();
    const QString removeButton = actionButton()->text().remove(u'&');
    const QString removeText = m_dialog->findChild<QLabel *>(u"consequencesLabel"_s)->text();

    openDialog(u"+12125550100"_s, Action::ReleaseToCarrier);
    const QString releaseTitle = m_dialog->windowTitle();
    const QString releaseButton = actionButton()->text().remove(u'&');
    const QString releaseText = m_dialog->findChild<QLabel *>(u"consequencesLabel"_s)->text();

    QCOMPARE(removeButton, u"Remove from workspace"_s);
    QCOMPARE(releaseButton, u"Release to carrier"_s);
    QVERIFY(removeTitle.startsWith(u"Remove"_s));
    QVERIFY(releaseTitle.startsWith(u"Release"_s));
    QVERIFY(removeText.contains(u"stays on the carrier account"_s));
    QVERIFY(releaseText.contains(u"cannot be undone"_s));
    QVERIFY(!removeText.contains(u"cannot be undone"_s));
}

void tst_RemoveNumberDialog::showsWhatIsAttachedFirst()
{
    const auto forwarder = m_session->byE164(u"+12125550101"_s);
    QVERIFY(m_session->setForwarding(forwarder->id, {true, u"+12125550100"_s, true}));
    openDialog(u"+12125550100"_s, Action::RemoveFromWorkspace);

    const QString attached = m_dialog->attachmentsText();
    QVERIFY2(attached.contains(u"Front Desk Receptionist"_s), qPrintable(attached));
    QVERIFY2(attached.contains(u"Call forwarding: Off"_s), qPrintable(attached));
    QVERIFY2(attached.contains(u"212-555-0101"_s), qPrintable(attached));
}

void tst_RemoveNumberDialog::namesAServiceNotLoadedYet()
{
    // The services list has not been read (or the service is an inactive one on no page read):
    // the service is looked up by its id and named, never shown as an id.
    const auto number = m_session->byE164(u"+12125550100"_s);
    QVERIFY(number && number->inboundServiceId);
    m_number = *number;
    m_services = std::make_unique<ServiceListModel>(m_session->owner());
    QVERIFY(m_services->nameOf(*number->inboundServiceId).isEmpty());
    m_dialog = std::make_unique<RemoveNumberDialog>(m_session->owner(), m_number,
            Action::RemoveFromWorkspace, m_session->allNumbers(), m_services.get());
    m_dialog->show();

    QTRY_VERIFY2(m_dialog->attachmentsText().contains(u"Front Desk Receptionist"_s),
            qPrintable(m_dialog->attachmentsText()));
    QVERIFY(!m_dialog->attachmentsText().contains(*number->inboundServiceId));
}

void tst_RemoveNumberDialog::removesFromTheWorkspace()
{
    openDialog(u"+12125550100"_s, Action::RemoveFromWorkspace);
    QSignalSpy removed(m_dialog.get(), &RemoveNumberDialog::numberRemoved);

    confirm();

    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), m_number.id);
    QTRY_VERIFY(!m_dialog->isVisible());
    QVERIFY(m_session->get(m_number.id)->error().isNotFound());
}

void tst_RemoveNumberDialog::enterConfirmsOnlyAfterTheDigits()
{
    openDialog(u"+12125550100"_s, Action::RemoveFromWorkspace);
    QSignalSpy removed(m_dialog.get(), &RemoveNumberDialog::numberRemoved);
    auto *confirmation = m_dialog->findChild<QLineEdit *>(u"confirmationEdit"_s);
    confirmation->setFocus();

    // Too early: nothing happens, and the dialog stays with what was typed.
    QTest::keyClicks(confirmation, u"010"_s);
    QTest::keyClick(confirmation, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(confirmation->text(), u"010"_s);
    QVERIFY(m_session->get(m_number.id)->isOk());

    QTest::keyClick(confirmation, Qt::Key_0);
    QTest::keyClick(confirmation, Qt::Key_Enter);
    QTRY_COMPARE(removed.count(), 1);
    QTRY_VERIFY(!m_dialog->isVisible());
    QVERIFY(m_session->get(m_number.id)->error().isNotFound());
}

void tst_RemoveNumberDialog::releasesToTheCarrier()
{
    // Seeded with a carrier SID.
    openDialog(u"+12125550100"_s, Action::ReleaseToCarrier);
    QVERIFY(m_number.providerPhoneSid);
    QSignalSpy removed(m_dialog.get(), &RemoveNumberDialog::numberRemoved);

    confirm();

    QTRY_COMPARE(removed.count(), 1);
    QTRY_VERIFY(!m_dialog->isVisible());
    QVERIFY(m_session->get(m_number.id)->error().isNotFound());
}

void tst_RemoveNumberDialog::releaseNeedsACarrierSid()
{
    // Seeded without a carrier SID: the carrier release endpoint would refuse it.
    openDialog(u"+12125550101"_s, Action::ReleaseToCarrier);
    QVERIFY(!m_number.providerPhoneSid);

    m_dialog->findChild<QLineEdit *>(u"confirmationEdit"_s)->setText(u"0101"_s);

    QVERIFY(m_dialog->isConfirmed());
    QVERIFY(!actionButton()->isEnabled());
    QVERIFY(m_dialog->findChild<QLabel *>(u"noProviderSidLabel"_s)->isVisible());
}

void tst_RemoveNumberDialog::alreadyGoneIsReportedAsDone()
{
    openDialog(u"+12125550100"_s, Action::RemoveFromWorkspace);
    QSignalSpy removed(m_dialog.get(), &RemoveNumberDialog::numberRemoved);
    QVERIFY(m_session->remove(m_number.id));

    confirm();

    QTRY_COMPARE(removed.count(), 1);
    auto *banner = m_dialog->findChild<MessageBanner *>();
    QVERIFY(banner->text().contains(u"already been removed"_s));
    QVERIFY(!banner->isRetryOffered());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!actionButton()->isEnabled());
}

void tst_RemoveNumberDialog::failureKeepsTheDialogOpenWithRetry()
{
    openDialog(u"+12125550100"_s, Action::RemoveFromWorkspace, m_session->viewer());
    QSignalSpy removed(m_dialog.get(), &RemoveNumberDialog::numberRemoved);

    confirm();

    auto *banner = m_dialog->findChild<MessageBanner *>();
    QTRY_VERIFY(!banner->text().isEmpty());
    QVERIFY(banner->isRetryOffered());
    QCOMPARE(removed.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(u"confirmationEdit"_s)->text(), u"0100"_s);
    QVERIFY(m_session->get(m_number.id)->isOk());
}

void tst_RemoveNumberDialog::everyControlHasAnAccessibleName()
{
    openDialog(u"+12125550100"_s, Action::ReleaseToCarrier);
    const QStringList unnamed = unnamedControls(m_dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(tst_RemoveNumberDialog)
#include "tst_removenumberdialog.moc"
