#include "conflictdialog.h"
#include "dialogtestsupport.h"
#include "forwardingdialog.h"
#include "phonenumberedit.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Qt::StringLiterals;

class tst_ForwardingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setsForwardingAndShowsWhatTheServerStored();
    void selfForwardingIsRefusedInAnyFormat_data();
    void selfForwardingIsRefusedInAnyFormat();
    void disabledForwardingToItselfCanBeSaved();
    void loopBackToTheNumberIsWarnedWithTheRoute();
    void longerLoopIsFollowedThroughTheLoadedNumbers();
    void targetThatForwardsElsewhereIsNoLoop();
    void clearingForwardingIsItsOwnAction();
    void forwardingChangedBehindTheDialogShowsTheDifference();
    void cancelWithChangesAsksFirst();
    void everyControlHasAnAccessibleName();

private:
    void openDialog(const PhoneNumber &number);
    PhoneNumber number(const QString &e164);
    QLineEdit *target() const;
    QPushButton *saveButton() const;

    std::unique_ptr<SandboxSession> m_session;
    std::unique_ptr<ForwardingDialog> m_dialog;
};

void tst_ForwardingDialog::init()
{
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
}

void tst_ForwardingDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
}

PhoneNumber tst_ForwardingDialog::number(const QString &e164)
{
    const auto found = m_session->byE164(e164);
    return found.value_or(PhoneNumber{});
}

void tst_ForwardingDialog::openDialog(const PhoneNumber &number)
{
    QVERIFY(!number.id.isEmpty());
    m_dialog = std::make_unique<ForwardingDialog>(
            m_session->owner(), number, m_session->allNumbers());
    m_dialog->setDefaultRegion(u"US"_s);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QLineEdit *tst_ForwardingDialog::target() const
{
    return m_dialog->findChild<PhoneNumberEdit *>(u"targetEdit"_s)->lineEdit();
}

QPushButton *tst_ForwardingDialog::saveButton() const
{
    return m_dialog->findChild<QPushButton *>(u"saveButton"_s);
}

void tst_ForwardingDialog::setsForwardingAndShowsWhatTheServerStored()
{
    openDialog(number(u"+12125550100"_s));
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"clearButton"_s)->isEnabled());
    QSignalSpy saved(m_dialog.get(), &ForwardingDialog::numberSaved);

    target()->setFocus();
    QTest::keyClicks(target(), u"+44 (0)20 7946 0123"_s);
    auto *keepOnLine = m_dialog->findChild<QRadioButton *>(u"keepOnLineRadio"_s);
    keepOnLine->setFocus();
    QTest::keyClick(keepOnLine, Qt::Key_Space);
    QVERIFY(keepOnLine->isChecked());
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);

    QTRY_COMPARE(saved.count(), 1);
    const PhoneNumber stored = m_session->get(m_dialog->number().id)->value();
    QVERIFY(stored.forwarding);
    QCOMPARE(*stored.forwarding, (ForwardingConfig{true, u"+442079460123"_s, false}));
    const QString shown = m_dialog->findChild<QLabel *>(u"storedForwardingLabel"_s)->text();
    QVERIFY2(shown.contains(u"+44 20 7946 0123"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"stays on the line"_s), qPrintable(shown));
    QVERIFY(bannerText(m_dialog.get()).contains(u"The server now stores"_s));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->hasUnsavedChanges());
    QVERIFY(!saveButton()->isEnabled());
}

void tst_ForwardingDialog::selfForwardingIsRefusedInAnyFormat_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("defaultRegion");

    QTest::newRow("E.164") << u"+12125550100"_s << u"US"_s;
    QTest::newRow("national") << u"(212) 555-0100"_s << u"US"_s;
    QTest::newRow("with NANP trunk 1") << u"1-212-555-0100"_s << u"US"_s;
    QTest::newRow("tel URI") << u"tel:+1-212-555-0100"_s << u"US"_s;
    QTest::newRow("fullwidth") << u"＋１ ２１２ ５５５ ０１００"_s << u"US"_s;
    QTest::newRow("Arabic-Indic digits") << u"٢١٢٥٥٥٠١٠٠"_s << u"US"_s;
    QTest::newRow("invisible marks") << u"\u200E212\u200B555 0100\u200F"_s << u"US"_s;
    QTest::newRow("US default, read from Canada") << u"212 555 0100"_s << u"CA"_s;
    QTest::newRow("digits without + under another country") << u"1 212 555 0100"_s << u"GB"_s;
}

