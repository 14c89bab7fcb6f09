#include "applog.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "amigo.app", QtInfoMsg)

namespace AppLog {

namespace {

QMutex secretsMutex;
QStringList secrets;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;
Sink sink;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = redacted(qFormatLogMessage(type, context, message));
    if (sink) {
        sink(line);
    } else {
        std::fputs(qPrintable(line + u'\n'), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg && previousHandler)
        previousHandler(type, context, redacted(message));
}

// Qt's HTTP server logs every request with its headers at debug level, Authorization included.
void filterCategory(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void install(Sink lineSink)
{
    sink = std::move(lineSink);
    qSetMessagePattern(u"%{time hh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                       "%{if-warning}warning%{endif}%{if-critical}critical%{endif}"
                       "%{if-fatal}fatal%{endif} %{category}: %{message}"_s);
    previousHandler = qInstallMessageHandler(handleMessage);
    previousFilter = QLoggingCategory::installFilter(filterCategory);
}

void addSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    const QMutexLocker lock(&secretsMutex);
    if (!secrets.contains(secret))
        secrets.append(secret);
}

void clearSecrets()
{
    const QMutexLocker lock(&secretsMutex);
    secrets.clear();
}

QString redacted(QString text)
{
    const QMutexLocker lock(&secretsMutex);
    for (const QString &secret : std::as_const(secrets))
        text.replace(secret, u"[redacted]"_s);
    return text;
}

} // namespace AppLog
