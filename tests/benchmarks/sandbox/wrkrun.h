#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs wrk against a loopback server, requesting the given paths in turn (a Lua script cycles
// through them), and reads back its figures.
class WrkRun
{
public:
    struct Result
    {
        double requestsPerSecond = 0;
        qint64 requests = 0;
        qint64 failedResponses = 0; // non-2xx/3xx answers and socket errors
        QString output;             // wrk's report, for the log when something went wrong
    };

    // The script is written once to scriptPath; every request carries the bearer key.
    WrkRun(QString wrk, QString scriptPath, const QStringList &paths, const QString &apiKey);

    bool isReady() const { return m_ready; }
    Result run(const QString &baseUrl, int connections, int seconds) const;

private:
    QString m_wrk;
    QString m_scriptPath;
    bool m_ready = false;
};

// The load average over the last minute, as /proc/loadavg tells it; negative when unknown.
double loadAverage();

// The CPU time a thread of this process has used so far, user and kernel, found by the name the
// thread gave itself (a QThread's objectName); negative when unknown. Unlike a throughput figure
// it hardly depends on what else the machine is doing.
qint64 threadCpuNanoseconds(const QString &threadName);
