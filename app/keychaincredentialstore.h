#pragma once

#include "credentialstore.h"

#include <QtGlobal>

// The credential store of the desktop: QtKeychain, which uses the Secret Service or KWallet on
// Linux and the system stores elsewhere. Never falls back to a plain-text file.
class KeychainCredentialStore : public CredentialStore
{
public:
    // `service` groups the secrets in the keychain, e.g. "amigo-numbers".
    explicit KeychainCredentialStore(QString service);

    void readSecret(const QString &account, QObject *context, Callback done) override;
    void writeSecret(const QString &account, const QString &secret, QObject *context,
            Callback done) override;
    void removeSecret(const QString &account, QObject *context, Callback done) override;

    // How a QtKeychain error (QKeychain::Error as int) reads as a Status. Exposed for tests.
    static Status statusFor(int keychainError, const QString &errorText, bool sessionBusConnected);

private:
    // Whether a keychain can be reached at all; on Linux every backend needs the session bus.
    static bool sessionBusConnected();
    bool answerIfUnreachable(QObject *context, const Callback &done) const;

    QString m_service;
};
