// A child process for bench_firstpaint: starts like the app (API client, main window, first
// page) or as a bare Qt Widgets window, and prints "painted" on standard output when the first
// page (or the bare window) has been painted.
//   bench_firstpaint_window --bare
//   AMIGO_API_KEY=key bench_firstpaint_window --base-url URL --workspace ID

#include "apiclient.h"
#include "mainwindow.h"
#include "phonenumbertablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

static QElapsedTimer sinceStart;
static bool tracing = false;

// With --trace: when each step of the start finished, on standard error.
static void trace(const char *step)
{
    if (tracing)
        std::fprintf(stderr, "%6.1f ms %s\n", double(sinceStart.nsecsElapsed()) / 1e6, step);
}

// Says "painted" after the watched widget's first paint that satisfies `ready`, then quits.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *watched, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_ready()) {
            m_done = true;
            // After this paint event has been handled.
            trace("painting the first page");
            QTimer::singleShot(0, this, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    bool m_done = false;
};

int main(int argc, char *argv[])
{
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption bare(u"bare"_s, u"A bare window."_s);
    const QCommandLineOption baseUrl(u"base-url"_s, u"API address."_s, u"url"_s);
    const QCommandLineOption workspace(u"workspace"_s, u"Workspace id."_s, u"id"_s);
    const QCommandLineOption traceOption(u"trace"_s, u"Print when each step finished."_s);
    parser.addOptions({bare, baseUrl, workspace, traceOption});
    parser.process(app);
    tracing = parser.isSet(traceOption);
    trace("application");

    if (parser.isSet(bare)) {
        QWidget window;
        window.resize(1280, 680);
        PaintWatcher watcher(&window, [] { return true; });
        window.show();
        return QApplication::exec();
    }

    QNetworkAccessManager network;
    ApiClient client(&network,
            {QUrl(parser.value(baseUrl)), parser.value(workspace),
                    qEnvironmentVariable("AMIGO_API_KEY")});
    MainWindow window(&client);
    trace("main window built");
    PaintWatcher watcher(
            window.table()->viewport(), [&window] { return window.model()->rowCount() > 0; });
    QObject::connect(window.model(), &PhoneNumberTableModel::pageLoaded, &window,
            [] { trace("first page in the model"); });
    window.show();
    trace("shown");
    window.start();
    trace("first page asked for");
    return QApplication::exec();
}
