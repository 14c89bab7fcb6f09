#include "apiclient.h"
#include "commandline.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "phonenumbertablemodel.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "amigo.app", QtInfoMsg)

static void printError(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
    std::fflush(stderr);
}

static std::unique_ptr<Sandbox::EmbeddedSandbox> startSandbox(QString *error)
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    Sandbox::Options options;
    options.databasePath = dataDir + u"/sandbox.sqlite"_s;
    // A fresh key each run: only this process knows it, even though the server is on loopback.
    options.apiKeys = {{QUuid::createUuid().toString(QUuid::WithoutBraces), u"owner"_s}};
    options.seed = Sandbox::Seed::Demo;

    auto sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
    if (!sandbox->start(error))
        return nullptr;
    return sandbox;
}

// Renders the window once the first page is in, prints the summary line and ends the app.
static void takeScreenshotWhenLoaded(MainWindow *window, const QString &path)
{
    QObject::connect(window, &MainWindow::firstPageFinished, window, [window, path](bool ok) {
        if (!ok) {
            const auto error = window->model()->lastError();
            printError(error ? error->fullText()
                             : QCoreApplication::translate("main", "Loading failed."));
            QCoreApplication::exit(1);
            return;
        }
        // Let the view lay out and paint the new rows before grabbing.
        QTimer::singleShot(50, window, [window, path] {
            if (!window->grab().save(path, "PNG")) {
                printError(QCoreApplication::translate("main", "Could not write %1").arg(path));
                QCoreApplication::exit(1);
                return;
            }
            const PhoneNumberTableModel *model = window->model();
            std::printf("loaded=%d shown=%d more=%s\n", model->rowCount(),
                        window->table()->model()->rowCount(), model->hasMore() ? "yes" : "no");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
    QTimer::singleShot(120000, window, [] {
        printError(QCoreApplication::translate("main", "Timed out waiting for the first page."));
        QCoreApplication::exit(1);
    });
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Amigo"_s);
    QCoreApplication::setApplicationName(u"amigo-numbers"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AMIGO_VERSION));
    QGuiApplication::setDesktopFileName(u"ai.amigo.Numbers"_s);

    const CommandLineResult commandLine = parseCommandLine(QCoreApplication::arguments());
    if (commandLine.exitCode)
        return *commandLine.exitCode;
    const CommandLineOptions &options = commandLine.options;
    const bool headless = !options.screenshotPath.isEmpty();

    ConnectionSettings settings;
    std::unique_ptr<Sandbox::EmbeddedSandbox> sandbox;
    QString connectionName;
    if (!options.baseUrl.isEmpty()) {
        settings = {options.baseUrl, options.workspaceId, qEnvironmentVariable("AMIGO_API_KEY")};
        connectionName = options.baseUrl.host();
        if (settings.apiKey.isEmpty()) {
            printError(QCoreApplication::translate(
                    "main", "Set the AMIGO_API_KEY environment variable to use --base-url."));
            return 2;
        }
    } else {
        QString error;
        sandbox = startSandbox(&error);
        if (!sandbox) {
            const QString message =
                    QCoreApplication::translate("main", "The local sandbox could not start: %1")
                            .arg(error);
            printError(message);
            if (!headless)
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Amigo Numbers"),
                                      message);
            return 1;
        }
        settings = {sandbox->baseUrl(), sandbox->workspaceId(), sandbox->apiKey()};
        connectionName = QCoreApplication::translate("main", "Local sandbox (not real)");
    }

    if (const std::optional<ApiError> invalid = ApiClient::validateSettings(settings)) {
        printError(invalid->message());
        return 2;
    }

    QNetworkAccessManager network;
    ApiClient client(&network, settings);
    MainWindow window(&client);
    window.setConnectionName(connectionName, sandbox != nullptr);
    if (headless)
        takeScreenshotWhenLoaded(&window, options.screenshotPath);
    window.show();
    window.start();
    const int code = QApplication::exec();
    qCDebug(lcApp) << "Exiting with" << code;
    return code;
}
