#pragma once

#include <QString>

class MainWindow;

// For scripts and the README's pictures: once the first page is in, renders the main window (or
// the dialog that one of its actions opens) to a PNG, prints `loaded=N shown=M more=yes|no` and
// ends the app with 0; ends it with 1 and the reason on standard error when anything fails.
void takeScreenshotWhenLoaded(MainWindow *window, const QString &path, const QString &action);
