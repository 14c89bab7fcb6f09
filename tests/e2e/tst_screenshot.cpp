#include "embeddedsandbox.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real executable headless, as a script or a support agent's ticket link would.
class tst_Screenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersDemoNumbers();
    void failsLoudlyWhenTheServerIsUnreachable();
    void refusesPlainHttpToAnotherHost();
    void rejectedKeyNamesWhereItCameFrom();
    void refusesAWorkspaceIdThatIsNoUuid();
    void namesTheActionsAnUnknownOneCouldBe();
    void pressesNextOnlyWhenAPersonCould();

private:
    QProcess *start(const QStringList &arguments, const QTemporaryDir &home);
};

QProcess *tst_Screenshot::start(const QStringList &arguments, const QTemporaryDir &home)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"AMIGO_API_KEY"_s, u"not-a-real-key"_s);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(AMIGO_NUMBERS_EXECUTABLE), arguments);
    return process;
}

void tst_Screenshot::rendersDemoNumbers()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString png = home.filePath(u"main.png"_s);

    QProcess *process = start({u"--sandbox"_s, u"--screenshot"_s, png}, home);
    QVERIFY(process->waitForFinished(90000));
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    const QString err = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
            qPrintable(err));

    const QRegularExpression summary(
            u"^loaded=(\\d+) shown=(\\d+) more=(yes|no)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = summary.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QVERIFY(match.captured(1).toInt() >= 20);
    QVERIFY(match.captured(2).toInt() >= 20);

    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    QVERIFY(image.height() >= 400);
    // A rendered table has many colours (text, grid, alternating rows), not one blank fill.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void tst_Screenshot::failsLoudlyWhenTheServerIsUnreachable()
{
    QTemporaryDir home;
    // Port 9 on loopback (discard) has no HTTP server: the connection is refused.
    QProcess *process = start({u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--workspace"_s,
                                      u"6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00"_s, u"--screenshot"_s,
                                      home.filePath(u"x.png"_s)},
            home);
    QVERIFY(process->waitForFinished(90000));
    QCOMPARE(process->exitCode(), 1);
    QVERIFY(!process->readAllStandardError().isEmpty());
    QVERIFY(!QFile::exists(home.filePath(u"x.png"_s)));
}

void tst_Screenshot::refusesPlainHttpToAnotherHost()
{
    QTemporaryDir home;
    QProcess *process = start({u"--base-url"_s, u"http://api.example.invalid"_s, u"--workspace"_s,
                                      u"6d1f4c1e-8f9a-4c55-9a5e-2e8c3f7b9d00"_s, u"--screenshot"_s,
                                      home.filePath(u"x.png"_s)},
            home);
    QVERIFY(process->waitForFinished(30000));
    QCOMPARE(process->exitCode(), 2);
    QVERIFY(QString::fromUtf8(process->readAllStandardError()).contains(u"https://"_s));
}

void tst_Screenshot::rejectedKeyNamesWhereItCameFrom()
{
    Sandbox::Options options;
    options.apiKeys = {{u"the-right-key-0123456789"_s, u"owner"_s}};
    Sandbox::EmbeddedSandbox sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    // start() sets AMIGO_API_KEY to a key this server does not know.
    QTemporaryDir home;
    QProcess *process
            = start({u"--base-url"_s, sandbox.baseUrl().toString(), u"--workspace"_s,
                            sandbox.workspaceId(), u"--screenshot"_s, home.filePath(u"x.png"_s)},
                    home);
    QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 90000);
    QCOMPARE(process->exitCode(), 1);
    const QString message = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(message.contains(u"401"_s), qPrintable(message));
    QVERIFY2(message.contains(u"AMIGO_API_KEY"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"Connection settings"_s), qPrintable(message));
}

void tst_Screenshot::refusesAWorkspaceIdThatIsNoUuid()
{
    QTemporaryDir home;
    QProcess *process
            = start({u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--workspace"_s, u"not-a-uuid"_s,
                            u"--screenshot"_s, home.filePath(u"x.png"_s)},
                    home);
    QVERIFY(process->waitForFinished(30000));
    QCOMPARE(process->exitCode(), 2);
    const QString message = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(message.contains(u"not-a-uuid"_s) && message.contains(u"UUID"_s), qPrintable(message));
}

void tst_Screenshot::namesTheActionsAnUnknownOneCouldBe()
{
    QTemporaryDir home;
    QProcess *process = start({u"--sandbox"_s, u"--screenshot"_s, home.filePath(u"x.png"_s),
                                      u"--screenshot-action"_s, u"noSuchAction"_s},
            home);
    QVERIFY(process->waitForFinished(90000));
    QCOMPARE(process->exitCode(), 1);
    const QString error = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(error.contains(u"noSuchAction"_s), qPrintable(error));
    QVERIFY2(error.contains(u"aboutAction"_s) && error.contains(u"buyNumbersAction"_s),
            qPrintable(error));
    QVERIFY2(!error.contains(u"_q_"_s), qPrintable(error));
    QVERIFY(!QFile::exists(home.filePath(u"x.png"_s)));
}

void tst_Screenshot::pressesNextOnlyWhenAPersonCould()
{
    // The embedded sandbox's workspace has no telephony account yet: the purchase wizard's first
    // page cannot be left until one is set up, so "next" is never possible.
    QTemporaryDir home;
    QProcess *process = start({u"--sandbox"_s, u"--screenshot"_s, home.filePath(u"x.png"_s),
                                      u"--screenshot-action"_s, u"buyNumbersAction,next"_s},
            home);
    QVERIFY(process->waitForFinished(90000));
    QCOMPARE(process->exitCode(), 1);
    const QString error = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(error.contains(u"“next” could not be done"_s), qPrintable(error));
    QVERIFY(!QFile::exists(home.filePath(u"x.png"_s)));
}

QTEST_GUILESS_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
