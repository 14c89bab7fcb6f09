#include "charactercounter.h"
#include "conflictdialog.h"
#include "dialogtestsupport.h"
#include "numberdetailsdialog.h"
#include "servicelistmodel.h"
#include "servicepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

class tst_NumberDetailsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveIsDisabledUntilSomethingChanges();
    void savesOnlyWhatChangedAndCloses();
    void choosesTheInboundServiceByKeyboard();
    void serverFieldErrorAppearsBesideTheField();
    void lostUpdateShowsDifferencesAndKeepsTheirOtherFields();
    void takingTheirsKeepsEditingWithoutSaving();
    void cancelWithChangesAsksFirst();
    void cancelWithoutChangesCloses();
    void countersCountCodePointsAndTrimWholeCharacters();
    void failedSaveKeepsInputAndOffersRetry();
    void numberRemovedBehindTheDialogIsReported();
    void closingWhileSavingWaitsForTheAnswer();
    void unassigningTheServiceSaysWhenTheServerKeepsIt();
    void everyControlHasAnAccessibleName();

private:
    void openDialog(ApiClient *client);
    QPushButton *saveButton() const;
    QLineEdit *displayName() const;

    std::unique_ptr<SandboxSession> m_session;
    PhoneNumber m_number;
    std::unique_ptr<ServiceListModel> m_services;
    std::unique_ptr<NumberDetailsDialog> m_dialog;
};

void tst_NumberDetailsDialog::init()
{
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
    const auto number = m_session->byE164(u"+12125550100"_s);
    QVERIFY(number);
    m_number = *number;
    QVERIFY(m_number.inboundServiceId);
}

void tst_NumberDetailsDialog::cleanup()
{
    m_dialog.reset();
    m_services.reset();
    m_session.reset();
}

void tst_NumberDetailsDialog::openDialog(ApiClient *client)
{
    m_services = std::make_unique<ServiceListModel>(client);
    m_dialog = std::make_unique<NumberDetailsDialog>(client, m_number, m_services.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTRY_VERIFY(!m_services->isLoading());
}

QPushButton *tst_NumberDetailsDialog::saveButton() const
{
    return m_dialog->findChild<QPushButton *>(u"saveButton"_s);
}

QLineEdit *tst_NumberDetailsDialog::displayName() const
{
    return m_dialog->findChild<QLineEdit *>(u"displayNameEdit"_s);
}

void tst_NumberDetailsDialog::saveIsDisabledUntilSomethingChanges()
{
    openDialog(m_session->owner());
    QVERIFY(!saveButton()->isEnabled());
    QCOMPARE(displayName()->text(), m_number.displayName);

    displayName()->setFocus();
    QTest::keyClicks(displayName(), u" (main)"_s);
    QVERIFY(saveButton()->isEnabled());

    for (int i = 0; i < 7; ++i)
        QTest::keyClick(displayName(), Qt::Key_Backspace);
    QCOMPARE(displayName()->text(), m_number.displayName);
    QVERIFY(!saveButton()->isEnabled());
}

void tst_NumberDetailsDialog::savesOnlyWhatChangedAndCloses()
{
    openDialog(m_session->owner());
    QSignalSpy saved(m_dialog.get(), &NumberDetailsDialog::numberSaved);

    displayName()->setText(u"Manhattan — main line"_s);
    const PhoneNumberUpdate update = m_dialog->pendingUpdate();
    QVERIFY(update.displayName.hasValue());
    QVERIFY(update.notes.isAbsent());
    QVERIFY(update.status.isAbsent());
    QVERIFY(update.capabilities.isAbsent());
    QVERIFY(update.inboundServiceId.isAbsent());
    QVERIFY(update.forwarding.isAbsent());

    QTest::mouseClick(saveButton(), Qt::LeftButton);

    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_session->get(m_number.id);
    QVERIFY(stored && *stored);
    QCOMPARE(stored->value().displayName, u"Manhattan — main line"_s);
    QCOMPARE(stored->value().notes, m_number.notes);
    QCOMPARE(stored->value().inboundServiceId, m_number.inboundServiceId);
    QCOMPARE(saved.first().first().value<PhoneNumber>().displayName, u"Manhattan — main line"_s);
}

void tst_NumberDetailsDialog::choosesTheInboundServiceByKeyboard()
{
    openDialog(m_session->owner());
    auto *picker = m_dialog->findChild<ServicePicker *>(u"servicePicker"_s);
    QVERIFY(picker);
    QTRY_VERIFY(m_services->rowCount() > 2);
    QCOMPARE(picker->selectedServiceId(), m_number.inboundServiceId);

    // Type part of another service's name, then pick it with the arrow keys.
    picker->searchEdit()->setFocus();
    QTest::keyClicks(picker->searchEdit(), u"Billing"_s);
    QTRY_COMPARE(m_services->search(), u"Billing"_s);
    QTRY_VERIFY(!m_services->isLoading());
    QCOMPARE(m_services->rowCount(), 2); // "None" and the match
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    const auto billing = picker->selectedServiceId();
    QVERIFY(billing);
    QCOMPARE(m_services->nameOf(*billing), u"Billing Questions"_s);

    QSignalSpy saved(m_dialog.get(), &NumberDetailsDialog::numberSaved);
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_session->get(m_number.id)->value().inboundServiceId, billing);
}

