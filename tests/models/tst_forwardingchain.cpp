#include "forwardingchain.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ForwardingChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void follow_data();
    void follow();
    void forwardingTo();
};

// Numbers named A, B, C…, each forwarding to the number after "→" ("!" = disabled).
static QList<PhoneNumber> numbers(const QStringList &links)
{
    QList<PhoneNumber> result;
    for (const QString &link : links) {
        PhoneNumber number;
        number.phoneNumber = link.section(u'→', 0, 0);
        const QString target = link.section(u'→', 1, 1);
        if (!target.isEmpty()) {
            const bool disabled = target.startsWith(u'!');
            number.forwarding
                    = ForwardingConfig{!disabled, disabled ? target.mid(1) : target, true};
        }
        result.append(number);
    }
    return result;
}

void tst_ForwardingChain::follow_data()
{
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("hops");
    QTest::addColumn<bool>("returnsToStart");
    QTest::addColumn<bool>("endsInOtherLoop");

    QTest::newRow("target outside the workspace")
            << QStringList{u"A"_s} << u"X"_s << QStringList{u"X"_s} << false << false;
    QTest::newRow("target that does not forward")
            << QStringList{u"A"_s, u"B"_s} << u"B"_s << QStringList{u"B"_s} << false << false;
    QTest::newRow("target forwards back") << QStringList{u"A"_s, u"B→A"_s} << u"B"_s
                                          << QStringList{u"B"_s, u"A"_s} << true << false;
    QTest::newRow("three-number loop") << QStringList{u"A"_s, u"B→C"_s, u"C→A"_s} << u"B"_s
                                       << QStringList{u"B"_s, u"C"_s, u"A"_s} << true << false;
    QTest::newRow("chain ending outside") << QStringList{u"A"_s, u"B→C"_s, u"C→X"_s} << u"B"_s
                                          << QStringList{u"B"_s, u"C"_s, u"X"_s} << false << false;
    QTest::newRow("disabled forwarding ends the chain")
            << QStringList{u"A"_s, u"B→!A"_s} << u"B"_s << QStringList{u"B"_s} << false << false;
    QTest::newRow("loop that does not include the start")
            << QStringList{u"A"_s, u"B→C"_s, u"C→B"_s} << u"B"_s
            << QStringList{u"B"_s, u"C"_s, u"B"_s} << false << true;
}

void tst_ForwardingChain::follow()
{
    QFETCH(QStringList, links);
    QFETCH(QString, target);
    QFETCH(QStringList, hops);
    QFETCH(bool, returnsToStart);
    QFETCH(bool, endsInOtherLoop);

    const ForwardingChain::Route route = ForwardingChain::follow(u"A"_s, target, numbers(links));

    QCOMPARE(route.hops, hops);
    QCOMPARE(route.returnsToStart, returnsToStart);
    QCOMPARE(route.endsInOtherLoop, endsInOtherLoop);
    QCOMPARE(route.isLoop(), returnsToStart || endsInOtherLoop);
}

void tst_ForwardingChain::forwardingTo()
{
    const QList<PhoneNumber> found = ForwardingChain::forwardingTo(
            u"A"_s, numbers({u"A→A"_s, u"B→A"_s, u"C→!A"_s, u"D→B"_s, u"E"_s}));

    QStringList names;
    for (const PhoneNumber &number : found)
        names << number.phoneNumber;
    QCOMPARE(names, (QStringList{u"B"_s, u"C"_s}));
}

QTEST_GUILESS_MAIN(tst_ForwardingChain)
#include "tst_forwardingchain.moc"
