#include "headlessrun.h"

#include "mainwindow.h"
#include "phonenumbertablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QTableView>
#include <QTimer>
#include <QWizard>

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
    QWidget *newest = nullptr;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window != mainWindow && window->isVisible() && qobject_cast<QDialog *>(window))
            newest = window;
    }
    return newest;
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

// After the main window's action has opened a dialog, each further step acts in that dialog:
// "next" turns a wizard's page, "key:Return" (any Qt key name) presses a key in the focused
// control, and any other word clicks the dialog's button with that object name.
static bool act(QWidget *dialog, const QString &step)
{
    if (step == u"next") {
        auto *wizard = qobject_cast<QWizard *>(dialog);
        // Only when a person could press Next: the page is complete.
        if (!wizard || !wizard->button(QWizard::NextButton)->isEnabled())
            return false;
        const int before = wizard->currentId();
        wizard->next();
        return wizard->currentId() != before;
    }
    if (step.startsWith(u"key:")) {
        const QKeySequence sequence = QKeySequence::fromString(step.mid(4));
        QWidget *target = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        if (sequence.isEmpty())
            return false;
        const QKeyCombination key = sequence[0];
        QKeyEvent press(QEvent::KeyPress, key.key(), key.keyboardModifiers());
        QKeyEvent release(QEvent::KeyRelease, key.key(), key.keyboardModifiers());
        QCoreApplication::sendEvent(target, &press);
        QCoreApplication::sendEvent(target, &release);
        return true;
    }
    auto *button = dialog->findChild<QAbstractButton *>(step);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

// Performs step `index` as soon as it can be done (a page may still be loading), then the next
// one a moment later, as a person would; renders the dialog after the last.
static void performStep(MainWindow *window, const QString &path, const QStringList &steps,
        qsizetype index, int attemptsLeft)
{
    QWidget *dialog = openedDialog(window);
    if (index == steps.size()) {
        if (dialog)
            save(window, dialog, path);
        else
            fail(QCoreApplication::translate("main", "No dialog opened."));
        return;
    }
    constexpr int retryMs = 250;
    constexpr int settleMs = 1000;
    if (dialog && act(dialog, steps.at(index))) {
        QTimer::singleShot(settleMs, window,
                [=] { performStep(window, path, steps, index + 1, 10000 / retryMs); });
        return;
    }
    if (attemptsLeft == 0) {
        fail(QCoreApplication::translate("main", "The step “%1” could not be done.")
                        .arg(steps.at(index)));
        return;
    }
    QTimer::singleShot(
            retryMs, window, [=] { performStep(window, path, steps, index, attemptsLeft - 1); });
}

// Triggers the first step, an action of the main window; the others act in the dialog it opens.
static void runSteps(MainWindow *window, const QString &path, QStringList steps)
{
    const QString first = steps.takeFirst();
    auto *trigger = window->findChild<QAction *>(first);
    if (!trigger || !trigger->isEnabled()) {
        QStringList names;
        const auto actions = window->findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->isEnabled() && !action->objectName().isEmpty() && !action->isSeparator()
                    && !action->objectName().startsWith(u"_q_"_s))
                names.append(action->objectName());
        }
        names.sort();
        names.removeDuplicates();
        fail(QCoreApplication::translate(
                "main", "The main window has no enabled action named “%1”. Enabled actions: %2.")
                        .arg(first, names.join(u", "_s)));
        return;
    }
    QTimer::singleShot(50, trigger, &QAction::trigger);
    // A dialog may load something when it opens; give it a moment.
    QTimer::singleShot(1500, window, [=] { performStep(window, path, steps, 0, 40); });
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

                runSteps(window, path, action.split(u','));
            },
            Qt::SingleShotConnection);
    QTimer::singleShot(120000, window, [] {
        fail(QCoreApplication::translate("main", "Timed out waiting for the first page."));
    });
}
