#pragma once

#include <QLoggingCategory>
#include <QString>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

// Where Qt's log messages go: standard error, one line each with time, level and category.
// Messages pass through a redaction step: any registered secret (an API key entered or loaded in
// this run) is replaced before the line is written, whichever code logged it. Categories known
// to print request headers (Qt's HTTP server, used by the embedded sandbox) stay quiet below
// warnings whatever QT_LOGGING_RULES asks for.
namespace AppLog {

using Sink = std::function<void(const QString &line)>;

// `sink` receives each finished line; standard error when empty.
void install(Sink sink = {});

// Secrets shorter than this are not registered: they would redact ordinary words.
inline constexpr qsizetype minimumSecretLength = 8;

void addSecret(const QString &secret);
void clearSecrets();
QString redacted(QString text);

} // namespace AppLog
