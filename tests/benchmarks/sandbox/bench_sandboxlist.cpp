// Phone-number listing with 100,000 numbers:
//  - the latency of a page deep in the list against the first page (keyset paging should make
//    them equal);
//  - list throughput under wrk against a bare QHttpServer answering a JSON body of the same size.
//    wrk cycles through the continuation tokens of every page of the list, in shuffled order, so
//    each request asks for a different page than the one before it. Both servers answer the same
//    requests, in alternating rounds of the same run, and the ratio is taken per round.

#include "embeddedsandbox.h"
#include "wrkrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString apiKey = u"bench-key"_s;

QByteArray fetch(QNetworkAccessManager *manager, const QUrl &url, qint64 *micros)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *micros = timer.nsecsElapsed() / 1000;
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

template<typename T>
T median(QList<T> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    if (samples.size() % 2 == 1)
        return samples.at(middle);
    return (samples.at(middle - 1) + samples.at(middle)) / 2;
}

double mean(const QList<qint64> &samples)
{
    double sum = 0;
    for (const qint64 sample : samples)
        sum += double(sample);
    return sum / double(samples.size());
}

// Walks the whole list once, checking that every number comes exactly once, and returns the
// query of every page: the first one without a token, then one per continuation token.
QStringList walkAllPages(QNetworkAccessManager *manager, const QUrl &list, int expected)
{
    QStringList queries{u"limit=20"_s};
    QSet<QString> seen;
    QUrl url = list;
    url.setQuery(queries.constFirst());
    qint64 micros = 0;
    for (;;) {
        const QJsonObject page = QJsonDocument::fromJson(fetch(manager, url, &micros)).object();
        for (const auto &item : page.value(u"items"_s).toArray()) {
            const QString id = item.toObject().value(u"id"_s).toString();
            if (seen.contains(id)) {
                std::fprintf(stderr, "number %s listed twice\n", qPrintable(id));
                return {};
            }
            seen.insert(id);
        }
        if (!page.value(u"has_more"_s).toBool())
            break;
        queries << u"limit=20&continuation_token=%1"_s.arg(
                page.value(u"continuation_token"_s).toInteger());
        url.setQuery(queries.constLast());
    }
    if (seen.size() != expected) {
        std::fprintf(stderr, "walked %lld numbers, expected %d\n", qint64(seen.size()), expected);
        return {};
    }
    return queries;
}

const QString sandboxThread = u"amigo-sandbox"_s; // the name EmbeddedSandbox gives its thread
const QString bareThread = u"bare-server"_s;

