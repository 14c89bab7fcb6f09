#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static QString licencesHtml(const AboutInfo &info)
{
    const auto row = [](const QString &component, const QString &licence, const QString &use) {
        return u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(component, licence, use);
    };
    QString html = u"<p>"_s
            + AboutDialog::tr("Amigo Numbers is distributed under the %1 licence. It uses these "
                              "components under their own licences:")
                      .arg(info.license.toHtmlEscaped())
            + u"</p><table cellspacing=\"4\">"_s;
    html += row(
            u"Qt"_s, u"LGPL-3.0-only"_s, AboutDialog::tr("user interface, networking, storage"));
    html += row(u"libphonenumber"_s, u"Apache-2.0"_s,
            AboutDialog::tr("parsing, checking and formatting phone numbers"));
    html += row(u"QtKeychain"_s, u"BSD-3-Clause"_s,
            AboutDialog::tr("keeping API keys in the system keychain"));
    html += row(u"Protocol Buffers"_s, u"BSD-3-Clause"_s,
            AboutDialog::tr("numbering data format of libphonenumber"));
    html += row(u"ICU"_s, u"Unicode-DFS-2016"_s, AboutDialog::tr("text handling"));
    html += row(u"SQLite"_s, AboutDialog::tr("public domain"),
            AboutDialog::tr("storage of the local sandbox"));
    html += u"</table><p>"_s
            + AboutDialog::tr("The full licence texts are installed with the operating system's "
                              "packages, under /usr/share/doc.")
            + u"</p>"_s;
    return html;
}

AboutDialog::AboutDialog(const AboutInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Amigo Numbers"));

    const QString numberData = info.phoneNumberLibraryVersion.isEmpty() ? tr("version unknown")
            : info.phoneNumberDataDate.isEmpty()
            ? info.phoneNumberLibraryVersion
            : tr("%1, numbering data published %2", "libphonenumber version, date")
                      .arg(info.phoneNumberLibraryVersion, info.phoneNumberDataDate);
    const QString qtVersions
            = QString::fromLatin1(QT_VERSION_STR) == QString::fromLatin1(qVersion())
            ? QString::fromLatin1(qVersion())
            : tr("%1 (built with %2)", "running Qt version (build version)")
                      .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR));

    m_details = tr("Amigo Numbers %1").arg(info.applicationVersion) + u'\n'
            + tr("Qt %1").arg(qtVersions) + u'\n' + tr("libphonenumber %1").arg(numberData) + u'\n'
            + tr("QtKeychain %1").arg(info.keychainLibraryVersion) + u'\n'
            + tr("System: %1 (%2)")
                      .arg(QSysInfo::prettyProductName(), QGuiApplication::platformName());

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) * 2;
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize, iconSize));
    icon->setAccessibleName(tr("Amigo Numbers logo"));
    icon->setAlignment(Qt::AlignTop);

    auto *summary = new QLabel(this);
    summary->setObjectName(u"aboutSummary"_s);
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    summary->setOpenExternalLinks(true);
    QString html = u"<h2>"_s + tr("Amigo Numbers %1").arg(info.applicationVersion.toHtmlEscaped())
            + u"</h2><p>"_s
            + tr("Manage the phone numbers of an Amigo Platform workspace.").toHtmlEscaped()
            + u"</p><p>"_s;
    const QStringList lines = m_details.split(u'\n').mid(1);
    for (const QString &line : lines)
        html += line.toHtmlEscaped() + u"<br>"_s;
    html += u"</p>"_s;
    summary->setText(html);
    summary->setAccessibleName(tr("Version information"));

    auto *licences = new QTextBrowser(this);
    licences->setObjectName(u"licenceText"_s);
    licences->setAccessibleName(tr("Licences"));
    licences->setHtml(licencesHtml(info));
    licences->setMinimumHeight(190);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Co&py details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDetailsButton"_s);
    copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    copy->setToolTip(tr("Copy the versions above, for a support request"));
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}
