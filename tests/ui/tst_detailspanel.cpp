#include "detailspanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;

// The details panel keeps every value in the value column, beside its label, however long it is.
class tst_DetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longValuesWrapBesideTheirLabels();
    void emptyFieldsCannotBeTakenForAValue();
    void timesHaveTheSamePrecisionInEveryLanguage_data();
    void timesHaveTheSamePrecisionInEveryLanguage();

private:
    static PhoneNumber sample();
    static void settle();
};

PhoneNumber tst_DetailsPanel::sample()
{
    PhoneNumber number;
    number.id = u"3f0c9a7e-5b1d-4c2a-9e8f-7a6b5c4d3e2f"_s;
    number.phoneNumber = u"+12125550100"_s;
    number.status = u"active"_s;
    number.provider = u"twilio"_s;
    number.providerPhoneSid = u"PN0123456789abcdef0123456789abcdef"_s;
    number.createdAt = QDateTime(QDate(2026, 1, 6), QTime(9, 0), Qt::UTC);
    number.updatedAt = number.createdAt;
    return number;
}

void tst_DetailsPanel::settle()
{
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void tst_DetailsPanel::longValuesWrapBesideTheirLabels()
{
    DetailsPanel panel;
    panel.resize(340, 700);
    PhoneNumber number = sample();
    number.displayName = QString(256, u'W');
    panel.showNumber(number, QString());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    settle();

    auto *scroll = panel.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    auto *form = panel.findChild<QFormLayout *>();
    QVERIFY(form);
    const int right = scroll->viewport()->width();
    for (const QString &name : {u"displayNameField"_s, u"providerSidField"_s, u"idField"_s,
                 u"e164Field"_s, u"createdField"_s}) {
        auto *field = panel.findChild<QWidget *>(name);
        QVERIFY2(field, qPrintable(name));
        auto *label = form->labelForField(field);
        QVERIFY2(label, qPrintable(name));
        const QRect fieldRect(field->mapTo(scroll->viewport(), QPoint(0, 0)), field->size());
        const QRect labelRect(label->mapTo(scroll->viewport(), QPoint(0, 0)), label->size());
        // Beside the label, not under it, and within the panel's width.
        QVERIFY2(fieldRect.left() >= labelRect.right(), qPrintable(name));
        QVERIFY2(fieldRect.top() < labelRect.bottom(), qPrintable(name));
        QVERIFY2(fieldRect.right() < right, qPrintable(name));
    }

    // The long name is whole, on several lines.
    QVERIFY(panel.fieldText(u"displayNameField"_s).contains(number.displayName));
    const auto *name = panel.findChild<QWidget *>(u"displayNameField"_s);
    QVERIFY(name->height() > 3 * name->fontMetrics().height());
}

void tst_DetailsPanel::emptyFieldsCannotBeTakenForAValue()
{
    DetailsPanel panel;
    PhoneNumber number = sample();
    number.displayName = u"None"_s;
    number.providerPhoneSid.reset();
    panel.showNumber(number, QString());

    const QString named = panel.fieldText(u"displayNameField"_s);
    const QString empty = panel.fieldText(u"providerSidField"_s);
    QVERIFY2(named.contains(u"None"_s), qPrintable(named));
    QCOMPARE(empty, u"—"_s);
    const auto *nameField = panel.findChild<QWidget *>(u"displayNameField"_s);
    const auto *sidField = panel.findChild<QWidget *>(u"providerSidField"_s);
    QCOMPARE(nameField->accessibleName(), u"Display name"_s);
    QCOMPARE(sidField->accessibleName(), u"Provider SID: None"_s);

    // Showing a number with a value again gives the field its plain name back.
    number.providerPhoneSid = u"PN1"_s;
    panel.showNumber(number, QString());
    QCOMPARE(sidField->accessibleName(), u"Provider SID"_s);
    QCOMPARE(panel.fieldText(u"providerSidField"_s), u"PN1"_s);

    // No inbound service is a setting, said as the table says it.
    number.inboundServiceId.reset();
    panel.showNumber(number, QString());
    QCOMPARE(panel.fieldText(u"inboundServiceField"_s), u"None"_s);
}

void tst_DetailsPanel::timesHaveTheSamePrecisionInEveryLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("date");

    QTest::newRow("English (US)") << u"en_US"_s << u"1/6/2026"_s;
    QTest::newRow("English (UK)") << u"en_GB"_s << u"06/01/2026"_s;
    QTest::newRow("German") << u"de_DE"_s << u"06.01.2026"_s;
    QTest::newRow("French") << u"fr_FR"_s << u"06/01/2026"_s;
}

void tst_DetailsPanel::timesHaveTheSamePrecisionInEveryLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, date);

    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    // Noon, so that the local date is the same in every time zone the test may run in.
    const QDateTime time(QDate(2026, 1, 6), QTime(12, 7, 5), Qt::UTC);
    const QString local = time.toLocalTime().toString(u"mm:ss"_s);

    DetailsPanel panel;
    PhoneNumber number = sample();
    number.createdAt = time;
    panel.showNumber(number, QString());
    const QString shown = panel.fieldText(u"createdField"_s);
    QVERIFY2(shown.startsWith(date), qPrintable(shown));
    QVERIFY2(shown.contains(local), qPrintable(shown)); // minutes and seconds
}

QTEST_MAIN(tst_DetailsPanel)
#include "tst_detailspanel.moc"
