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
};

// Parses the arguments; prints help, the version, or an error and gives an exit code when the
// app should not start.
struct CommandLineResult
{
    CommandLineOptions options;
    std::optional<int> exitCode;
};

CommandLineResult parseCommandLine(const QStringList &arguments);