void tst_ForwardingDialog::selfForwardingIsRefusedInAnyFormat()
{
    QFETCH(QString, typed);
    QFETCH(QString, defaultRegion);

    openDialog(number(u"+12125550100"_s));
    m_dialog->setDefaultRegion(defaultRegion);
    target()->setText(typed);

    QVERIFY(m_dialog->isSelfForwarding());
    // The field's own check result must not call the refused number valid.
    const auto *edit = m_dialog->findChild<PhoneNumberEdit *>(u"targetEdit"_s);
    const QString state = edit->findChild<QLabel *>(u"stateLabel"_s)->text();
    QVERIFY2(state.contains(u"Cannot be used"_s), qPrintable(state));
    QVERIFY2(!state.contains(u"Valid"_s) && !state.contains(u"✓"_s), qPrintable(state));
    const QString preview = edit->previewText();
    QVERIFY2(preview.contains(u"This is the number itself"_s), qPrintable(preview));
    QVERIFY2(!preview.contains(u"Will be saved as"_s), qPrintable(preview));
    QVERIFY(edit->isRefused());
    QVERIFY(!saveButton()->isEnabled());
    m_dialog->save();
    QVERIFY(!m_dialog->isBusy());
}

void tst_ForwardingDialog::disabledForwardingToItselfCanBeSaved()
{
    // Stored by an older client or another tool: the number forwards to itself.
    const QString own = u"+12125550100"_s;
    QVERIFY(m_session->setForwarding(number(own).id, ForwardingConfig{true, own, true}));
    openDialog(number(own));
    auto *edit = m_dialog->findChild<PhoneNumberEdit *>(u"targetEdit"_s);
    QVERIFY(m_dialog->isSelfForwarding());
    QVERIFY(edit->isRefused());
    QVERIFY(!saveButton()->isEnabled());
    QSignalSpy saved(m_dialog.get(), &ForwardingDialog::numberSaved);

    auto *enabled = m_dialog->findChild<QCheckBox *>(u"enabledCheck"_s);
    enabled->setFocus();
    QTest::keyClick(enabled, Qt::Key_Space);
    QVERIFY(!enabled->isChecked());
    // Save and the field say the same: nothing is wrong with a forwarding that is off.
    QVERIFY2(!edit->isRefused(), qPrintable(edit->previewText()));
    QVERIFY2(!edit->previewText().contains(u"itself"_s), qPrintable(edit->previewText()));
    QVERIFY2(saveButton()->isEnabled(), qPrintable(saveButton()->toolTip()));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(*m_session->get(m_dialog->number().id)->value().forwarding,
            (ForwardingConfig{false, own, true}));

    // Enabling it again brings the refusal back.
    QTest::keyClick(enabled, Qt::Key_Space);
    QVERIFY(edit->isRefused());
    QVERIFY(!saveButton()->isEnabled());
}

void tst_ForwardingDialog::loopBackToTheNumberIsWarnedWithTheRoute()
{
    const PhoneNumber first = number(u"+12125550100"_s);
    const PhoneNumber second = number(u"+12125550101"_s);
    QVERIFY(m_session->setForwarding(second.id, {true, first.phoneNumber, true}));

    openDialog(first);
    target()->setText(u"212 555 0101"_s);

    auto *route = m_dialog->findChild<QLabel *>(u"routeLabel"_s);
    QVERIFY(m_dialog->isLoopWarned());
    QVERIFY(route->isVisible());
    QVERIFY2(route->text().contains(u"loop"_s), qPrintable(route->text()));
    QCOMPARE(route->text().count(u"212-555-0100"_s), 2);
    QCOMPARE(route->text().count(u"212-555-0101"_s), 1);
    // A warning, not a refusal: the person may be about to change the other number too.
    QVERIFY(saveButton()->isEnabled());
}

