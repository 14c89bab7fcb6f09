#include "aboutdialog.h"
#include "apiclient.h"
#include "connectiondialog.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "windowfeatures.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWidgetAction>

#include <memory>

using namespace Qt::StringLiterals;

// Everything a keyboard or screen-reader user meets has a name: each control that can take focus
// tells assistive technology what it is, and each icon has a text alternative.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFocusableControlHasAName_data();
    void everyFocusableControlHasAName();
    void everyActionHasText();

private:
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(Sandbox::Options());
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<ApiClient>(&m_network,
            ConnectionSettings{
                    m_sandbox->baseUrl(), m_sandbox->workspaceId(), m_sandbox->apiKey()});
}

void TestAccessibility::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

static QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

static QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus
                || !widget->isEnabled())
            continue;
        // The parts of a compound control (a spin box's line edit, a view's viewport) are named
        // through the control itself.
        const QWidget *parent = widget->parentWidget();
        if (widget->focusProxy() || (parent && parent->focusProxy() == widget))
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed.append(u"%1 \"%2\""_s.arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    return unnamed;
}

void TestAccessibility::everyFocusableControlHasAName_data()
{
    QTest::addColumn<QString>("window");
    QTest::newRow("main window") << u"main"_s;
    QTest::newRow("connection dialog") << u"connection"_s;
    QTest::newRow("about dialog") << u"about"_s;
}

void TestAccessibility::everyFocusableControlHasAName()
{
    QFETCH(QString, window);

    std::unique_ptr<QWidget> widget;
    if (window == u"main") {
        auto *main = new MainWindow(m_client.get());
        addWorkspaceFeatures(main, m_client.get(), ConnectionProfile());
        widget.reset(main);
        main->show();
        main->start();
        QTRY_VERIFY(main->table()->model()->rowCount() > 0);
    } else if (window == u"connection") {
        widget = std::make_unique<ConnectionDialog>(&m_network);
        widget->show();
    } else {
        widget = std::make_unique<AboutDialog>(AboutInfo{u"1.0"_s, {}, {}, {}, u"MIT"_s});
        widget->show();
    }
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));

    const QStringList unnamed = unnamedControls(widget.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestAccessibility::everyActionHasText()
{
    MainWindow window(m_client.get());
    addWorkspaceFeatures(&window, m_client.get(), ConnectionProfile());
    QStringList silent;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        // Widget actions carry a control of the tool bar, checked above as a widget; Qt's own
        // internal actions (a line edit's clear button) are named by Qt.
        if (action->isSeparator() || action->menu() || qobject_cast<QWidgetAction *>(action)
                || action->objectName().startsWith(u"_q_"_s))
            continue;
        // Icon-only tool buttons read out the action's text: it must say what the icon means.
        if (action->text().remove(u'&').trimmed().isEmpty())
            silent.append(action->objectName() + u'/'
                    + QString::fromLatin1(action->parent()->metaObject()->className()));
    }
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(u", "_s)));
    QVERIFY(actions.size() > 10);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
