#include "phonenumberedit.h"
#include "statuscolors.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class tst_PhoneNumberEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewFollowsTyping_data();
    void previewFollowsTyping();
    void incompleteNumberIsNotAnErrorWhileTyped_data();
    void incompleteNumberIsNotAnErrorWhileTyped();
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
    QTest::newRow("emergency number that cannot grow refused while typing")
            << u"+61 000"_s << u"Cannot be used"_s << u"emergency"_s << false;
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

enum class Leaving { StayInField, TabToNextField, PressReturn };

void tst_PhoneNumberEdit::incompleteNumberIsNotAnErrorWhileTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<Leaving>("leaving");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("notShown");
    QTest::addColumn<bool>("errorColour");

    QTest::newRow("first digit while typing") << u"1"_s << QString() << Leaving::StayInField
                                              << u"Keep typing…"_s << QString() << u"✗"_s << false;
    QTest::newRow("local-only digits while typing")
            << u"1212555"_s << QString() << Leaving::StayInField << u"Keep typing… 4 more digit"_s
            << u"expected (United States)"_s << u"locally"_s << false;
    QTest::newRow("incomplete number after leaving the field")
            << u"1212555"_s << QString() << Leaving::TabToNextField << u"✗ Cannot be used"_s
            << u"Too short for a phone number in United States."_s << u"Keep typing"_s << true;
    QTest::newRow("local-only length typed with + after leaving the field")
            << u"+44 20 7946 01"_s << QString() << Leaving::TabToNextField << u"✗ Cannot be used"_s
            << u"Too short for a phone number in United Kingdom."_s << u"area code"_s << true;
    QTest::newRow("emergency number while typing")
            << u"911"_s << QString() << Leaving::StayInField << u"Keep typing… 7 more digit"_s
            << u"expected (United States)"_s << u"emergency"_s << false;
    QTest::newRow("emergency prefix of a number with + while typing")
            << u"+33 15"_s << QString() << Leaving::StayInField << u"Keep typing… 7 more digit"_s
            << u"expected (France)"_s << u"emergency"_s << false;
    QTest::newRow("emergency number after leaving the field")
            << u"911"_s << QString() << Leaving::TabToNextField << u"✗ Cannot be used"_s
            << u"911 is an emergency number"_s << u"Keep typing"_s << true;
    QTest::newRow("area code tells the country of a shared code while typing")
            << u"+44 20 7946"_s << QString() << Leaving::StayInField
            << u"Keep typing… 4 more digit"_s << u"expected (United Kingdom)"_s
            << u"a country using"_s << false;
    QTest::newRow("shared code without a country yet while typing")
            << u"+44 7700 9001"_s << QString() << Leaving::StayInField
            << u"Keep typing… 2 more digit"_s << u"expected"_s << u"a country using"_s << false;
    QTest::newRow("plus alone after leaving the field")
            << u"+"_s << QString() << Leaving::TabToNextField << u"✗ Cannot be used"_s
            << u"Type the country code and the number after the +."_s << u"not a phone number"_s
            << true;
    QTest::newRow("country code alone after leaving the field")
            << u"+44"_s << QString() << Leaving::TabToNextField << u"✗ Cannot be used"_s
            << u"Type the number after the country code +44."_s << u"not a phone number"_s << true;
    QTest::newRow("first digit after leaving the field")
            << u"1"_s << QString() << Leaving::TabToNextField << u"✗ Cannot be used"_s
            << u"not a phone number"_s << u"Keep typing"_s << true;
    QTest::newRow("incomplete number after Return")
            << u"212 5550"_s << QString() << Leaving::PressReturn << u"✗ Cannot be used"_s
            << u"can only be dialled locally"_s << u"Keep typing"_s << true;
    QTest::newRow("complete number while typing")
            << u"201 555 0123"_s << QString() << Leaving::StayInField << u"✓ Valid"_s
            << u"+12015550123"_s << u"Keep typing"_s << false;
    QTest::newRow("refused number while typing")
            << u"201 555 0123"_s << u"This is the number itself."_s << Leaving::StayInField
            << u"✗ Cannot be used"_s << u"This is the number itself."_s << u"Keep typing"_s << true;
}

void tst_PhoneNumberEdit::incompleteNumberIsNotAnErrorWhileTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, refusal);
    QFETCH(Leaving, leaving);
    QFETCH(QString, state);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    QFETCH(bool, errorColour);

    QWidget window;
    auto *edit = new PhoneNumberEdit(&window);
    edit->setDefaultRegion(u"US"_s);
    auto *next = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(edit);
    layout->addWidget(next);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit->lineEdit(), typed);
    edit->setRefusal(refusal);
    if (leaving == Leaving::TabToNextField) {
        QTest::keyClick(edit->lineEdit(), Qt::Key_Tab);
        QVERIFY(next->hasFocus());
    } else if (leaving == Leaving::PressReturn) {
        QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    }
    QCOMPARE(edit->isBeingTyped(), leaving == Leaving::StayInField);

    const auto *stateLabel = edit->findChild<QLabel *>(u"stateLabel"_s);
    const QString preview = edit->previewText();
    QVERIFY2(stateLabel->text().startsWith(state), qPrintable(stateLabel->text()));
    if (!shown.isEmpty())
        QVERIFY2(preview.contains(shown), qPrintable(preview));
    QVERIFY2(!preview.contains(notShown), qPrintable(preview));
    const QString errorName = StatusColors::error(stateLabel->palette()).name();
    QCOMPARE(stateLabel->styleSheet().contains(errorName), errorColour);
    // Assistive technology hears the same words.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(edit->lineEdit());
    QCOMPARE(accessible->text(QAccessible::Description), preview);
    // What can be saved does not depend on whether the number is still being typed.
    QCOMPARE(edit->isRefused(), !state.startsWith(u"✓"_s));
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
