#include "apiclient.h"
#include "connectiondialog.h"
#include "connectionprofile.h"
#include "mainwindow.h"
#include "numbereditactions.h"
#include "purchaseactions.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

// Text that must be read whole, in every shipped language, at the sizes people use: the main
// tool bar in a 1280 px wide window, and a workspace's id in the connection dialog. Nothing here
// sends a request.
class tst_TextFits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void toolBarShowsEveryActionAt1280Pixels_data() { languages(); }
    void toolBarShowsEveryActionAt1280Pixels();
    void connectionDialogShowsTheWholeWorkspaceId_data() { languages(); }
    void connectionDialogShowsTheWholeWorkspaceId();

private:
    static void languages();
    void installLanguage();

    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_TextFits::languages()
{
    QTest::addColumn<QString>("language");

    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

void tst_TextFits::initTestCase()
{
    // The embedded icon theme, as the app uses it where the desktop has none: tool bar buttons
    // are as wide as their icon and text together.
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << u":/icons"_s);
    QIcon::setThemeName(u"amigo-light"_s);
    QVERIFY(!QIcon::fromTheme(u"list-add"_s).isNull());
}

void tst_TextFits::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    // Never contacted: the window is not started and no connection is tested.
    m_client = std::make_unique<ApiClient>(m_network.get(),
            ConnectionSettings{QUrl(u"http://127.0.0.1:9"_s), u"ws-1"_s, u"unused-key"_s});
}

void tst_TextFits::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    m_client.reset();
    m_network.reset();
}

void tst_TextFits::installLanguage()
{
    QFETCH(QString, language);
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(u"amigo-numbers_%1"_s.arg(language), u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

// Lays out the windows as the next paint would.
static void settleLayout()
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void tst_TextFits::toolBarShowsEveryActionAt1280Pixels()
{
    installLanguage();
    MainWindow window(m_client.get());
    new NumberEditActions(&window, m_client.get());
    new PurchaseActions(&window, m_client.get());
    window.resize(1280, 680);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settleLayout();

    QToolBar *toolBar = window.mainToolBar();
    const auto *more = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QVERIFY(more);
    QVERIFY2(!more->isVisible(), "the tool bar moved buttons into its overflow menu");
    const auto actions = toolBar->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QWidget *button = toolBar->widgetForAction(action);
        QVERIFY2(button && button->isVisible(), qPrintable(action->iconText()));
        QVERIFY2(toolBar->contentsRect().contains(button->geometry()),
                qPrintable(action->iconText()));
    }
    QVERIFY(toolBar->widgetForAction(window.findChild<QAction *>(u"buyNumbersAction"_s)));
}

void tst_TextFits::connectionDialogShowsTheWholeWorkspaceId()
{
    installLanguage();
    ConnectionDialog dialog(m_network.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    settleLayout();

    // As after "Test connection": the dialog is open when the workspace arrives.
    ConnectionProfile profile;
    profile.name = u"Support — production"_s;
    profile.baseUrl = ConnectionProfile::defaultBaseUrl();
    profile.workspaceId = u"3f2b8c1e-9d4a-4e7b-b6c2-5a1f0e8d7c94"_s;
    profile.workspaceName = u"Riverside Medical Group"_s;
    profile.defaultCountry = u"US"_s;
    dialog.setProfile(profile);
    settleLayout();

    const auto *workspace = dialog.findChild<QLabel *>(u"workspaceLabel"_s);
    QVERIFY(workspace);
    QVERIFY2(workspace->text().contains(profile.workspaceId), qPrintable(workspace->text()));
    const int needed = workspace->fontMetrics().horizontalAdvance(workspace->text());
    QVERIFY2(workspace->contentsRect().width() >= needed,
            qPrintable(u"%1 px shown of %2"_s.arg(workspace->contentsRect().width()).arg(needed)));
    QVERIFY(dialog.rect().contains(workspace->geometry()));
}

QTEST_MAIN(tst_TextFits)
#include "tst_textfits.moc"
