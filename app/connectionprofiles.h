#pragma once

#include "credentialstore.h"
#include "profilestore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

// The connection profiles with their API keys: settings for the profile, the credential store for
// the key, and keys that are kept for this session only because the keychain could not take them.
// A key that failed to be written never replaces or removes the key stored before.
class ConnectionProfiles : public QObject
{
    Q_OBJECT

public:
    struct KeyOutcome
    {
        CredentialStore::Status status = CredentialStore::Status::Ok;
        QString key;              // when status is Ok
        QString message;          // for people, when something went wrong
        bool sessionOnly = false; // the key is not in the keychain, only in memory
    };

    struct SaveOutcome
    {
        QString profileId;
        bool keyInKeychain = true; // false: the new key is kept for this session only
        // What happened to the key when it is not in the keychain; empty when
        // keychainUnavailable() has just said it.
        QString message;
    };

    using KeyCallback = std::function<void(const KeyOutcome &)>;
    using SaveCallback = std::function<void(const SaveOutcome &)>;

    ConnectionProfiles(
            QSettings *settings, CredentialStore *credentials, QObject *parent = nullptr);

    ProfileStore &store() { return m_store; }
    const ProfileStore &store() const { return m_store; }

    // Saves the profile to the settings, then the key (unless nullopt: keep the stored one).
    void save(const ConnectionProfile &profile, const std::optional<QString> &newKey,
            QObject *context, const SaveCallback &done);
    void loadKey(const ConnectionProfile &profile, QObject *context, const KeyCallback &done);
    // Removes the profile and its key; `done` gets an empty string or what went wrong.
    void remove(
            const QString &id, QObject *context, const std::function<void(const QString &)> &done);

    // False once the keychain has said it cannot be reached in this session.
    bool keychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    // The keychain cannot be reached; emitted once per session with a message for people.
    void keychainUnavailable(const QString &message);
    // A key entered or loaded in this session; logging redacts it from then on.
    void secretSeen(const QString &key);

private:
    void noteUnavailable(const QString &reason);
    QString describe(const CredentialStore::Outcome &outcome, const ConnectionProfile &profile,
            bool writing) const;

    ProfileStore m_store;
    CredentialStore *m_credentials;
    QHash<QString, QString> m_sessionKeys;
    bool m_keychainAvailable = true;
};
