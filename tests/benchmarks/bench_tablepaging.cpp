// The phone-number table over a sandbox seeded with many numbers, on loopback:
//  - loading every page through the model (with the filter proxy and a table view attached)
//    against a bare client that GETs the same pages one after another on one keep-alive
//    connection and reads each body's continuation token; rounds alternate, the ratio is taken
//    per round;
//  - resident-set growth per loaded row against the size of that row's JSON on the wire;
//  - the worst stall of the GUI thread while paging (gaps between ticks of a 1 ms timer);
//  - the time to apply and to change the search filter over every loaded row.
//
// Not a CTest test: run it by hand, it prints its figures.
//   <build>/tests/benchmarks/bench_tablepaging [--count N] [--rounds N]

#include "apiclient.h"
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
#include <QTableView>
#include <QTcpSocket>
#include <QTimer>

#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

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

// CPU time of this thread: on a shared machine the wall clock also counts other processes.
double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

struct BareResult
{
    qint64 nanoseconds = 0;
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

    bool run(BareResult *result)
    {
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        if (!socket.waitForConnected(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
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
            if (!page.value(u"has_more"_s).toBool())
                break;
            token = QByteArray::number(page.value(u"continuation_token"_s).toInteger());
        }
        result->nanoseconds = timer.nsecsElapsed();
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

// Measures the longest gap between ticks of a 1 ms timer on the GUI thread.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_last;
            m_worst = std::max(m_worst, gap);
            if (gap > 16'000'000)
                ++m_over16;
            ++m_ticks;
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_over16 = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_worst) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;

public:
    int m_over16 = 0;
    int m_ticks = 0;
};

struct ModelResult
{
    qint64 nanoseconds = 0;
    int rows = 0;
    double worstStallMs = 0;
    int stallsOver16 = 0;
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
    QObject::connect(&table->model, &PhoneNumberTableModel::pageLoaded, &loop, [table] {
        // The first page is in: ask for the rest, as the Load All button does.
        if (!table->model.isLoadingAll() && table->model.hasMore())
            table->model.loadAll();
    });

    QElapsedTimer timer;
    timer.start();
    probe.start();
    table->model.refresh();
    loop.exec();
    result.nanoseconds = timer.nsecsElapsed();
    result.worstStallMs = probe.stop();
    result.stallsOver16 = probe.m_over16;
    result.ticks = probe.m_ticks;
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

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
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
    QList<double> stalls;
    BareResult bare;
    double rowBytes = 0;
    for (int round = 1; round <= rounds; ++round) {
        bare = {};
        if (!BareClient(sandbox.baseUrl(), sandbox.workspaceId()).run(&bare)) {
            std::fprintf(stderr, "bare client failed\n");
            return 1;
        }
        rowBytes = double(bare.itemBytes) / double(bare.rows);

        malloc_trim(0);
        const qint64 rssBefore = residentBytes();
        const qint64 heapBefore = heapInUse();
        auto table = std::make_unique<Table>(settings);
        const ModelResult model = loadThroughModel(table.get());
        malloc_trim(0);
        const qint64 rssGrowth = residentBytes() - rssBefore;
        const qint64 heapGrowth = heapInUse() - heapBefore;

        const double ratio = double(model.nanoseconds) / double(bare.nanoseconds);
        ratios.append(ratio);
        stalls.append(model.worstStallMs);
        std::printf("round %d: bare %d pages, %lld rows in %.0f ms; model %d rows in %.0f ms; "
                    "ratio %.3f; worst GUI stall %.1f ms (%d of %d timer ticks late by >16 ms)\n",
                round, bare.pages, bare.rows, double(bare.nanoseconds) / 1e6, model.rows,
                double(model.nanoseconds) / 1e6, ratio, model.worstStallMs, model.stallsOver16,
                model.ticks);
        std::printf("         memory per row: RSS +%.0f B, heap +%.0f B; row JSON %.0f B; "
                    "RSS/JSON %.2f\n",
                double(rssGrowth) / model.rows, double(heapGrowth) / model.rows, rowBytes,
                double(rssGrowth) / model.rows / rowBytes);

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
                    matches += query.matches(table->model.searchKeyAt(row)) ? 1 : 0;
                std::printf("  matching keys alone: %d matches in %.1f ms (CPU %.1f ms)\n", matches,
                        double(keyTimer.nsecsElapsed()) / 1e6, threadCpuMs() - keyCpu);
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
    std::printf("model/bare load time ratio: median %.3f over %d rounds (goal 1.15)\n",
            median(ratios), rounds);
    std::printf("worst GUI stall while paging: %.1f ms (goal 16 ms)\n",
            *std::max_element(stalls.begin(), stalls.end()));
    return 0;
}
