#include "keychaincredentialstore.h"

#include <QCoreApplication>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#endif

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{ }

CredentialStore::Status KeychainCredentialStore::statusFor(
        int keychainError, const QString &errorText, bool sessionBusConnected)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    case QKeychain::OtherError:
        break;
    }
    // Without a session bus, or when no keychain service answers on it, QtKeychain says only
    // "Unknown error" (its text for a backend that could not be reached) or passes on the D-Bus
    // error naming the missing service.
    if (!sessionBusConnected || errorText == u"Unknown error"_s
            || errorText.contains(u"was not provided by any .service files"_s)
            || errorText.contains(u"org.freedesktop.secrets"_s)
            || errorText.contains(u"ServiceUnknown"_s) || errorText.contains(u"NoReply"_s))
        return Status::Unavailable;
    return Status::Failed;
}

bool KeychainCredentialStore::sessionBusConnected()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

bool KeychainCredentialStore::answerIfUnreachable(QObject *context, const Callback &done) const
{
    if (sessionBusConnected())
        return false;

    // Answer asynchronously, as a keychain would, so callers see one behaviour.
    QTimer::singleShot(0, context, [done] {
        done({Status::Unavailable, {},
                QCoreApplication::translate("KeychainCredentialStore",
                        "there is no D-Bus session, so neither the Secret "
                        "Service nor KWallet can be reached")});
    });
    return true;
}

// QtKeychain's own words, except where they say nothing a person could act on.
static QString messageFor(CredentialStore::Status status, const QString &errorText)
{
    if (status == CredentialStore::Status::Unavailable && errorText == u"Unknown error"_s)
        return QCoreApplication::translate("KeychainCredentialStore",
                "neither the Secret Service nor KWallet answered on "
                "the D-Bus session");
    return errorText;
}

static void whenFinished(
        QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> handle)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, std::move(handle));
    job->start();
}

void KeychainCredentialStore::readSecret(const QString &account, QObject *context, Callback done)
{
    if (answerIfUnreachable(context, done))
        return;

    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account);
    whenFinished(job, context, [done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Status status = statusFor(read->error(), read->errorString(), true);
        if (status == Status::Ok)
            done({Status::Ok, read->textData(), {}});
        else
            done({status, {}, messageFor(status, read->errorString())});
    });
}

void KeychainCredentialStore::writeSecret(
        const QString &account, const QString &secret, QObject *context, Callback done)
{
    if (answerIfUnreachable(context, done))
        return;

    // A write replaces the stored item in place; nothing is deleted first, so a failure leaves
    // the previous secret intact.
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    whenFinished(job, context, [done](QKeychain::Job *finished) {
        const Status status = statusFor(finished->error(), finished->errorString(), true);
        done({status, {},
                status == Status::Ok ? QString() : messageFor(status, finished->errorString())});
    });
}

void KeychainCredentialStore::removeSecret(const QString &account, QObject *context, Callback done)
{
    if (answerIfUnreachable(context, done))
        return;

    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account);
    whenFinished(job, context, [done](QKeychain::Job *finished) {
        Status status = statusFor(finished->error(), finished->errorString(), true);
        if (status == Status::NotFound)
            status = Status::Ok;
        done({status, {},
                status == Status::Ok ? QString() : messageFor(status, finished->errorString())});
    });
}
