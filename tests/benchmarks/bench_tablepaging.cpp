// The phone-number table over a sandbox seeded with many numbers, on loopback:
//  - loading every page through the model (with the filter proxy and a table view attached)
//    against a bare client that GETs the same pages one after another on one keep-alive
//    connection and reads each body's continuation token, and against the same pages through a
//    bare QNetworkAccessManager; the bare clients take turns at going first, the ratios are taken
//    per round and summed up as median (min-max);
//  - resident-set growth per loaded row against the size of that row's JSON on the wire;
//  - the worst stall of the GUI thread while paging (gaps between ticks of a 1 ms timer);
//  - the time to apply and to change the search filter over every loaded row.
//
// Not a CTest test: run it by hand, it prints its figures.
//   <build>/tests/benchmarks/bench_tablepaging [--count N] [--rounds N]

#include "apiclient.h"
#include "benchmarkstatistics.h"
#include "embeddedsandbox.h"
#include "phonenumberfilterproxy.h"
#include "phonenumbertablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTcpSocket>
#include <QTimer>

#include <ctime>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;
using BenchmarkStatistics::median;

namespace {

const QString apiKey = u"bench-key"_s;

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

// CPU time of this thread: on a shared machine the wall clock also counts other processes.
double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

// CPU time of the whole process (all threads, the sandbox's included).
double processCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

struct BareResult
{
    qint64 nanoseconds = 0;
    double processCpuMs = 0;
    double threadCpuMs = 0; // the calling thread's: for QNetworkAccessManager, the GUI thread
    int pages = 0;
    qint64 rows = 0;
    qint64 itemBytes = 0; // the items' JSON as the server wrote it
};

// One keep-alive HTTP/1.1 connection, blocking reads: the least a client can do per page.
class BareClient
{
public:
    BareClient(const QUrl &base, const QString &workspace)
        : m_base(base)
        , m_workspace(workspace)
    { }

