#include "textlimits.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TextLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsCodePoints_data();
    void countsCodePoints();
    void usageAtTheLimit_data();
    void usageAtTheLimit();
    void truncationKeepsCharactersWhole_data();
    void truncationKeepsCharactersWhole();
};

// U+1F600 (outside the Basic Multilingual Plane): one code point, two UTF-16 units.
static const QString Emoji = u"😀"_s;
// "é" written as e + COMBINING ACUTE ACCENT: one character on screen, two code points.
static const QString DecomposedE = u"e\u0301"_s;
// Family emoji: man, ZWJ, woman, ZWJ, girl: one character on screen, five code points.
static const QString Family = u"👨\u200D👩\u200D👧"_s;

void tst_TextLimits::countsCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("codePoints");

    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("ASCII") << u"Front desk"_s << qsizetype(10);
    QTest::newRow("precomposed accent") << u"café"_s << qsizetype(4);
    QTest::newRow("combining accent counts as its own code point")
            << (u"caf"_s + DecomposedE) << qsizetype(5);
    QTest::newRow("emoji outside the BMP is one code point") << Emoji << qsizetype(1);
    QTest::newRow("mathematical letters outside the BMP") << u"𝐀𝐁𝐂"_s << qsizetype(3);
    QTest::newRow("ZWJ sequence counts every code point") << Family << qsizetype(5);
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << qsizetype(1);
    QTest::newRow("lone low surrogate then letter")
            << (QString(QChar(0xDE00)) + u"a"_s) << qsizetype(2);
    QTest::newRow("256 emoji") << Emoji.repeated(256) << qsizetype(256);
}

void tst_TextLimits::countsCodePoints()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, codePoints);

    QCOMPARE(TextLimits::codePointCount(text), codePoints);
}

void tst_TextLimits::usageAtTheLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qsizetype>("over");

    // 256 emoji are 512 UTF-16 units, but the server counts 256 characters.
    QTest::newRow("256 emoji fit a 256 display name")
            << Emoji.repeated(256) << TextLimits::DisplayNameMax << true << qsizetype(0);
    QTest::newRow("257 emoji do not")
            << Emoji.repeated(257) << TextLimits::DisplayNameMax << false << qsizetype(1);
    QTest::newRow("255 letters and a combining mark fit")
            << (u"a"_s.repeated(254) + DecomposedE) << TextLimits::DisplayNameMax << true
            << qsizetype(0);
    QTest::newRow("256 letters and a combining mark are one over")
            << (u"a"_s.repeated(255) + DecomposedE) << TextLimits::DisplayNameMax << false
            << qsizetype(1);
    QTest::newRow("notes of 2,000 mixed characters")
            << QString(u"ab"_s + Emoji).repeated(666) + u"ab"_s << TextLimits::NotesMax << true
            << qsizetype(0);
    QTest::newRow("notes of 2,001") << QString(u"ab"_s + Emoji).repeated(667)
                                    << TextLimits::NotesMax << false << qsizetype(1);
}

void tst_TextLimits::usageAtTheLimit()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, limit);
    QFETCH(bool, fits);
    QFETCH(qsizetype, over);

    const TextLimits::Usage usage = TextLimits::usage(text, limit);

    QCOMPARE(usage.fits(), fits);
    QCOMPARE(usage.over(), over);
    QCOMPARE(usage.remaining(), limit - TextLimits::codePointCount(text));
}

void tst_TextLimits::truncationKeepsCharactersWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fits already") << u"abc"_s << qsizetype(3) << u"abc"_s;
    QTest::newRow("plain cut") << u"abcdef"_s << qsizetype(4) << u"abcd"_s;
    QTest::newRow("emoji not split in half")
            << (u"ab"_s + Emoji + Emoji) << qsizetype(3) << (u"ab"_s + Emoji);
    QTest::newRow("limit falls between emoji halves in UTF-16")
            << (u"a"_s + Emoji.repeated(3)) << qsizetype(2) << (u"a"_s + Emoji);
    QTest::newRow("combining mark kept with its letter")
            << (u"caf"_s + DecomposedE + u"s"_s) << qsizetype(5) << (u"caf"_s + DecomposedE);
    QTest::newRow("letter dropped rather than stripped of its mark")
            << (u"caf"_s + DecomposedE) << qsizetype(4) << u"caf"_s;
    QTest::newRow("ZWJ sequence kept whole or dropped")
            << (u"hi "_s + Family) << qsizetype(6) << u"hi "_s;
    QTest::newRow("ZWJ sequence fits exactly")
            << (u"hi "_s + Family + u"!"_s) << qsizetype(8) << (u"hi "_s + Family);
}

void tst_TextLimits::truncationKeepsCharactersWhole()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, limit);
    QFETCH(QString, expected);

    const QString result = TextLimits::truncated(text, limit);

    QCOMPARE(result, expected);
    QVERIFY(TextLimits::codePointCount(result) <= limit);
    QVERIFY(result.isEmpty() || !result.back().isHighSurrogate());
}

QTEST_GUILESS_MAIN(tst_TextLimits)
#include "tst_textlimits.moc"
