#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    const QCommandLineOption sandbox(
            u"sandbox"_s,
            QCoreApplication::translate("main", "Use the embedded local sandbox (demo data)."));
    const QCommandLineOption baseUrl(
            u"base-url"_s,
            QCoreApplication::translate("main",
                                        "Platform API address; the API key is read from the "
                                        "AMIGO_API_KEY environment variable."),
            QCoreApplication::translate("main", "url"));
    const QCommandLineOption workspace(
            u"workspace"_s, QCoreApplication::translate("main", "Workspace id (UUID)."),
            QCoreApplication::translate("main", "id"));
    const QCommandLineOption screenshot(
            u"screenshot"_s,
            QCoreApplication::translate("main",
                                        "Render the main window to a PNG once the first page has "
                                        "arrived, print a summary line and exit."),
            QCoreApplication::translate("main", "path"));
    parser.addOptions({sandbox, baseUrl, workspace, screenshot});

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
        printLine(stdout, u"%1 %2"_s.arg(QCoreApplication::applicationName(),
                                         QCoreApplication::applicationVersion()));
        result.exitCode = 0;
        return result;
    }

    CommandLineOptions &options = result.options;
    options.forceSandbox = parser.isSet(sandbox);
    options.screenshotPath = parser.value(screenshot);
    options.workspaceId = parser.value(workspace);
    if (parser.isSet(baseUrl)) {
        options.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));
        if (options.workspaceId.isEmpty()) {
            printLine(stderr, QCoreApplication::translate("main",
                                                          "--base-url needs --workspace as well."));
            result.exitCode = 2;
        }
    }
    if (options.forceSandbox && parser.isSet(baseUrl)) {
        printLine(stderr, QCoreApplication::translate(
                                  "main", "--sandbox and --base-url cannot be used together."));
        result.exitCode = 2;
    }
    return result;
}