    // Reads pages until the last one, or `maxPages` of them.
    bool run(BareResult *result, int maxPages = std::numeric_limits<int>::max())
    {
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        if (!socket.waitForConnected(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        const double cpu = processCpuMs();
        QByteArray token;
        for (;;) {
            QByteArray path = "/v1/" + m_workspace.toUtf8() + "/phone-numbers?limit=20";
            if (!token.isEmpty())
                path += "&continuation_token=" + token;
            socket.write("GET " + path + " HTTP/1.1\r\nHost: " + m_base.host().toUtf8()
                    + "\r\nAuthorization: Bearer " + apiKey.toUtf8()
                    + "\r\nAccept: application/json\r\nConnection: keep-alive\r\n\r\n");
            const QByteArray body = readResponse(&socket);
            if (body.isNull())
                return false;
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            const QJsonArray items = page.value(u"items"_s).toArray();
            result->rows += items.size();
            result->itemBytes += itemBytesOf(body, items.size());
            ++result->pages;
            if (!page.value(u"has_more"_s).toBool() || result->pages >= maxPages)
                break;
            token = QByteArray::number(page.value(u"continuation_token"_s).toInteger());
        }
        result->nanoseconds = timer.nsecsElapsed();
        result->processCpuMs = processCpuMs() - cpu;
        return true;
    }

private:
    static QByteArray readResponse(QTcpSocket *socket)
    {
        QByteArray buffer;
        qsizetype headerEnd = -1;
        while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (!socket->waitForReadyRead(10000))
                return {};
            buffer += socket->readAll();
        }
        const QByteArray head = buffer.left(headerEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        if (at < 0)
            return {};
        const qsizetype lineEnd = head.indexOf("\r\n", at);
        const qint64 length
                = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
        QByteArray body = buffer.mid(headerEnd + 4);
        while (body.size() < length) {
            if (!socket->waitForReadyRead(10000))
                return {};
            body += socket->readAll();
        }
        return body;
    }

    // The bytes of the items array, less its brackets and separating commas.
    static qint64 itemBytesOf(const QByteArray &body, qsizetype items)
    {
        const qsizetype start = body.indexOf("\"items\":[");
        if (start < 0 || items == 0)
            return 0;
        int depth = 0;
        qsizetype i = start + 8;
        bool inString = false;
        for (; i < body.size(); ++i) {
            const char c = body.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                if (--depth == 0)
                    break;
            }
        }
        return (i - (start + 8) + 1) - 2 - (items - 1);
    }

    QUrl m_base;
    QString m_workspace;
};

// The same pages through QNetworkAccessManager (which keeps the connection alive), with no
// model: what the app's HTTP stack costs on its own.
bool runNetworkAccessManager(const QUrl &base, const QString &workspace, BareResult *result)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    const double cpu = processCpuMs();
    const double ownCpu = threadCpuMs();
    QByteArray token;
    for (;;) {
        QUrl url = base;
        url.setPath(u"/v1/"_s + workspace + u"/phone-numbers"_s);
        url.setQuery(u"limit=20"_s
                + (token.isEmpty() ? QString()
                                   : u"&continuation_token="_s + QString::fromLatin1(token)));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const bool failed = reply->error() != QNetworkReply::NoError;
        reply->deleteLater();
        if (failed)
            return false;
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        result->rows += page.value(u"items"_s).toArray().size();
        ++result->pages;
        if (!page.value(u"has_more"_s).toBool())
            break;
        token = QByteArray::number(page.value(u"continuation_token"_s).toInteger());
    }
    result->nanoseconds = timer.nsecsElapsed();
    result->processCpuMs = processCpuMs() - cpu;
    result->threadCpuMs = threadCpuMs() - ownCpu;
    return true;
}

// Measures the longest gap between ticks of a 1 ms timer on the GUI thread, and how much of it
// the thread spent working (on a busy machine the rest is the scheduler running others).
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            const qint64 gap = now - m_last;
            worstGapMs = std::max(worstGapMs, double(gap) / 1e6);
            worstBusyMs = std::max(worstBusyMs, cpu - m_lastCpu);
            if (gap > 16'000'000)
                ++gapsOver16;
            if (cpu - m_lastCpu > 16)
                ++busyOver16;
            ++ticks;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        *this = {};
        m_clock.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    StallProbe &operator=(const StallProbe &)
    {
        worstGapMs = worstBusyMs = 0;
        gapsOver16 = busyOver16 = ticks = 0;
        m_last = 0;
        return *this;
    }

    double worstGapMs = 0;
    double worstBusyMs = 0;
    int gapsOver16 = 0;
    int busyOver16 = 0;
    int ticks = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
};

struct ModelResult
{
    qint64 nanoseconds = 0;
    int rowsAtFirstPage = 0;
    qint64 rssAtFirstPage = 0;
    qint64 heapAtFirstPage = 0;
    double processCpuMs = 0;
    double guiThreadCpuMs = 0;
    int rows = 0;
    double worstGapMs = 0;
    double worstBusyMs = 0;
    int gapsOver16 = 0;
    int busyOver16 = 0;
    int ticks = 0;
};

struct Table
{
    QNetworkAccessManager network;
    ApiClient client;
    PhoneNumberTableModel model;
    PhoneNumberFilterProxy proxy;
    QTableView view;

    explicit Table(const ConnectionSettings &settings)
        : client(&network, settings)
        , model(&client)
        , proxy(&model)
    {
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        // As the main window sets it up.
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setWordWrap(false);
        view.resize(1200, 700);
        view.show();
    }
};

