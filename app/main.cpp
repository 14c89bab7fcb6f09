#include "apiclient.h"
#include "applog.h"
#include "commandline.h"
#include "connectionprofiles.h"
#include "desktopintegration.h"
#include "desktopsession.h"
#include "headlessrun.h"
#include "keychaincredentialstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

static void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

static void listProfiles(const ProfileStore &store)
{
    const QList<ConnectionProfile> profiles = store.profiles();
    for (const ConnectionProfile &profile : profiles) {
        printLine(stdout,
                profile.isSandbox() ? profile.name
                                    : u"%1\t%2\t%3"_s.arg(profile.name, profile.workspaceLabel(),
                                            profile.baseUrl.toString()));
    }
}

// Whether the arguments only ask for information printed on the terminal, which must work
// without a display (on a server, over ssh, in a package's smoke test).
static bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h"
                || argument == "--help-all" || argument == "--list-profiles")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = printsOnly(argc, argv)
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    DesktopIntegration::setApplicationIdentity();
    AppLog::install();
    DesktopIntegration::installTranslations(application.get());

    const CommandLineResult commandLine = parseCommandLine(QCoreApplication::arguments());
    if (commandLine.exitCode)
        return *commandLine.exitCode;
    const CommandLineOptions &options = commandLine.options;
    const bool headless = !options.screenshotPath.isEmpty();
    QSettings settings;
    KeychainCredentialStore keychain(u"amigo-numbers"_s);
    ConnectionProfiles profiles(&settings, &keychain);
    if (options.listProfiles) {
        listProfiles(profiles.store());
        return 0;
    }

    auto *app = qobject_cast<QApplication *>(application.get());
    Q_ASSERT(app);
    DesktopIntegration::installIcons(app);

    QObject::connect(&profiles, &ConnectionProfiles::secretSeen, app,
            [](const QString &key) { AppLog::addSecret(key); });

    ConnectionSettings direct;
    if (!options.baseUrl.isEmpty()) {
        direct = {options.baseUrl, options.workspaceId, qEnvironmentVariable("AMIGO_API_KEY")};
        AppLog::addSecret(direct.apiKey);
        if (direct.apiKey.isEmpty()) {
            printLine(stderr,
                    QCoreApplication::translate("main",
                            "Set the AMIGO_API_KEY environment variable to use "
                            "--base-url."));
            return 2;
        }
        if (const std::optional<ApiError> invalid = ApiClient::validateSettings(direct)) {
            printLine(stderr, invalid->message());
            return 2;
        }
    }

    QString profileId = profiles.store().currentProfileId();
    if (options.forceSandbox) {
        profileId = ConnectionProfile::sandboxId();
    } else if (!options.profileName.isEmpty()) {
        const std::optional<ConnectionProfile> named
                = profiles.store().findByName(options.profileName);
        if (!named) {
            printLine(stderr,
                    QCoreApplication::translate("main",
                            "There is no connection profile named “%1”. "
                            "These exist:")
                            .arg(options.profileName));
            listProfiles(profiles.store());
            return 2;
        }
        profileId = named->id;
    }

    QNetworkAccessManager network;
    DesktopSession session(&profiles, &network, &settings, DesktopIntegration::aboutInfo());
    session.setHeadless(headless);
    if (!options.searchText.isEmpty() || options.status || options.loadAll)
        session.setInitialView({options.searchText, options.status, options.loadAll});
    QObject::connect(
            &session, &DesktopSession::openFailed, app, [headless](const QString &message) {
                printLine(stderr, message);
                if (!headless)
                    QMessageBox::critical(
                            nullptr, QCoreApplication::translate("main", "Amigo Numbers"), message);
                QCoreApplication::exit(1);
            });
    if (headless) {
        QObject::connect(
                &session, &DesktopSession::windowCreated, app,
                [&options](MainWindow *window) {
                    takeScreenshotWhenLoaded(
                            window, options.screenshotPath, options.screenshotAction);
                },
                Qt::SingleShotConnection);
    }

    // Opened from the event loop, so that a failure can end it.
    const bool remember = options.profileName.isEmpty() && !options.forceSandbox;
    QTimer::singleShot(0, &session, [&] {
        if (!direct.baseUrl.isEmpty())
            session.openDirect(direct,
                    QCoreApplication::translate(
                            "main", "Check the key in the AMIGO_API_KEY environment variable."));
        else
            session.openProfile(profileId, remember);
    });
    const int code = QApplication::exec();
    qCDebug(lcApp) << "Exiting with" << code;
    return code;
}
