#pragma once

#include <QString>

#include <functional>

class QObject;

// Where the API key of each connection profile is kept, one secret per account (the profile id).
// Asynchronous, because a system keychain may first ask the person to unlock it. Every call ends
// exactly once with its callback, on the caller's thread, unless `context` was destroyed first.
class CredentialStore
{
public:
    enum class Status {
        Ok,
        NotFound,    // nothing is stored for this account
        Unavailable, // there is no keychain service at all (e.g. no D-Bus session)
        Denied,      // the keychain is locked, or the person or a policy refused access
        Failed,      // anything else; the message says what
    };

    struct Outcome
    {
        Status status = Status::Ok;
        QString secret;  // the stored secret, after a successful read
        QString message; // the keychain's own words when something failed; never the secret

        bool isOk() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Outcome &)>;

    virtual ~CredentialStore() = default;

    virtual void readSecret(const QString &account, QObject *context, Callback done) = 0;
    // Replaces what is stored; a failed write leaves the previous secret as it was.
    virtual void writeSecret(
            const QString &account, const QString &secret, QObject *context, Callback done)
            = 0;
    // Succeeds when nothing was stored either.
    virtual void removeSecret(const QString &account, QObject *context, Callback done) = 0;
};
