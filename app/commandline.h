#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the person or script asked for on the command line.
struct CommandLineOptions
{
    bool forceSandbox = false;
    QUrl baseUrl;
    QString workspaceId;
    QString screenshotPath;
    // With --screenshot: trigger this action of the main window (by object name) once the first
    // page is in, and render the dialog it opens instead of the main window. Further steps after
    // commas act in that dialog: "next" (a wizard's page), "key:Return", a button's object name.
    QString screenshotAction;
    QString profileName; // --profile: a saved connection profile, by name
    bool listProfiles = false;
    // The table's view on opening: --search TEXT, --status active|inactive, --load-all.
    QString searchText;
    std::optional<QString> status;
    bool loadAll = false;
};

// Parses the arguments; prints help, the version, or an error and gives an exit code when the
// app should not start.
struct CommandLineResult
{
    CommandLineOptions options;
    std::optional<int> exitCode;
};

CommandLineResult parseCommandLine(const QStringList &arguments);
