#include "connectiondialog.h"

#include "phonenumberformat.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using Outcome = ConnectionCheck::Outcome;

ConnectionDialog::ConnectionDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_tester(new ConnectionTester(network, this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_workspace(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connection"));
    createForm();

    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_baseUrl, &QLineEdit::textEdited, this, &ConnectionDialog::onInputChanged);
    connect(m_apiKey, &QLineEdit::textEdited, this, &ConnectionDialog::onInputChanged);
    connect(m_tester, &ConnectionTester::progress, this,
            [this](const QString &step) { showResult(u"view-refresh"_s, step); });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);

    ConnectionProfile fresh;
    fresh.baseUrl = ConnectionProfile::defaultBaseUrl();
    fresh.defaultCountry = QLocale::territoryToCode(QLocale().territory());
    setProfile(fresh);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::createForm()
{
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Support — production"));

    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setAccessibleName(tr("API address"));
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    m_apiKey->setObjectName(u"apiKeyEdit"_s);
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setInputMethodHints(
            Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto *reveal
            = m_apiKey->addAction(QIcon::fromTheme(u"view-visible"_s), QLineEdit::TrailingPosition);
    reveal->setObjectName(u"revealKeyAction"_s);
    reveal->setCheckable(true);
    reveal->setText(tr("Show key"));
    reveal->setToolTip(tr("Show or hide the key while typing it"));
    connect(reveal, &QAction::toggled, m_apiKey, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_country->setObjectName(u"countryCombo"_s);
    m_country->setAccessibleName(tr("Default country"));
    m_country->setToolTip(tr("The country of numbers typed without a country code"));
    fillCountries();

    m_workspace->setObjectName(u"workspaceLabel"_s);
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_workspace->setWordWrap(false);

    m_test->setObjectName(u"testButton"_s);
    m_test->setIcon(QIcon::fromTheme(u"network-connect"_s));
    m_test->setAutoDefault(false);

    m_result->setObjectName(u"resultLabel"_s);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resultIcon->setObjectName(u"resultIcon"_s);
    m_resultIcon->setAlignment(Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &address:"), m_baseUrl);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("&Default country:"), m_country);
    auto *workspaceCaption = new QLabel(tr("Workspace:"), this);
    workspaceCaption->setBuddy(m_test);
    form->addRow(workspaceCaption, m_workspace);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addStretch(1);

    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    resultRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addLayout(resultRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    // The width goes on a field, not on the dialog: a minimum width set on the dialog would keep
    // it from growing when "Test connection" brings a workspace name and id longer than that.
    m_baseUrl->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void ConnectionDialog::fillCountries()
{
    struct Country
    {
        QString code;
        QString name;
    };
    QList<Country> countries;
    for (int value = QLocale::Afghanistan; value <= QLocale::LastTerritory; ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter())
            continue;
        countries.append({code, PhoneNumberFormat::countryName(code)});
    }
    std::sort(countries.begin(), countries.end(), [](const Country &a, const Country &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Country &country : std::as_const(countries))
        m_country->addItem(tr("%1 (%2)", "country name (ISO code)").arg(country.name, country.code),
                country.code);
}

void ConnectionDialog::setProfile(
        const ConnectionProfile &profile, const QString &storedKey, KeyStorage storage)
{
    m_tester->cancel();
    m_profile = profile;
    m_storedKey = storedKey;
    m_lastCheck.reset();

    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_apiKey->clear();
    if (storedKey.isEmpty())
        m_apiKey->setPlaceholderText(tr("Paste the API key"));
    else if (storage == KeyStorage::SessionOnly)
        m_apiKey->setPlaceholderText(
                tr("Not in the keychain: kept only until Amigo Numbers quits; type a new key to "
                   "replace it"));
    else
        m_apiKey->setPlaceholderText(tr("Saved in the keychain; type a new key to replace it"));
    const int country = m_country->findData(profile.defaultCountry);
    m_country->setCurrentIndex(country >= 0 ? country : m_country->findData(u"US"_s));
    showWorkspace(profile.workspaceId, profile.workspaceName);
    setWindowTitle(
            profile.id.isEmpty() ? tr("New Connection") : tr("Connection “%1”").arg(profile.name));
    showResult({}, {});
}

void ConnectionDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile edited = m_profile;
    edited.name = m_name->text().trimmed();
    edited.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    edited.defaultCountry = m_country->currentData().toString();
    if (m_lastCheck && m_lastCheck->succeeded() && m_lastCheck->auth) {
        edited.workspaceId = m_lastCheck->auth->workspaceId;
        edited.workspaceName = m_lastCheck->workspace ? m_lastCheck->workspace->name : QString();
    }
    return edited;
}

std::optional<QString> ConnectionDialog::newApiKey() const
{
    const QString typed = m_apiKey->text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    return typed;
}

QString ConnectionDialog::effectiveKey() const
{
    return newApiKey().value_or(m_storedKey);
}

void ConnectionDialog::onInputChanged()
{
    // A test proves only the address and key it ran with.
    m_tester->cancel();
    m_lastCheck.reset();
    m_saveAfterTest = false;
    m_test->setEnabled(true);
    showResult({}, {});
    showWorkspace({}, {});
}

void ConnectionDialog::showWorkspace(const QString &id, const QString &name)
{
    if (id.isEmpty())
        m_workspace->setText(tr("Found from the key by “Test connection”"));
    else if (name.isEmpty())
        m_workspace->setText(id);
    else
        m_workspace->setText(tr("%1 (%2)", "workspace name (id)").arg(name, id));
}

void ConnectionDialog::testConnection()
{
    m_lastCheck.reset();
    m_test->setEnabled(false);
    showResult(u"view-refresh"_s, tr("Testing the connection…"));
    m_tester->start(QUrl::fromUserInput(m_baseUrl->text().trimmed()), effectiveKey());
}

void ConnectionDialog::onTestFinished(const ConnectionCheck &check)
{
    m_test->setEnabled(true);
    m_lastCheck = check;

    QString text = check.summary;
    if (!check.details.isEmpty())
        text += u'\n' + check.details;
    if (check.outcome == Outcome::Connected)
        showResult(u"dialog-ok"_s, text);
    else if (check.outcome == Outcome::ExpiresSoon)
        showResult(u"dialog-warning"_s, text);
    else
        showResult(u"dialog-error"_s, text);

    if (check.succeeded() && check.auth)
        showWorkspace(check.auth->workspaceId, check.workspace ? check.workspace->name : QString());

    const bool save = std::exchange(m_saveAfterTest, false);
    if (save && check.succeeded())
        QDialog::accept();
}

void ConnectionDialog::showResult(const QString &iconName, const QString &text)
{
    m_result->setText(text);
    m_result->setAccessibleDescription(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_resultIcon->setPixmap(iconName.isEmpty()
                    ? QPixmap()
                    : QIcon::fromTheme(iconName).pixmap(size, size, QIcon::Normal));
}

bool ConnectionDialog::checkName()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("Give the connection a name.");
    else if (std::any_of(m_takenNames.begin(), m_takenNames.end(), [&name](const QString &t) {
                 return t.compare(name, Qt::CaseInsensitive) == 0;
             }))
        problem = tr("Another connection is already called “%1”.").arg(name);
    if (problem.isEmpty())
        return true;
    showResult(u"dialog-error"_s, problem);
    m_name->setFocus();
    return false;
}

void ConnectionDialog::accept()
{
    if (!checkName())
        return;
    if (m_lastCheck && m_lastCheck->succeeded()) {
        QDialog::accept();
        return;
    }
    // Only a profile whose key has been seen to work is saved, with the workspace it names.
    m_saveAfterTest = true;
    testConnection();
}
