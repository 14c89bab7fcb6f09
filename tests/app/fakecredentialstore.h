#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

// An in-memory keychain whose answers the test decides: each operation can be made to fail with
// a chosen status, without touching what is stored, as a real keychain does.
class FakeCredentialStore : public CredentialStore
{
public:
    QHash<QString, QString> secrets;
    std::optional<Status> failReads;
    std::optional<Status> failWrites;
    std::optional<Status> failRemovals;
    QStringList operations; // "read:<account>", "write:<account>", "remove:<account>"

    void readSecret(const QString &account, QObject *context, Callback done) override
    {
        operations.append(QStringLiteral("read:") + account);
        Outcome outcome;
        if (failReads)
            outcome = {*failReads, {}, QStringLiteral("injected read failure")};
        else if (!secrets.contains(account))
            outcome = {Status::NotFound, {}, QStringLiteral("no such entry")};
        else
            outcome = {Status::Ok, secrets.value(account), {}};
        answer(context, std::move(done), outcome);
    }

    void writeSecret(
            const QString &account, const QString &secret, QObject *context, Callback done) override
    {
        operations.append(QStringLiteral("write:") + account);
        if (failWrites)
            return answer(context, std::move(done),
                    {*failWrites, {}, QStringLiteral("injected write failure")});
        secrets.insert(account, secret);
        answer(context, std::move(done), {});
    }

    void removeSecret(const QString &account, QObject *context, Callback done) override
    {
        operations.append(QStringLiteral("remove:") + account);
        if (failRemovals)
            return answer(context, std::move(done),
                    {*failRemovals, {}, QStringLiteral("injected removal failure")});
        secrets.remove(account);
        answer(context, std::move(done), {});
    }

private:
    // Asynchronous like a real keychain: the callback never runs inside the call.
    static void answer(QObject *context, Callback done, const Outcome &outcome)
    {
        QTimer::singleShot(0, context, [done = std::move(done), outcome] { done(outcome); });
    }
};
