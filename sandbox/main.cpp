#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void forwardSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so that the database is closed cleanly.
void quitOnTerminationSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] { app->quit(); });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "amigo-numbers-sandbox: %s\n", qPrintable(message));
    std::exit(2);
}

double rateOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double rate = parser.value(name).toDouble(&ok);
    if (!ok || rate < 0.0 || rate > 1.0)
        fail(QCoreApplication::translate("main", "--%1 takes a probability from 0 to 1.")
                        .arg(name));
    return rate;
}

int intOption(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        fail(QCoreApplication::translate("main", "--%1 takes a whole number from %2 to %3.")
                        .arg(name)
                        .arg(minimum)
                        .arg(maximum));
    }
    return value;
}

Sandbox::Options optionsFrom(const QCommandLineParser &parser)
{
    Sandbox::Options options;
    if (!options.host.setAddress(parser.value(u"host"_s)))
        fail(QCoreApplication::translate("main", "--host takes an IP address."));
    options.port = quint16(intOption(parser, u"port"_s, 0, 65535));
    options.databasePath = parser.value(u"database"_s);
    options.workspaceId = parser.value(u"workspace-id"_s);

    for (const auto &value : parser.values(u"api-key"_s)) {
        const qsizetype colon = value.lastIndexOf(u':');
        Sandbox::ApiKey key;
        key.key = colon < 0 ? value : value.left(colon);
        if (colon >= 0)
            key.role = value.mid(colon + 1);
        options.apiKeys.append(key);
    }

    const QString seed = parser.value(u"seed"_s);
    if (seed == u"demo") {
        options.seed = Sandbox::Seed::Demo;
    } else if (seed == u"none") {
        options.seed = Sandbox::Seed::None;
    } else {
        bool ok = false;
        options.generatedCount = seed.toInt(&ok);
        if (!ok || options.generatedCount < 0)
            fail(QCoreApplication::translate("main", "--seed takes demo, none or a count."));
        options.seed = Sandbox::Seed::Generated;
    }

    options.nullClears = parser.isSet(u"null-clears"_s);
    options.checkInboundService = !parser.isSet(u"no-service-check"_s);
    options.maxBodyBytes = intOption(parser, u"max-body-bytes"_s, 1, 64 * 1024 * 1024);

    auto &faults = options.faults;
    faults.latencyMs = intOption(parser, u"latency-ms"_s, 0, 600000);
    faults.failRate = rateOption(parser, u"fail-rate"_s);
    faults.failStatus = intOption(parser, u"fail-status"_s, 400, 599);
    faults.rateLimitPerMinute = intOption(parser, u"rate-limit"_s, 0, 1000000);
    faults.malformedJsonRate = rateOption(parser, u"malformed-json"_s);
    faults.randomSeed = quint32(intOption(parser, u"random-seed"_s, 0, 2147483647));
    if (parser.isSet(u"stall-after-headers"_s)) {
        const QString stall = parser.value(u"stall-after-headers"_s);
        bool isRate = false;
        const double rate = stall.toDouble(&isRate);
        if (isRate && rate >= 0.0 && rate <= 1.0) {
            faults.stallRate = rate;
        } else if (QRegularExpression(stall).isValid()) {
            faults.stallPathPattern = stall;
        } else {
            fail(QCoreApplication::translate(
                    "main", "--stall-after-headers takes a probability or a path pattern."));
        }
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"amigo-numbers-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AMIGO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
            "A local stand-in for the Amigo Platform API's phone-number endpoints.\n"
            "Prints the base URL, then the workspace id and the API key, one per line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("main", text);
    };
    parser.addOptions({
            {u"host"_s, tr("Address to listen on."), u"address"_s, u"127.0.0.1"_s},
            {u"port"_s, tr("Port to listen on; 0 picks a free one."), u"port"_s, u"0"_s},
            {u"database"_s, tr("SQLite database file; in memory when absent."), u"path"_s},
            {u"api-key"_s,
                    tr("An accepted API key, as KEY or KEY:ROLE (owner, admin, member, "
                       "viewer). Repeatable; one owner key is generated when absent."),
                    u"key"_s},
            {u"workspace-id"_s, tr("The workspace's UUID; generated when absent."), u"uuid"_s},
            {u"seed"_s,
                    tr("Data for a new workspace: demo, none, or a count of generated "
                       "numbers."),
                    u"seed"_s, u"demo"_s},
            {u"null-clears"_s,
                    tr("An explicit null in an update clears nullable fields "
                       "instead of being ignored.")},
            {u"no-service-check"_s, tr("Accept any inbound_service_id, known or not.")},
            {u"max-body-bytes"_s, tr("Larger request bodies are refused with 413."), u"bytes"_s,
                    u"65536"_s},
            {u"latency-ms"_s, tr("Delay every response by this many milliseconds."), u"ms"_s,
                    u"0"_s},
            {u"fail-rate"_s, tr("Share of requests answered with --fail-status."), u"rate"_s,
                    u"0"_s},
            {u"fail-status"_s, tr("Status of injected failures."), u"status"_s, u"503"_s},
            {u"rate-limit"_s, tr("Requests allowed per minute; 429 beyond. 0 = unlimited."),
                    u"count"_s, u"0"_s},
            {u"stall-after-headers"_s,
                    tr("Send the headers but never the body: for this share "
                       "of requests (0..1), or for paths matching this "
                       "regular expression."),
                    u"rate-or-pattern"_s},
            {u"malformed-json"_s, tr("Share of JSON responses cut in the middle."), u"rate"_s,
                    u"0"_s},
            {u"random-seed"_s, tr("Seed for the fault dice; 0 = from the clock."), u"seed"_s,
                    u"0"_s},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(tr("unexpected arguments."));

    Sandbox::Server server(optionsFrom(parser));
    QString error;
    if (!server.start(&error))
        fail(error);

    std::printf("%s\nworkspace_id=%s\napi_key=%s\n", qPrintable(server.baseUrl().toString()),
            qPrintable(server.workspaceId()), qPrintable(server.apiKey()));
    std::fflush(stdout);

    quitOnTerminationSignals(&app);
    return app.exec();
}
