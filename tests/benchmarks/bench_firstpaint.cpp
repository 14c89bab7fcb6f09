// Time from process start to the first page of numbers painted, against a bare Qt Widgets
// window's start on the same machine, with the sandbox seeded with many numbers on loopback.
// Both are child processes (bench_firstpaint_window) on the offscreen platform; the time runs
// from QProcess::start() to the child's "painted" line, in alternating runs.
//   <build>/tests/benchmarks/bench_firstpaint [--count N] [--runs N]

#include "benchmarkstatistics.h"
#include "embeddedsandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using BenchmarkStatistics::median;

namespace {

const QString apiKey = u"bench-key"_s;

// Milliseconds until the child printed "painted", or -1.
double timeToPaint(const QStringList &arguments)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"AMIGO_API_KEY"_s, apiKey);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);

    QElapsedTimer timer;
    timer.start();
    child.start(QStringLiteral(AMIGO_FIRSTPAINT_WINDOW), arguments);
    QByteArray output;
    while (!output.contains("painted")) {
        if (!child.waitForReadyRead(60000))
            return -1;
        output += child.readAllStandardOutput();
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    child.waitForFinished(10000);
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(
            u"count"_s, u"Numbers in the sandbox."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each."_s, u"n"_s, u"10"_s);
    parser.addOptions({countOption, runsOption});
    parser.process(app);

    Sandbox::Options options;
    options.apiKeys = {{apiKey, u"owner"_s}};
    options.seed = Sandbox::Seed::Generated;
    options.generatedCount = parser.value(countOption).toInt();
    Sandbox::EmbeddedSandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QStringList appArguments{
            u"--base-url"_s, sandbox.baseUrl().toString(), u"--workspace"_s, sandbox.workspaceId()};

    QList<double> bare;
    QList<double> window;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    // One of each first, unmeasured: the first start of a program pays for cold disk caches.
    timeToPaint({u"--bare"_s});
    timeToPaint(appArguments);
    for (int run = 0; run < runs; ++run) {
        bare.append(timeToPaint({u"--bare"_s}));
        window.append(timeToPaint(appArguments));
        std::printf("run %d: bare window %.0f ms, first page painted %.0f ms\n", run + 1,
                bare.last(), window.last());
    }
    if (bare.contains(-1) || window.contains(-1)) {
        std::fprintf(stderr, "a child did not paint\n");
        return 1;
    }
    std::printf("median: bare window %.0f ms, first page painted %.0f ms, ratio %.2f\n",
            median(bare), median(window), median(window) / median(bare));
    return 0;
}
