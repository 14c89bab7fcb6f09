#include "headlessrun.h"

#include "mainwindow.h"
#include "phonenumbertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

static void fail(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
    std::fflush(stderr);
    QCoreApplication::exit(1);
}

// The dialog an action opened: the modal one, or else the newest visible top-level dialog.
static QWidget *openedDialog(const QWidget *mainWindow)
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (auto it = windows.crbegin(); it != windows.crend(); ++it) {
        if (*it != mainWindow && (*it)->isVisible() && qobject_cast<QDialog *>(*it))
            return *it;
    }
    return nullptr;
}

static void save(MainWindow *window, QWidget *target, const QString &path)
{
    if (!target->grab().save(path, "PNG")) {
        fail(QCoreApplication::translate("main", "Could not write %1").arg(path));
        return;
    }
    const PhoneNumberTableModel *model = window->model();
    std::printf("loaded=%d shown=%d more=%s\n", model->rowCount(),
            window->table()->model()->rowCount(), model->hasMore() ? "yes" : "no");
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void takeScreenshotWhenLoaded(MainWindow *window, const QString &path, const QString &action)
{
    QObject::connect(
            window, &MainWindow::initialLoadFinished, window,
            [window, path, action](bool ok) {
                if (!ok) {
                    const auto error = window->model()->lastError();
                    fail(error ? error->fullText()
                               : QCoreApplication::translate("main", "Loading failed."));
                    return;
                }
                // Let the view lay out and paint the new rows before grabbing.
                if (action.isEmpty()) {
                    QTimer::singleShot(50, window, [window, path] { save(window, window, path); });
                    return;
                }

                auto *trigger = window->findChild<QAction *>(action);
                if (!trigger || !trigger->isEnabled()) {
                    fail(QCoreApplication::translate("main",
                            "The main window has no enabled action "
                            "named “%1”.")
                                    .arg(action));
                    return;
                }
                QTimer::singleShot(50, trigger, &QAction::trigger);
                // A dialog may load something when it opens; give it a moment, as a person would.
                QTimer::singleShot(1500, window, [window, path, action] {
                    QWidget *dialog = openedDialog(window);
                    if (!dialog) {
                        fail(QCoreApplication::translate(
                                "main", "The action “%1” opened no dialog.")
                                        .arg(action));
                        return;
                    }
                    save(window, dialog, path);
                });
            },
            Qt::SingleShotConnection);
    QTimer::singleShot(120000, window, [] {
        fail(QCoreApplication::translate("main", "Timed out waiting for the first page."));
    });
}
