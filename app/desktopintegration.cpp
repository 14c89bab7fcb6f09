#include "desktopintegration.h"

#include "applog.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace DesktopIntegration {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Amigo"_s);
    QCoreApplication::setApplicationName(u"amigo-numbers"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AMIGO_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Amigo Numbers"_s);
    QGuiApplication::setDesktopFileName(u"ai.amigo.Numbers"_s);
}

void installTranslations(QCoreApplication *app)
{
    const QLocale locale;
    auto *own = new QTranslator(app);
    // English has a file of its own for its plural forms ("1 number", "5 numbers"); it is also
    // the language of every locale without a translation.
    if (!own->load(locale, u"amigo-numbers"_s, u"_"_s, u":/i18n"_s)
            && !own->load(u"amigo-numbers_en"_s, u":/i18n"_s)) {
        qCWarning(lcApp) << "No embedded translation could be loaded for" << locale.name();
        delete own;
        return;
    }
    QCoreApplication::installTranslator(own);
    qCDebug(lcApp) << "Loaded the" << own->language() << "translation for" << locale.name();
    if (own->language().startsWith(u"en"_s))
        return;

    // Qt's own strings (Cancel, Save, context menus) in the same language, when installed.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(own->language()), u"qtbase"_s, u"_"_s,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

namespace {

bool paletteIsDark()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness()
            < palette.color(QPalette::WindowText).lightness();
}

void applyIconTheme()
{
    const QString fallback = paletteIsDark() ? u"amigo-dark"_s : u"amigo-light"_s;
    QIcon::setFallbackThemeName(fallback);
    // Without a desktop icon theme (a bare window manager, the offscreen platform) the embedded
    // one is the theme.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s
            || QIcon::themeName().startsWith(u"amigo-"_s))
        QIcon::setThemeName(fallback);
}

// Switches the icon variant when the palette changes between light and dark.
class PaletteWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            applyIconTheme();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void installIcons(QApplication *app)
{
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << u":/icons"_s);
    applyIconTheme();
    app->installEventFilter(new PaletteWatcher(app));
    QApplication::setWindowIcon(
            QIcon::fromTheme(u"ai.amigo.Numbers"_s, QIcon(u":/icons/app/ai.amigo.Numbers.svg"_s)));
}

AboutInfo aboutInfo()
{
    AboutInfo info;
    info.applicationVersion = QStringLiteral(AMIGO_VERSION);
    info.phoneNumberLibraryVersion = QStringLiteral(AMIGO_PHONENUMBER_VERSION);
    info.phoneNumberDataDate = QStringLiteral(AMIGO_PHONENUMBER_DATA_DATE);
    info.keychainLibraryVersion = QStringLiteral(AMIGO_KEYCHAIN_VERSION);
    info.license = QStringLiteral(AMIGO_LICENSE);
    return info;
}

} // namespace DesktopIntegration