void tst_NumberDetailsDialog::serverFieldErrorAppearsBesideTheField()
{
    openDialog(m_session->owner());
    // A service deleted after the list was loaded: the server answers 422 on its id.
    Service retired;
    retired.id = u"7d3c1a53-4c55-4a3e-9d52-0a3c9b6f1e00"_s;
    retired.name = u"Retired service"_s;
    m_services->remember(retired);
    displayName()->setText(u"Typed before the failure"_s);
    m_dialog->findChild<ServicePicker *>(u"servicePicker"_s)->setSelectedServiceId(retired.id);

    QTest::mouseClick(saveButton(), Qt::LeftButton);

    auto *fieldError = m_dialog->findChild<QLabel *>(u"inbound_service_idError"_s);
    QVERIFY(fieldError);
    QTRY_VERIFY(fieldError->isVisible());
    QVERIFY(!fieldError->text().isEmpty());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(displayName()->text(), u"Typed before the failure"_s);
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(!m_dialog->findChild<QLabel *>(u"display_nameError"_s)->isVisible());
    QCOMPARE(m_session->get(m_number.id)->value().displayName, m_number.displayName);

    // The error stays while other fields are edited, and goes when a service is chosen.
    displayName()->setText(u"Typed after the failure"_s);
    QVERIFY(fieldError->isVisible());
    QVERIFY(chooseNoService(m_dialog.get()));
    QVERIFY(!fieldError->isVisible());
}

void tst_NumberDetailsDialog::lostUpdateShowsDifferencesAndKeepsTheirOtherFields()
{
    openDialog(m_session->owner());
    displayName()->setText(u"My new name"_s);
    PhoneNumberUpdate theirs;
    theirs.notes = u"Changed by a colleague"_s;
    QVERIFY(m_session->update(m_number.id, theirs));

    QTest::mouseClick(saveButton(), Qt::LeftButton);

    ConflictDialog *conflict = nullptr;
    QTRY_VERIFY((conflict = m_dialog->findChild<ConflictDialog *>()));
    QTRY_VERIFY(conflict->isVisible());
    QCOMPARE(conflict->table()->rowCount(), 1);
    QCOMPARE(conflict->table()->item(0, 0)->text(), u"Notes"_s);
    QCOMPARE(conflict->table()->item(0, 2)->text(), u"Changed by a colleague"_s);

    QSignalSpy saved(m_dialog.get(), &NumberDetailsDialog::numberSaved);
    QTest::mouseClick(conflict->findChild<QPushButton *>(u"saveMineButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const PhoneNumber stored = m_session->get(m_number.id)->value();
    QCOMPARE(stored.displayName, u"My new name"_s);
    QCOMPARE(stored.notes, u"Changed by a colleague"_s);
}

void tst_NumberDetailsDialog::takingTheirsKeepsEditingWithoutSaving()
{
    openDialog(m_session->owner());
    displayName()->setText(u"My name"_s);
    auto *notes = m_dialog->findChild<QPlainTextEdit *>(u"notesEdit"_s);
    notes->setPlainText(u"My notes"_s);
    PhoneNumberUpdate theirs;
    theirs.displayName = u"Their name"_s;
    QVERIFY(m_session->update(m_number.id, theirs));

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    ConflictDialog *conflict = nullptr;
    QTRY_VERIFY((conflict = m_dialog->findChild<ConflictDialog *>()));
    QCOMPARE(conflict->table()->item(0, 0)->text(), u"Display name"_s);
    QCOMPARE(conflict->table()->item(0, 1)->text(), m_number.displayName);
    QCOMPARE(conflict->table()->item(0, 3)->text(), u"My name"_s);
    QTest::mouseClick(conflict->findChild<QPushButton *>(u"takeTheirsButton"_s), Qt::LeftButton);

    QTRY_COMPARE(displayName()->text(), u"Their name"_s);
    QCOMPARE(notes->toPlainText(), u"My notes"_s);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->hasUnsavedChanges());
    QCOMPARE(m_session->get(m_number.id)->value().notes, m_number.notes);
}

void tst_NumberDetailsDialog::cancelWithChangesAsksFirst()
{
    openDialog(m_session->owner());
    displayName()->setText(u"Unsaved"_s);
    auto *cancel = m_dialog->findChild<QPushButton *>(u"cancelButton"_s);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s)));
    QVERIFY(m_dialog->isVisible());
    QTest::mouseClick(messageBoxButton(box, u"Keep editing"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(displayName()->text(), u"Unsaved"_s);

    // Escape asks too.
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s)));
    QVERIFY(m_dialog->isVisible());
    QTest::mouseClick(messageBoxButton(box, u"Discard changes"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_session->get(m_number.id)->value().displayName, m_number.displayName);
}

