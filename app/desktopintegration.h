#pragma once

#include "aboutdialog.h"

class QApplication;
class QCoreApplication;

// What makes the app at home on the desktop: the user's language, icons that suit the palette,
// and the facts the About dialog reports.
namespace DesktopIntegration {

// Sets the names Qt uses for settings, data directories and the desktop entry.
void setApplicationIdentity();

// Loads the embedded translation for the system's language, English (for its plural forms) when
// there is none, and Qt's own translation in the same language for standard buttons.
void installTranslations(QCoreApplication *app);

// The window icon, and the embedded fallback icon theme in the variant that is readable on the
// current palette; follows later palette changes (a desktop switching to a dark theme).
void installIcons(QApplication *app);

AboutInfo aboutInfo();

} // namespace DesktopIntegration
