#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

static void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Manage the phone numbers of an Amigo Platform workspace."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(u"sandbox"_s,
            QCoreApplication::translate("main", "Use the embedded local sandbox (demo data)."));
    const QCommandLineOption baseUrl(u"base-url"_s,
            QCoreApplication::translate("main",
                    "Platform API address; the API key is read from the "
                    "AMIGO_API_KEY environment variable."),
            QCoreApplication::translate("main", "url"));
    const QCommandLineOption workspace(u"workspace"_s,
            QCoreApplication::translate("main", "Workspace id (UUID)."),
            QCoreApplication::translate("main", "id"));
    const QCommandLineOption screenshot(u"screenshot"_s,
            QCoreApplication::translate("main",
                    "Render the main window to a PNG once the first page has "
                    "arrived, print a summary line and exit."),
            QCoreApplication::translate("main", "path"));
    const QCommandLineOption profile(u"profile"_s,
            QCoreApplication::translate(
                    "main", "Open the saved connection profile with this name."),
            QCoreApplication::translate("main", "name"));
    const QCommandLineOption listProfiles(u"list-profiles"_s,
            QCoreApplication::translate("main", "List the saved connection profiles and exit."));
    const QCommandLineOption screenshotAction(u"screenshot-action"_s,
            QCoreApplication::translate("main",
                    "With --screenshot: trigger this action of the main window "
                    "(e.g. aboutAction) and render the dialog it opens; further "
                    "comma-separated steps act in that dialog."),
            QCoreApplication::translate("main", "action"));
    parser.addOptions(
            {sandbox, baseUrl, workspace, screenshot, profile, listProfiles, screenshotAction});
    const QCommandLineOption search(u"search"_s,
            QCoreApplication::translate("main",
                    "Open with this search applied: a number in any format, a name or a note."),
            QCoreApplication::translate("main", "text"));
    const QCommandLineOption status(u"status"_s,
            QCoreApplication::translate("main", "Open showing only active or inactive numbers."),
            QCoreApplication::translate("main", "active|inactive"));
    const QCommandLineOption loadAll(u"load-all"_s,
            QCoreApplication::translate(
                    "main", "Load every page on start, so search and sort cover all numbers."));
    parser.addOptions({search, status, loadAll});

    CommandLineResult result;
    if (!parser.parse(arguments)) {
        printLine(stderr, parser.errorText());
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(help)) {
        printLine(stdout, parser.helpText());
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(version)) {
        printLine(stdout,
                u"%1 %2"_s.arg(QCoreApplication::applicationName(),
                        QCoreApplication::applicationVersion()));
        result.exitCode = 0;
        return result;
    }

    CommandLineOptions &options = result.options;
    options.forceSandbox = parser.isSet(sandbox);
    options.screenshotPath = parser.value(screenshot);
    options.workspaceId = parser.value(workspace);
    options.profileName = parser.value(profile);
    options.listProfiles = parser.isSet(listProfiles);
    options.screenshotAction = parser.value(screenshotAction);
    options.searchText = parser.value(search);
    options.loadAll = parser.isSet(loadAll);
    if (parser.isSet(status)) {
        const QString value = parser.value(status).trimmed().toLower();
        if (value != u"active" && value != u"inactive") {
            printLine(stderr,
                    QCoreApplication::translate("main", "--status takes active or inactive."));
            result.exitCode = 2;
            return result;
        }
        options.status = value;
    }
    if (!options.screenshotAction.isEmpty() && options.screenshotPath.isEmpty()) {
        printLine(stderr,
                QCoreApplication::translate("main", "--screenshot-action needs --screenshot."));
        result.exitCode = 2;
    }
    const int connectionChoices
            = int(options.forceSandbox) + int(parser.isSet(baseUrl)) + int(parser.isSet(profile));
    if (connectionChoices > 1) {
        printLine(stderr,
                QCoreApplication::translate(
                        "main", "Use only one of --sandbox, --profile and --base-url."));
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(workspace) && !parser.isSet(baseUrl)) {
        printLine(stderr,
                QCoreApplication::translate("main", "--workspace needs --base-url as well."));
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(baseUrl)) {
        // Strict parsing: a mistyped address must stop here rather than fall back to the last
        // profile, which may be another workspace.
        const QString text = parser.value(baseUrl).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
            printLine(stderr,
                    QCoreApplication::translate("main",
                            "--base-url needs an http or https address such as "
                            "https://api.platform.amigo.ai, not “%1”.")
                            .arg(text));
            result.exitCode = 2;
            return result;
        }
        options.baseUrl = url;
        if (options.workspaceId.isEmpty()) {
            printLine(stderr,
                    QCoreApplication::translate("main", "--base-url needs --workspace as well."));
            result.exitCode = 2;
            return result;
        }
        // Every workspace id of the Platform API is a UUID: anything else can only fail later,
        // with a less helpful 404 or 422 from the server.
        const QString id = options.workspaceId.trimmed();
        if (id.size() != 36 || QUuid::fromString(id).isNull()) {
            printLine(stderr,
                    QCoreApplication::translate("main",
                            "--workspace needs a workspace id, a UUID such as "
                            "123e4567-e89b-12d3-a456-426614174000, not “%1”.")
                            .arg(options.workspaceId));
            result.exitCode = 2;
            return result;
        }
        options.workspaceId = id;
    }
    return result;
}
