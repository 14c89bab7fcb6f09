#include "wrkrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QByteArray luaString(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

// The requests are formatted once per wrk thread in init(), so that request() costs wrk next to
// nothing: wrk shares the machine with the server it measures.
QByteArray script(const QStringList &paths, const QString &apiKey)
{
    QByteArray lua = "wrk.headers[\"Authorization\"] = " + luaString(u"Bearer "_s + apiKey)
            + "\nlocal paths = {\n";
    for (const auto &path : paths)
        lua += "  " + luaString(path) + ",\n";
    lua += "}\n"
           "local requests = {}\n"
           "local current = 0\n"
           "function init(args)\n"
           "  for i, path in ipairs(paths) do requests[i] = wrk.format(\"GET\", path) end\n"
           "end\n"
           "function request()\n"
           "  current = current % #requests + 1\n"
           "  return requests[current]\n"
           "end\n";
    return lua;
}

qint64 capturedCount(const QString &output, const QString &pattern)
{
    const auto match = QRegularExpression(pattern).match(output);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace

WrkRun::WrkRun(QString wrk, QString scriptPath, const QStringList &paths, const QString &apiKey)
    : m_wrk(std::move(wrk))
    , m_scriptPath(std::move(scriptPath))
{
    QFile file(m_scriptPath);
    m_ready = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(script(paths, apiKey)) > 0;
}

WrkRun::Result WrkRun::run(const QString &baseUrl, int connections, int seconds) const
{
    Result result;
    QProcess process;
    process.start(m_wrk,
            {u"-t1"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"-s"_s, m_scriptPath,
                    baseUrl});
    process.waitForFinished((seconds + 60) * 1000);
    result.output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());

    const auto rate = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(result.output);
    if (rate.hasMatch())
        result.requestsPerSecond = rate.captured(1).toDouble();
    result.requests = capturedCount(result.output, u"(\\d+) requests in"_s);
    result.failedResponses = capturedCount(result.output, u"Non-2xx or 3xx responses: (\\d+)"_s);
    const auto errors = QRegularExpression(
            u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s)
                                .match(result.output);
    for (int i = 1; errors.hasMatch() && i <= 4; ++i)
        result.failedResponses += errors.captured(i).toLongLong();
    return result;
}

double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

qint64 threadCpuNanoseconds(const QString &threadName)
{
    const QDir tasks(u"/proc/self/task"_s);
    for (const auto &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + u"/comm"_s));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != threadName.toUtf8())
            continue;
        // The first field of schedstat is the time spent on a CPU, in nanoseconds.
        QFile schedstat(tasks.filePath(task + u"/schedstat"_s));
        if (!schedstat.open(QIODevice::ReadOnly))
            return -1;
        bool ok = false;
        const qint64 nanoseconds = schedstat.readAll().split(' ').value(0).toLongLong(&ok);
        return ok ? nanoseconds : -1;
    }
    return -1;
}
