#include "phonenumberedit.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PhoneNumberEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewFollowsTyping_data();
    void previewFollowsTyping();
    void internationalReadingIsOfferedAndUndoable();
    void hugePasteIsRefusedWithoutFreezing();
    void previewIsAnnouncedToAssistiveTechnology();
    void defaultRegionChangesTheReading();
};

void tst_PhoneNumberEdit::previewFollowsTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("usable");

    QTest::newRow("valid national")
            << u"020 7946 0123"_s << u"Valid"_s << u"+442079460123"_s << true;
    QTest::newRow("valid in another country")
            << u"+1 416 555 0123"_s << u"Valid"_s << u"Canada"_s << true;
    QTest::newRow("possible only")
            << u"07700 900123"_s << u"Possible"_s << u"numbering data"_s << true;
    QTest::newRow("extension refused")
            << u"020 7946 0123 x12"_s << u"Cannot be used"_s << u"Extensions"_s << false;
    QTest::newRow("emergency refused")
            << u"999"_s << u"Cannot be used"_s << u"emergency"_s << false;
}

void tst_PhoneNumberEdit::previewFollowsTyping()
{
    QFETCH(QString, typed);
    QFETCH(QString, state);
    QFETCH(QString, shown);
    QFETCH(bool, usable);

    PhoneNumberEdit edit;
    edit.setDefaultRegion(u"GB"_s);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy changed(&edit, &PhoneNumberEdit::changed);

    edit.setFocus();
    QTest::keyClicks(QApplication::focusWidget(), typed);

    QCOMPARE(edit.text(), typed);
    QCOMPARE(changed.count(), typed.size());
    QVERIFY2(edit.previewText().contains(state), qPrintable(edit.previewText()));
    QVERIFY2(edit.previewText().contains(shown), qPrintable(edit.previewText()));
    QCOMPARE(edit.isUsable(), usable);
    QCOMPARE(edit.e164().has_value(), usable);
}

void tst_PhoneNumberEdit::internationalReadingIsOfferedAndUndoable()
{
    PhoneNumberEdit edit;
    edit.setDefaultRegion(u"US"_s);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setText(u"49 30 123456"_s);

    auto *useAlternative = edit.findChild<QPushButton *>(u"useAlternativeButton"_s);
    QVERIFY(useAlternative->isVisible());
    QVERIFY(useAlternative->text().contains(u"Germany"_s));
    QCOMPARE(edit.e164(), u"+14930123456"_s); // not silently replaced

    QTest::mouseClick(useAlternative, Qt::LeftButton);
    QCOMPARE(edit.e164(), u"+4930123456"_s);
    QVERIFY(!useAlternative->isVisible());

    edit.lineEdit()->undo();
    QCOMPARE(edit.text(), u"49 30 123456"_s);
}

void tst_PhoneNumberEdit::hugePasteIsRefusedWithoutFreezing()
{
    PhoneNumberEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QApplication::clipboard()->setText(u"+1 201 555 0123 "_s.repeated(320)); // 5,120 characters

    edit.setFocus();
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(edit.lineEdit(), Qt::Key_V, Qt::ControlModifier);
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(edit.text().size(), 5120);
    QCOMPARE(edit.interpretation().problem, NumberInterpretation::Problem::InputTooLong);
    QVERIFY2(edit.previewText().contains(u"longer than any phone number"_s),
            qPrintable(edit.previewText()));
    QVERIFY2(elapsed < 200, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void tst_PhoneNumberEdit::previewIsAnnouncedToAssistiveTechnology()
{
    PhoneNumberEdit edit;
    edit.setFieldName(u"Forwarding target"_s);
    edit.setDefaultRegion(u"GB"_s);
    edit.setText(u"020 7946 0123"_s);

    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(edit.lineEdit());
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), u"Forwarding target"_s);
    QVERIFY(accessible->text(QAccessible::Description).contains(u"+442079460123"_s));
}

void tst_PhoneNumberEdit::defaultRegionChangesTheReading()
{
    PhoneNumberEdit edit;
    edit.setText(u"0 20 7946 0123"_s);
    edit.setDefaultRegion(u"GB"_s);
    QCOMPARE(edit.e164(), u"+442079460123"_s);

    edit.setDefaultRegion(QString());
    QVERIFY(!edit.isUsable());
    QCOMPARE(edit.interpretation().problem, NumberInterpretation::Problem::NoCountry);
}

QTEST_MAIN(tst_PhoneNumberEdit)
#include "tst_phonenumberedit.moc"
