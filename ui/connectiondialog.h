#pragma once

#include "connectionprofile.h"
#include "connectiontester.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

// Creates or edits a connection profile. The workspace is not typed in: "Test connection" asks
// the server which workspace the key belongs to and confirms it by name. Saving runs the test
// first when the address or key changed since the last one, and only a passing test saves.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // Where the stored key of an edited profile is kept.
    enum class KeyStorage {
        Keychain,
        SessionOnly, // only in memory, until the app quits: the keychain could not take it
    };

    explicit ConnectionDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Edits `profile`. `storedKey` is the key saved for it (empty when none could be read); it
    // is used for tests until a new key is typed, and never shown. `storage` says where it is.
    void setProfile(const ConnectionProfile &profile, const QString &storedKey = {},
            KeyStorage storage = KeyStorage::Keychain);
    // Names of the other profiles, which this one must not repeat.
    void setTakenNames(const QStringList &names);

    // The profile as edited, with the workspace found by the last passing test.
    ConnectionProfile profile() const;
    // The key typed in the dialog, or nullopt when the stored key was kept.
    std::optional<QString> newApiKey() const;

    ConnectionTester *tester() const { return m_tester; }
    // The result of the last test, if one finished since the address or key last changed.
    std::optional<ConnectionCheck> lastCheck() const { return m_lastCheck; }

public Q_SLOTS:
    void testConnection();
    void accept() override;

private:
    void createForm();
    void fillCountries();
    void onInputChanged();
    void onTestFinished(const ConnectionCheck &check);
    // The workspace line: the hint to test when `id` is empty.
    void showWorkspace(const QString &id, const QString &name);
    void showResult(const QString &iconName, const QString &text);
    bool checkName();
    QString effectiveKey() const;

    ConnectionTester *m_tester;
    ConnectionProfile m_profile;
    QString m_storedKey;
    QStringList m_takenNames;
    std::optional<ConnectionCheck> m_lastCheck;
    bool m_saveAfterTest = false;

    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QComboBox *m_country;
    QLabel *m_workspace;
    QPushButton *m_test;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};
