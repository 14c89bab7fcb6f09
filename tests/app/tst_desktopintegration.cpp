#include "desktopintegration.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;

// Icons that stay visible on light and dark palettes, and the application's identity.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void identityMatchesTheDesktopEntry();
    void embeddedIconsFollowThePalette_data();
    void embeddedIconsFollowThePalette();
    void windowIconIsTheScalableAppIcon();

private:
    QPalette m_original;
};

// The mean lightness (0..255) of the icon's visible pixels.
static int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() < 128)
                continue;
            sum += colour.lightness();
            ++count;
        }
    }
    return count ? int(sum / count) : -1;
}

static QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
    return palette;
}

void TestDesktopIntegration::initTestCase()
{
    m_original = QApplication::palette();
    DesktopIntegration::setApplicationIdentity();
    DesktopIntegration::installIcons(qApp);
}

void TestDesktopIntegration::cleanup()
{
    QApplication::setPalette(m_original);
}

void TestDesktopIntegration::identityMatchesTheDesktopEntry()
{
    QCOMPARE(QGuiApplication::desktopFileName(), u"ai.amigo.Numbers"_s);
    QCOMPARE(QCoreApplication::applicationName(), u"amigo-numbers"_s);
    QVERIFY(!QCoreApplication::applicationVersion().isEmpty());
}

void TestDesktopIntegration::embeddedIconsFollowThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("theme");
    QTest::newRow("light palette") << false << u"amigo-light"_s;
    QTest::newRow("dark palette") << true << u"amigo-dark"_s;
}

void TestDesktopIntegration::embeddedIconsFollowThePalette()
{
    QFETCH(bool, dark);
    QFETCH(QString, theme);

    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    light.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    QApplication::setPalette(dark ? darkPalette() : light);
    QCOMPARE(QIcon::fallbackThemeName(), theme);

    for (const QString &name : {u"view-refresh"_s, u"edit-find"_s, u"list-add"_s}) {
        const QIcon icon = QIcon::fromTheme(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        const int ink = inkLightness(icon);
        // Dark strokes on a light palette, light strokes on a dark one.
        QVERIFY2(ink >= 0, qPrintable(name));
        QVERIFY2(dark ? ink > 170 : ink < 90, qPrintable(u"%1: %2"_s.arg(name).arg(ink)));
    }
}

void TestDesktopIntegration::windowIconIsTheScalableAppIcon()
{
    const QIcon icon = QApplication::windowIcon();
    QVERIFY(!icon.isNull());
    // Scalable: a large rendering is as sharp as a small one, not an upscaled bitmap.
    QCOMPARE(icon.pixmap(256, 256).size(), QSize(256, 256));
    QCOMPARE(icon.pixmap(16, 16).size(), QSize(16, 16));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