// A bare QHttpServer in its own thread that answers one fixed JSON body on one path.
class BareServer
{
public:
    BareServer(const QString &path, const QByteArray &body)
    {
        m_thread.setObjectName(bareThread);
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
                m_context,
                [this, path, body] {
                    auto *server = new QHttpServer(m_context);
                    server->route(
                            path, [body] { return QHttpServerResponse("application/json", body); });
                    m_port = server->listen(QHostAddress::LocalHost, 0);
                },
                Qt::BlockingQueuedConnection);
    }
    ~BareServer()
    {
        QMetaObject::invokeMethod(
                m_context, [context = m_context] { delete context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString baseUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
};

struct Measurement
{
    double requestsPerSecond = 0;
    double cpuMicrosPerRequest = 0; // the server thread's CPU time, user and kernel
};

struct Round
{
    double load = 0;
    Measurement bare;
    Measurement sandbox;
};

std::optional<Measurement> measure(const char *side, const WrkRun &wrk, const QString &baseUrl,
        const QString &threadName, int connections, int seconds)
{
    const qint64 cpuBefore = threadCpuNanoseconds(threadName);
    const WrkRun::Result result = wrk.run(baseUrl, connections, seconds);
    const qint64 cpuAfter = threadCpuNanoseconds(threadName);
    if (result.requestsPerSecond <= 0 || result.requests <= 0 || result.failedResponses > 0) {
        std::fprintf(stderr, "wrk against the %s: %lld failed responses\n%s\n", side,
                result.failedResponses, qPrintable(result.output));
        return std::nullopt;
    }
    Measurement measurement;
    measurement.requestsPerSecond = result.requestsPerSecond;
    if (cpuBefore >= 0 && cpuAfter >= 0)
        measurement.cpuMicrosPerRequest = double(cpuAfter - cpuBefore) / 1000.0 / result.requests;
    return measurement;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
            {u"rounds"_s, u"Throughput rounds (bare and sandbox each)."_s, u"n"_s, u"5"_s},
            {u"seconds"_s, u"Length of each wrk run."_s, u"s"_s, u"5"_s},
            {u"connections"_s, u"wrk connections."_s, u"n"_s, u"8"_s},
    });
    parser.process(app);
    const int rounds = qMax(1, parser.value(u"rounds"_s).toInt());
    const int seconds = qMax(1, parser.value(u"seconds"_s).toInt());
    const int connections = qMax(1, parser.value(u"connections"_s).toInt());
    constexpr int count = 100000;
    constexpr int latencyRounds = 300;

    Sandbox::Options options;
    options.apiKeys = {{apiKey, u"owner"_s}};
    options.seed = Sandbox::Seed::Generated;
    options.generatedCount = count;
    Sandbox::EmbeddedSandbox sandbox(options);
    QElapsedTimer seeding;
    seeding.start();
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("seeded %d numbers in %lld ms\n", count, seeding.elapsed());

    const QString listPath = u"/v1/"_s + sandbox.workspaceId() + u"/phone-numbers"_s;
    QUrl first = sandbox.baseUrl();
    first.setPath(listPath);
    first.setQuery(u"limit=20"_s);
    QUrl deep = first;
    deep.setQuery(u"limit=20&continuation_token=99000"_s);

    QNetworkAccessManager manager;
    QElapsedTimer walking;
    walking.start();
    const QStringList queries = walkAllPages(&manager, first, count);
    if (queries.isEmpty())
        return 1;
    std::printf("walked all %lld pages of 20 in %lld ms, every number once\n",
            qint64(queries.size()), walking.elapsed());

    QList<qint64> firstSamples;
    QList<qint64> deepSamples;
    qint64 micros = 0;
    QByteArray firstBody;
    for (int i = 0; i < 20; ++i) { // warm up the connection
        fetch(&manager, first, &micros);
        fetch(&manager, deep, &micros);
    }
    for (int i = 0; i < latencyRounds; ++i) {
        firstBody = fetch(&manager, first, &micros);
        firstSamples << micros;
        fetch(&manager, deep, &micros);
        deepSamples << micros;
    }
    const qint64 firstMedian = median(firstSamples);
    const qint64 deepMedian = median(deepSamples);
    std::printf("first page: median %lld us, mean %.0f us (%d requests, %lld bytes)\n", firstMedian,
            mean(firstSamples), latencyRounds, qint64(firstBody.size()));
    std::printf("deep page (after 99,000): median %lld us, mean %.0f us\n", deepMedian,
            mean(deepSamples));
    std::printf("deep/first latency ratio (median): %.2f (goal <= 1.2)\n",
            double(deepMedian) / double(firstMedian));

    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty()) {
        std::printf("wrk not found: throughput not measured (apt-get install wrk)\n");
        return 0;
    }
    QStringList paths;
    for (const auto &query : queries)
        paths << listPath + u'?' + query;
    std::shuffle(paths.begin(), paths.end(), *QRandomGenerator::global());
    QTemporaryDir scratch;
    const WrkRun wrkRun(wrk, scratch.filePath(u"pages.lua"_s), paths, apiKey);
    if (!wrkRun.isReady()) {
        std::fprintf(stderr, "cannot write the wrk script\n");
        return 1;
    }
    BareServer bare(listPath, firstBody);

    std::printf("wrk -t1 -c%d -d%ds, %lld different pages in turn, bare QHttpServer answering the "
                "same %lld-byte JSON to the same requests:\n",
            connections, seconds, qint64(paths.size()), qint64(firstBody.size()));
    QList<Round> results;
    for (int i = 0; i < rounds; ++i) {
        Round round;
        round.load = loadAverage();
        const auto measureBare = [&] {
            return measure("bare server", wrkRun, bare.baseUrl(), bareThread, connections, seconds);
        };
        const auto measureSandbox = [&] {
            return measure("sandbox", wrkRun, sandbox.baseUrl().toString(), sandboxThread,
                    connections, seconds);
        };
        // Alternating which side goes first spreads a change in the machine's load over both.
        std::optional<Measurement> bareResult;
        std::optional<Measurement> sandboxResult;
        if (i % 2 == 0) {
            bareResult = measureBare();
            sandboxResult = measureSandbox();
        } else {
            sandboxResult = measureSandbox();
            bareResult = measureBare();
        }
        if (!bareResult || !sandboxResult)
            return 1;
        round.bare = *bareResult;
        round.sandbox = *sandboxResult;
        std::printf(
                "  round %d (load %.2f): bare %.0f req/s (%.1f us CPU each), sandbox %.0f req/s "
                "(%.1f us CPU each), ratio %.2f\n",
                i + 1, round.load, round.bare.requestsPerSecond, round.bare.cpuMicrosPerRequest,
                round.sandbox.requestsPerSecond, round.sandbox.cpuMicrosPerRequest,
                round.sandbox.requestsPerSecond / round.bare.requestsPerSecond);
        std::fflush(stdout);
        results << round;
    }

    QList<double> loads;
    QList<double> bareRates;
    QList<double> sandboxRates;
    QList<double> ratios;
    QList<double> bareCpu;
    QList<double> sandboxCpu;
    QList<double> cpuRatios;
    for (const auto &round : std::as_const(results)) {
        loads << round.load;
        bareRates << round.bare.requestsPerSecond;
        sandboxRates << round.sandbox.requestsPerSecond;
        ratios << round.sandbox.requestsPerSecond / round.bare.requestsPerSecond;
        bareCpu << round.bare.cpuMicrosPerRequest;
        sandboxCpu << round.sandbox.cpuMicrosPerRequest;
        if (round.sandbox.cpuMicrosPerRequest > 0)
            cpuRatios << round.bare.cpuMicrosPerRequest / round.sandbox.cpuMicrosPerRequest;
    }
    std::printf("median of %d rounds (load %.2f): bare %.0f req/s, sandbox list (limit 20) %.0f "
                "req/s\n",
            rounds, median(loads), median(bareRates), median(sandboxRates));
    std::printf("sandbox/bare throughput ratio (median of rounds): %.2f (goal >= 0.5)\n",
            median(ratios));
    if (!cpuRatios.isEmpty()) {
        std::printf("server CPU time per request (median): bare %.1f us, sandbox %.1f us; "
                    "bare/sandbox %.2f, the throughput ratio a machine to itself would give\n",
                median(bareCpu), median(sandboxCpu), median(cpuRatios));
    }
    return 0;
}