void tst_ForwardingDialog::longerLoopIsFollowedThroughTheLoadedNumbers()
{
    const PhoneNumber first = number(u"+12125550100"_s);
    const PhoneNumber second = number(u"+12125550101"_s);
    const PhoneNumber third = number(u"+17185550110"_s);
    QVERIFY(m_session->setForwarding(second.id, {true, third.phoneNumber, true}));
    QVERIFY(m_session->setForwarding(third.id, {true, first.phoneNumber, false}));

    openDialog(first);
    target()->setText(second.phoneNumber);

    QVERIFY(m_dialog->isLoopWarned());
    const QString route = m_dialog->findChild<QLabel *>(u"routeLabel"_s)->text();
    QVERIFY(route.indexOf(u"212-555-0101"_s) < route.indexOf(u"718-555-0110"_s));
}

void tst_ForwardingDialog::targetThatForwardsElsewhereIsNoLoop()
{
    const PhoneNumber first = number(u"+12125550100"_s);
    const PhoneNumber second = number(u"+12125550101"_s);
    QVERIFY(m_session->setForwarding(second.id, {true, u"+442079460123"_s, true}));

    openDialog(first);
    target()->setText(second.phoneNumber);

    QVERIFY(!m_dialog->isLoopWarned());
    const QString route = m_dialog->findChild<QLabel *>(u"routeLabel"_s)->text();
    QVERIFY2(route.contains(u"continue"_s), qPrintable(route));
}

void tst_ForwardingDialog::clearingForwardingIsItsOwnAction()
{
    // Seeded with forwarding to +1 212 555 0199.
    const PhoneNumber forwarded = number(u"+12125550142"_s);
    QVERIFY(forwarded.forwarding);
    openDialog(forwarded);
    QCOMPARE(m_dialog->findChild<PhoneNumberEdit *>(u"targetEdit"_s)->e164(),
            forwarded.forwarding->forwardTo);
    QSignalSpy saved(m_dialog.get(), &ForwardingDialog::numberSaved);

    auto *clear = m_dialog->findChild<QPushButton *>(u"clearButton"_s);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);

    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!m_session->get(forwarded.id)->value().forwarding);
    QCOMPARE(m_dialog->findChild<QLabel *>(u"storedForwardingLabel"_s)->text(), u"Off"_s);
    QVERIFY(!clear->isEnabled());
}

void tst_ForwardingDialog::forwardingChangedBehindTheDialogShowsTheDifference()
{
    const PhoneNumber first = number(u"+12125550100"_s);
    openDialog(first);
    target()->setText(u"+44 20 7946 0123"_s);
    QVERIFY(m_session->setForwarding(first.id, {true, u"+33199000000"_s, true}));
    // A change to another field is no conflict for forwarding.
    PhoneNumberUpdate rename;
    rename.displayName = u"Renamed meanwhile"_s;
    QVERIFY(m_session->update(first.id, rename));

    QTest::mouseClick(saveButton(), Qt::LeftButton);

    ConflictDialog *conflict = nullptr;
    QTRY_VERIFY((conflict = m_dialog->findChild<ConflictDialog *>()));
    QCOMPARE(conflict->table()->rowCount(), 1);
    QCOMPARE(conflict->table()->item(0, 0)->text(), u"Call forwarding"_s);
    QVERIFY(conflict->table()->item(0, 2)->text().contains(u"+33 1 99 00 00 00"_s));
    QVERIFY(conflict->table()->item(0, 3)->text().contains(u"+44 20 7946 0123"_s));

    QTest::mouseClick(conflict->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<ConflictDialog *>());
    QCOMPARE(m_session->get(first.id)->value().forwarding->forwardTo, u"+33199000000"_s);
    QCOMPARE(target()->text(), u"+44 20 7946 0123"_s);
}

void tst_ForwardingDialog::cancelWithChangesAsksFirst()
{
    openDialog(number(u"+12125550100"_s));
    target()->setText(u"+44 20 7946 0123"_s);

    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s)));
    QVERIFY(m_dialog->isVisible());
    QTest::mouseClick(messageBoxButton(box, u"Discard changes"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isVisible());
}

void tst_ForwardingDialog::everyControlHasAnAccessibleName()
{
    openDialog(number(u"+12125550142"_s));
    const QStringList unnamed = unnamedControls(m_dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(tst_ForwardingDialog)
#include "tst_forwardingdialog.moc"
