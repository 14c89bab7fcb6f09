#include "aboutdialog.h"
#include "bulkeditdialog.h"
#include "conflictdialog.h"
#include "dialogtestsupport.h"
#include "forwardingdialog.h"
#include "numberdetailsdialog.h"
#include "registernumberdialog.h"
#include "removenumberdialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QPushButton>

using namespace Qt::StringLiterals;

// Every Alt+letter of a dialog reaches one control: no two visible buttons, check boxes, group
// boxes or labels with a buddy share a mnemonic.
class tst_Mnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void numberDetailsDialog();
    void forwardingDialog();
    void registerNumberDialog();
    void removeNumberDialog_data();
    void removeNumberDialog();
    void bulkEditDialog();
    void conflictDialog();
    void aboutDialog();
    void duplicatesAreFound();

private:
    static QChar mnemonic(const QString &text);
    static QString desktopText(const QAbstractButton *button);
    static QStringList clashes(QWidget *dialog);
    void verifyUnique(QWidget *dialog);

    std::unique_ptr<SandboxSession> m_session;
};

void tst_Mnemonics::init()
{
    m_session = std::make_unique<SandboxSession>();
    QString error;
    QVERIFY2(m_session->start(&error), qPrintable(error));
}

void tst_Mnemonics::cleanup()
{
    m_session.reset();
}

// The mnemonic's character, lower-cased, as Qt reads it from the text; null when there is none.
QChar tst_Mnemonics::mnemonic(const QString &text)
{
    const QKeySequence shortcut = QKeySequence::mnemonic(text);
    return shortcut.isEmpty() ? QChar() : QChar(char16_t(shortcut[0].key())).toLower();
}

// The platform theme names the standard buttons: the offscreen one writes "Save", the GNOME and
// KDE ones "&Save". Check against the desktops, where the first letter is taken.
QString tst_Mnemonics::desktopText(const QAbstractButton *button)
{
    const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
    const QString text = button->text();
    if (!box || mnemonic(text) != QChar()
            || box->standardButton(const_cast<QAbstractButton *>(button))
                    == QDialogButtonBox::NoButton)
        return text;
    return u'&' + text;
}

QStringList tst_Mnemonics::clashes(QWidget *dialog)
{
    QMap<QChar, QStringList> owners;
    const auto note = [&owners](const QWidget *widget, const QString &text) {
        const QChar key = mnemonic(text);
        if (!key.isNull() && widget->isVisible())
            owners[key].append(text);
    };
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        note(button, desktopText(button));
    for (const QGroupBox *box : dialog->findChildren<QGroupBox *>())
        note(box, box->title());
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            note(label, label->text());
    }

    QStringList found;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u", "_s)));
    }
    return found;
}

void tst_Mnemonics::verifyUnique(QWidget *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList found = clashes(dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
}

void tst_Mnemonics::numberDetailsDialog()
{
    const auto number = m_session->byE164(u"+12125550100"_s);
    QVERIFY(number);
    NumberDetailsDialog dialog(m_session->owner(), *number, nullptr);
    verifyUnique(&dialog);
}

void tst_Mnemonics::forwardingDialog()
{
    const auto number = m_session->byE164(u"+12125550142"_s);
    QVERIFY(number);
    ForwardingDialog dialog(m_session->owner(), *number, {});
    verifyUnique(&dialog);
}

void tst_Mnemonics::registerNumberDialog()
{
    RegisterNumberDialog dialog(m_session->owner(), nullptr, {});
    verifyUnique(&dialog);
}

void tst_Mnemonics::removeNumberDialog_data()
{
    QTest::addColumn<bool>("release");
    QTest::newRow("remove") << false;
    QTest::newRow("release") << true;
}

void tst_Mnemonics::removeNumberDialog()
{
    QFETCH(bool, release);
    const auto action = release ? RemoveNumberDialog::Action::ReleaseToCarrier
                                : RemoveNumberDialog::Action::RemoveFromWorkspace;
    const auto number = m_session->byE164(u"+12125550142"_s);
    QVERIFY(number);
    RemoveNumberDialog dialog(m_session->owner(), *number, action, {}, nullptr);
    verifyUnique(&dialog);
}

void tst_Mnemonics::bulkEditDialog()
{
    const QList<PhoneNumber> numbers = m_session->allNumbers().mid(0, 3);
    QCOMPARE(numbers.size(), 3);
    BulkEditDialog dialog(m_session->owner(), numbers, nullptr);
    verifyUnique(&dialog);
}

void tst_Mnemonics::conflictDialog()
{
    ConflictDialog dialog(u"+1 212-555-0100"_s,
            {{u"display_name"_s, u"Display name"_s, u"A"_s, u"B"_s, u"C"_s, true}});
    verifyUnique(&dialog);
}

void tst_Mnemonics::aboutDialog()
{
    AboutDialog dialog(AboutInfo{u"1.0"_s, u"8.12.57"_s, u"2024-01-01"_s, u"0.14"_s, u"MIT"_s});
    verifyUnique(&dialog);
}

// The check itself: a dialog with two controls on Alt+S is reported.
void tst_Mnemonics::duplicatesAreFound()
{
    QWidget dialog;
    auto *save = new QPushButton(u"&Save"_s, &dialog);
    save->move(0, 0);
    auto *label = new QLabel(u"&Status && more:"_s, &dialog);
    label->setBuddy(save);
    label->move(0, 40);
    new QPushButton(u"Save &&quit"_s, &dialog);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    box->move(0, 80);
    new QPushButton(u"&Copy"_s, &dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList found = clashes(&dialog);
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.at(0).startsWith(u"Alt+c"_s), qPrintable(found.at(0)));
    QVERIFY2(found.at(1).startsWith(u"Alt+s"_s), qPrintable(found.at(1)));
    QVERIFY2(!found.at(1).contains(u"quit"_s), qPrintable(found.at(1)));
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