void tst_NumberDetailsDialog::cancelWithoutChangesCloses()
{
    openDialog(m_session->owner());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(!m_dialog->findChild<QMessageBox *>());
}

void tst_NumberDetailsDialog::countersCountCodePointsAndTrimWholeCharacters()
{
    openDialog(m_session->owner());
    auto *counter = m_dialog->findChild<CharacterCounter *>(u"displayNameCounter"_s);
    const QString emoji = u"😀"_s;

    displayName()->setText(emoji.repeated(256));
    QCOMPARE(counter->count(), 256);
    QVERIFY(counter->fits());
    QVERIFY(saveButton()->isEnabled());

    displayName()->setText(emoji.repeated(256) + u"e\u0301"_s);
    QCOMPARE(counter->count(), 258);
    QVERIFY(!counter->fits());
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(counter->text().contains(u"2 too many"_s));
    auto *trim = counter->findChild<QToolButton *>(u"trimButton"_s);
    QVERIFY(trim->isVisible());

    QTest::mouseClick(trim, Qt::LeftButton);
    QCOMPARE(displayName()->text(), emoji.repeated(256));
    QVERIFY(counter->fits());
    QVERIFY(saveButton()->isEnabled());
    // The cut can be undone: nothing typed is lost for good.
    displayName()->undo();
    QCOMPARE(displayName()->text(), emoji.repeated(256) + u"e\u0301"_s);
}

void tst_NumberDetailsDialog::failedSaveKeepsInputAndOffersRetry()
{
    // A viewer key may read but not change numbers: the server answers 403.
    openDialog(m_session->viewer());
    displayName()->setText(u"Typed by a viewer"_s);
    auto *notes = m_dialog->findChild<QPlainTextEdit *>(u"notesEdit"_s);
    notes->setPlainText(u"Notes typed by a viewer"_s);

    QTest::mouseClick(saveButton(), Qt::LeftButton);

    auto *banner = m_dialog->findChild<MessageBanner *>();
    QTRY_VERIFY(!banner->text().isEmpty());
    QVERIFY(banner->isRetryOffered());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(displayName()->text(), u"Typed by a viewer"_s);
    QCOMPARE(notes->toPlainText(), u"Notes typed by a viewer"_s);
    QVERIFY(displayName()->isEnabled());
    QVERIFY(saveButton()->isEnabled());
}

void tst_NumberDetailsDialog::numberRemovedBehindTheDialogIsReported()
{
    openDialog(m_session->owner());
    QSignalSpy removed(m_dialog.get(), &NumberDetailsDialog::numberRemoved);
    displayName()->setText(u"Too late"_s);
    QVERIFY(m_session->remove(m_number.id));

    QTest::mouseClick(saveButton(), Qt::LeftButton);

    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), m_number.id);
    QVERIFY(bannerText(m_dialog.get()).contains(u"no longer in the workspace"_s));
    QCOMPARE(displayName()->text(), u"Too late"_s);
}

void tst_NumberDetailsDialog::closingWhileSavingWaitsForTheAnswer()
{
    // A slow server: every answer takes 300 ms.
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error, 300), qPrintable(error));
    const auto number = m_session->byE164(u"+12125550100"_s);
    QVERIFY(number);
    m_number = *number;
    openDialog(m_session->owner());
    QSignalSpy saved(m_dialog.get(), &NumberDetailsDialog::numberSaved);
    displayName()->setText(u"Saved while closing"_s);

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);

    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s));
    QVERIFY(bannerText(m_dialog.get()).contains(u"Waiting for the server"_s));
    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_session->get(m_number.id)->value().displayName, u"Saved while closing"_s);
}

void tst_NumberDetailsDialog::unassigningTheServiceSaysWhenTheServerKeepsIt()
{
    // Assumed server behaviour (the contract leaves it open): an explicit null in a partial
    // update is ignored, as the sandbox does by default. The dialog must not claim success.
    openDialog(m_session->owner());
    auto *picker = m_dialog->findChild<ServicePicker *>(u"servicePicker"_s);
    picker->listView()->setFocus();
    picker->listView()->setCurrentIndex(m_services->index(0, 0)); // "None"
    QCOMPARE(picker->selectedServiceId(), std::nullopt);
    QVERIFY(m_dialog->pendingUpdate().inboundServiceId.isNull());
    QSignalSpy saved(m_dialog.get(), &NumberDetailsDialog::numberSaved);

    QTest::mouseClick(saveButton(), Qt::LeftButton);

    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(bannerText(m_dialog.get()).contains(u"kept the inbound service"_s),
            qPrintable(bannerText(m_dialog.get())));
    QCOMPARE(picker->selectedServiceId(), m_number.inboundServiceId);
    QCOMPARE(m_session->get(m_number.id)->value().inboundServiceId, m_number.inboundServiceId);
}

void tst_NumberDetailsDialog::everyControlHasAnAccessibleName()
{
    openDialog(m_session->owner());
    const QStringList unnamed = unnamedControls(m_dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(tst_NumberDetailsDialog)
#include "tst_numberdetailsdialog.moc"
