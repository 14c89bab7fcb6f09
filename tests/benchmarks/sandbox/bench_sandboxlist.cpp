// Phone-number listing with 100,000 numbers: the latency of a page deep in the list against the
// first page (keyset paging should make them equal), and list throughput under wrk against a
// bare QHttpServer answering a JSON body of the same size.

#include "embeddedsandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdio>

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

struct Stats
{
    double median = 0;
    double mean = 0;
};

Stats statsOf(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    Stats stats;
    stats.median = double(samples.at(samples.size() / 2));
    for (const qint64 sample : samples)
        stats.mean += double(sample);
    stats.mean /= double(samples.size());
    return stats;
}

double wrkRequestsPerSecond(const QString &wrk, const QUrl &url, bool authorized)
{
    QStringList arguments{u"-t1"_s, u"-c8"_s, u"-d5s"_s};
    if (authorized)
        arguments << u"-H"_s << u"Authorization: Bearer "_s + apiKey;
    arguments << url.toString();
    QProcess process;
    process.start(wrk, arguments);
    process.waitForFinished(60000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const auto match = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(output);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "wrk said:\n%s\n%s\n", qPrintable(output),
                process.readAllStandardError().constData());
        return 0;
    }
    if (output.contains(u"Non-2xx"_s))
        std::fprintf(stderr, "wrk saw non-2xx responses:\n%s\n", qPrintable(output));
    return match.captured(1).toDouble();
}

// A bare QHttpServer in its own thread that answers one fixed JSON body.
class BareServer
{
public:
    explicit BareServer(const QByteArray &body)
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
                m_context,
                [this, body] {
                    auto *server = new QHttpServer(m_context);
                    server->route(u"/bare"_s,
                            [body] { return QHttpServerResponse("application/json", body); });
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
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/bare"_s.arg(m_port)); }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int count = 100000;
    constexpr int rounds = 300;

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

    QUrl first = sandbox.baseUrl();
    first.setPath(u"/v1/"_s + sandbox.workspaceId() + u"/phone-numbers"_s);
    first.setQuery(u"limit=20"_s);
    QUrl deep = first;
    deep.setQuery(u"limit=20&continuation_token=99000"_s);

    QNetworkAccessManager manager;
    QList<qint64> firstSamples;
    QList<qint64> deepSamples;
    qint64 micros = 0;
    QByteArray firstBody;
    for (int i = 0; i < 20; ++i) { // warm up the connection and the statement cache
        fetch(&manager, first, &micros);
        fetch(&manager, deep, &micros);
    }
    for (int i = 0; i < rounds; ++i) {
        firstBody = fetch(&manager, first, &micros);
        firstSamples << micros;
        fetch(&manager, deep, &micros);
        deepSamples << micros;
    }
    const Stats firstStats = statsOf(firstSamples);
    const Stats deepStats = statsOf(deepSamples);
    std::printf("first page: median %.0f us, mean %.0f us (%d requests, %lld bytes)\n",
            firstStats.median, firstStats.mean, rounds, qint64(firstBody.size()));
    std::printf("deep page (after 99,000): median %.0f us, mean %.0f us\n", deepStats.median,
            deepStats.mean);
    std::printf("deep/first latency ratio (median): %.2f (goal <= 1.2)\n",
            deepStats.median / firstStats.median);

    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty()) {
        std::printf("wrk not found: throughput not measured (apt-get install wrk)\n");
        return 0;
    }
    BareServer bare(firstBody);
    const double bareRate = wrkRequestsPerSecond(wrk, bare.url(), false);
    const double sandboxRate = wrkRequestsPerSecond(wrk, first, true);
    std::printf("wrk -t1 -c8 -d5s, bare QHttpServer with the same %lld-byte JSON: %.0f req/s\n",
            qint64(firstBody.size()), bareRate);
    std::printf("wrk -t1 -c8 -d5s, sandbox list (limit 20): %.0f req/s\n", sandboxRate);
    std::printf("sandbox/bare throughput ratio: %.2f (goal >= 0.5)\n",
            bareRate > 0 ? sandboxRate / bareRate : 0.0);
    return 0;
}