ModelResult loadThroughModel(Table *table)
{
    ModelResult result;
    StallProbe probe;
    QEventLoop loop;
    QObject::connect(
            &table->model, &PhoneNumberTableModel::loadingAllChanged, &loop, [&loop](bool running) {
                if (!running)
                    loop.quit();
            });
    QObject::connect(
            &table->model, &PhoneNumberTableModel::pageLoaded, &loop, [table, &result, &probe] {
                // The first page is in and painted: memory from here on grows with the rows, not
                // with the window's fonts, styles and back buffer. Ask for the rest, as Load All
                // does.
                if (!table->model.isLoadingAll() && table->model.hasMore()) {
                    table->view.repaint();
                    malloc_trim(0);
                    result.rowsAtFirstPage = table->model.rowCount();
                    result.rssAtFirstPage = residentBytes();
                    result.heapAtFirstPage = heapInUse();
                    // The measuring above is the benchmark's own stall: the probe starts after it.
                    probe.start();
                    table->model.loadAll();
                }
            });

    QElapsedTimer timer;
    timer.start();
    const double processCpu = processCpuMs();
    const double threadCpu = threadCpuMs();
    probe.start();
    table->model.refresh();
    loop.exec();
    probe.stop();
    result.nanoseconds = timer.nsecsElapsed();
    result.processCpuMs = processCpuMs() - processCpu;
    result.guiThreadCpuMs = threadCpuMs() - threadCpu;
    result.worstGapMs = probe.worstGapMs;
    result.worstBusyMs = probe.worstBusyMs;
    result.gapsOver16 = probe.gapsOver16;
    result.busyOver16 = probe.busyOver16;
    result.ticks = probe.ticks;
    result.rows = table->model.rowCount();
    if (table->model.lastError())
        std::fprintf(stderr, "model load failed: %s\n",
                qPrintable(table->model.lastError()->fullText()));
    return result;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing timeSearch(Table *table, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    table->proxy.setSearchText(text);
    // Until the view has taken the change in (its layout runs from the event loop).
    QCoreApplication::processEvents();
    return {double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu};
}

// "median (min–max)" of the rounds' figures.
QByteArray spread(const QList<double> &values)
{
    const auto [least, most] = std::minmax_element(values.begin(), values.end());
    return QByteArray::number(median(values), 'f', 3) + " (" + QByteArray::number(*least, 'f', 3)
            + "-" + QByteArray::number(*most, 'f', 3) + ")";
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(
            u"count"_s, u"Numbers in the sandbox."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Alternating rounds."_s, u"n"_s, u"3"_s);
    parser.addOptions({countOption, roundsOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    Sandbox::Options options;
    options.apiKeys = {{apiKey, u"owner"_s}};
    options.seed = Sandbox::Seed::Generated;
    options.generatedCount = count;
    Sandbox::EmbeddedSandbox sandbox(options);
    QString error;
    QElapsedTimer seeding;
    seeding.start();
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("sandbox with %d numbers ready in %.1f s at %s\n", count,
            double(seeding.elapsed()) / 1000, qPrintable(sandbox.baseUrl().toString()));
    const ConnectionSettings settings{sandbox.baseUrl(), sandbox.workspaceId(), apiKey};

    QList<double> ratios;
    QList<double> networkRatios;
    QList<double> cpuRatios;
    QList<double> memoryRatios;
    QList<double> networkOverBare;
    QList<double> modelMs;
    QList<double> bareMs;
    QList<double> networkMs;
    double worstGap = 0;
    double worstBusy = 0;
    BareResult bare;
    double rowBytes = 0;
    // One page first, so that no client pays for the sandbox building its list index.
    {
        BareClient warmUp(sandbox.baseUrl(), sandbox.workspaceId());
        BareResult ignored;
        warmUp.run(&ignored, 1);
    }
    for (int round = 1; round <= rounds; ++round) {
        // The clients take turns at going first: none always meets a cold or a tired machine.
        bare = {};
        BareResult viaNetwork;
        const auto runBare = [&] {
            return BareClient(sandbox.baseUrl(), sandbox.workspaceId()).run(&bare);
        };
        const auto runNetwork = [&] {
            return runNetworkAccessManager(sandbox.baseUrl(), sandbox.workspaceId(), &viaNetwork);
        };
        const bool bareFirst = round % 2 == 1;
        if (!(bareFirst ? runBare() : runNetwork()) || !(bareFirst ? runNetwork() : runBare())) {
            std::fprintf(stderr, "bare client failed\n");
            return 1;
        }
        rowBytes = double(bare.itemBytes) / double(bare.rows);

        malloc_trim(0);
        const qint64 rssBefore = residentBytes();
        auto table = std::make_unique<Table>(settings);
        const ModelResult model = loadThroughModel(table.get());
        malloc_trim(0);
        const qint64 rssGrowth = residentBytes() - model.rssAtFirstPage;
        const qint64 heapGrowth = heapInUse() - model.heapAtFirstPage;
        const int rowsGrown = model.rows - model.rowsAtFirstPage;
        const double fixedMb = double(model.rssAtFirstPage - rssBefore) / 1e6;
        QElapsedTimer paintTimer;
        paintTimer.start();
        const double paintCpu = threadCpuMs();
        table->view.viewport()->repaint();
        const double paintMs = threadCpuMs() - paintCpu;

        const double ratio = double(model.nanoseconds) / double(bare.nanoseconds);
        const double networkRatio = double(model.nanoseconds) / double(viaNetwork.nanoseconds);
        const double cpuRatio = model.processCpuMs / bare.processCpuMs;
        const double memoryRatio = double(rssGrowth) / rowsGrown / rowBytes;
        ratios.append(ratio);
        networkRatios.append(networkRatio);
        networkOverBare.append(double(viaNetwork.nanoseconds) / double(bare.nanoseconds));
        modelMs.append(double(model.nanoseconds) / 1e6);
        bareMs.append(double(bare.nanoseconds) / 1e6);
        networkMs.append(double(viaNetwork.nanoseconds) / 1e6);
        cpuRatios.append(cpuRatio);
        memoryRatios.append(memoryRatio);
        worstGap = std::max(worstGap, model.worstGapMs);
        worstBusy = std::max(worstBusy, model.worstBusyMs);
        std::printf("round %d: %d pages, %lld rows\n", round, bare.pages, bare.rows);
        std::printf("  bare socket client: %7.0f ms wall, %7.0f ms CPU (process)\n",
                double(bare.nanoseconds) / 1e6, bare.processCpuMs);
        std::printf("  bare QNetworkAccessManager: %7.0f ms wall, %7.0f ms CPU (GUI thread "
                    "%.0f ms)\n",
                double(viaNetwork.nanoseconds) / 1e6, viaNetwork.processCpuMs,
                viaNetwork.threadCpuMs);
        std::printf("  model+proxy+view: %7.0f ms wall, %7.0f ms CPU (GUI thread %.0f ms), "
                    "%d rows\n",
                double(model.nanoseconds) / 1e6, model.processCpuMs, model.guiThreadCpuMs,
                model.rows);
        std::printf("  ratio model/bare socket %.3f wall, %.3f CPU; model/bare QNAM %.3f wall\n",
                ratio, cpuRatio, networkRatio);
        std::printf("  GUI thread: worst gap between 1 ms ticks %.1f ms (%d of %d over 16 ms); "
                    "worst work between ticks %.1f ms (%d over 16 ms)\n",
                model.worstGapMs, model.gapsOver16, model.ticks, model.worstBusyMs,
                model.busyOver16);
        std::printf("  memory per row: RSS +%.0f B, heap +%.0f B; row JSON %.0f B; "
                    "RSS/JSON %.2f\n",
                double(rssGrowth) / rowsGrown, double(heapGrowth) / rowsGrown, rowBytes,
                memoryRatio);
        std::printf("  (the window with its first page took %.1f MB; one repaint of the table "
                    "costs %.1f ms CPU)\n",
                fixedMb, paintMs);

        if (round == rounds) {
            const QStringList searches{u"+1 212-555-01"_s, u"020 7946 0"_s, u"line 4711"_s,
                    u"no such number"_s, u"LONDON"_s, QString()};
            double worst = 0;
            double worstCpu = 0;
            for (const QString &search : searches) {
                const Timing timing = timeSearch(table.get(), search);
                worst = std::max(worst, timing.wallMs);
                worstCpu = std::max(worstCpu, timing.cpuMs);
                std::printf("search %-18s -> %6d rows in %6.1f ms (CPU %.1f ms)\n",
                        qPrintable(u"\"%1\""_s.arg(search)), table->proxy.rowCount(), timing.wallMs,
                        timing.cpuMs);
            }
            {
                // The same searches on a proxy that no view watches: the filter's own cost.
                PhoneNumberFilterProxy bare(&table->model);
                bare.rowCount();
                for (const QString &search : searches) {
                    QElapsedTimer filterTimer;
                    filterTimer.start();
                    bare.setSearchText(search);
                    bare.rowCount();
                    std::printf("  without a view: \"%s\" in %.1f ms\n", qPrintable(search),
                            double(filterTimer.nsecsElapsed()) / 1e6);
                }
                QElapsedTimer keyTimer;
                keyTimer.start();
                const double keyCpu = threadCpuMs();
                const NumberSearchQuery query(u"line 4711"_s);
                int matches = 0;
                for (int row = 0; row < table->model.rowCount(); ++row)
                    matches += table->model.searchIndex().matches(row, query) ? 1 : 0;
                std::printf("  matching row by row: %d matches in %.1f ms (CPU %.1f ms)\n", matches,
                        double(keyTimer.nsecsElapsed()) / 1e6, threadCpuMs() - keyCpu);
                keyTimer.restart();
                const double bulkCpu = threadCpuMs();
                const QBitArray bulk = table->model.searchIndex().matchAll(query);
                std::printf("  matching all rows at once: %lld matches in %.1f ms (CPU %.1f ms)\n",
                        qlonglong(bulk.count(true)), double(keyTimer.nsecsElapsed()) / 1e6,
                        threadCpuMs() - bulkCpu);
            }
            QElapsedTimer sortTimer;
            sortTimer.start();
            const double sortCpu = threadCpuMs();
            table->view.sortByColumn(PhoneNumberTableModel::DisplayNameColumn, Qt::AscendingOrder);
            QCoreApplication::processEvents();
            std::printf("sort %d rows by display name in %.1f ms (CPU %.1f ms)\n",
                    table->proxy.rowCount(), double(sortTimer.nsecsElapsed()) / 1e6,
                    threadCpuMs() - sortCpu);
            std::printf("worst search over %d rows: %.1f ms, CPU %.1f ms (goal 50 ms)\n",
                    table->model.rowCount(), worst, worstCpu);
        }
    }
    std::printf("\nsummary over %d rounds, median (min-max):\n", rounds);
    std::printf("  load time model/bare socket: %s wall, %s CPU (goal 1.15)\n",
            spread(ratios).constData(), spread(cpuRatios).constData());
    std::printf("  load time model/bare QNetworkAccessManager: %s wall\n",
            spread(networkRatios).constData());
    std::printf("  load time bare QNetworkAccessManager/bare socket: %s wall\n",
            spread(networkOverBare).constData());
    std::printf("  load time in ms: model %s, bare socket %s, bare QNetworkAccessManager %s\n",
            spread(modelMs).constData(), spread(bareMs).constData(), spread(networkMs).constData());
    std::printf("  RSS growth per row / row JSON: %s (goal 2)\n", spread(memoryRatios).constData());
    std::printf("  GUI thread while paging: worst gap %.1f ms, worst own work %.1f ms "
                "(goal 16 ms)\n",
            worstGap, worstBusy);
    return 0;
}
