#include "connectionprofiles.h"

#include "applog.h"

#include <QPointer>

using namespace Qt::StringLiterals;
using Status = CredentialStore::Status;

ConnectionProfiles::ConnectionProfiles(
        QSettings *settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_store(settings)
    , m_credentials(credentials)
{ }

void ConnectionProfiles::noteUnavailable(const QString &reason)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    const QString message = tr("No system keychain is available (%1). API keys you enter are "
                               "kept only until Amigo Numbers quits.")
                                    .arg(reason.isEmpty() ? tr("no reason given") : reason);
    qCWarning(lcApp) << "Keychain unavailable:" << reason;
    Q_EMIT keychainUnavailable(message);
}

QString ConnectionProfiles::describe(const CredentialStore::Outcome &outcome,
        const ConnectionProfile &profile, bool writing) const
{
    switch (outcome.status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No API key is saved for “%1”. Enter it in the connection settings.")
                .arg(profile.name);
    case Status::Unavailable:
        return tr("No system keychain is available (%1).").arg(outcome.message);
    case Status::Denied:
        return writing ? tr("The keychain is locked or refused to store the key for “%1” (%2).")
                                 .arg(profile.name, outcome.message)
                       : tr("The keychain is locked or refused access to the key for “%1” (%2). "
                            "Unlock it and try again.")
                                 .arg(profile.name, outcome.message);
    case Status::Failed:
        return writing ? tr("The keychain could not store the key for “%1”: %2")
                                 .arg(profile.name, outcome.message)
                       : tr("The keychain could not read the key for “%1”: %2")
                                 .arg(profile.name, outcome.message);
    }
    return {};
}

void ConnectionProfiles::save(const ConnectionProfile &profile,
        const std::optional<QString> &newKey, QObject *context, const SaveCallback &done)
{
    ConnectionProfile saved = profile;
    saved.id = m_store.save(profile);
    qCInfo(lcApp) << "Saved connection profile" << saved.id;

    if (!newKey) {
        QMetaObject::invokeMethod(
                context,
                [done, id = saved.id] {
                    done({id, true, {}});
                },
                Qt::QueuedConnection);
        return;
    }

    Q_EMIT secretSeen(*newKey);
    if (!m_keychainAvailable) {
        m_sessionKeys.insert(saved.id, *newKey);
        QMetaObject::invokeMethod(
                context,
                [done, id = saved.id] {
                    done({id, false,
                            tr("No system keychain is available: the key is kept until Amigo "
                               "Numbers quits.")});
                },
                Qt::QueuedConnection);
        return;
    }

    QPointer<ConnectionProfiles> self(this);
    m_credentials->writeSecret(saved.id, *newKey, context,
            [self, saved, key = *newKey, done](const CredentialStore::Outcome &outcome) {
                if (!self)
                    return;
                if (outcome.isOk()) {
                    self->m_sessionKeys.remove(saved.id);
                    done({saved.id, true, {}});
                    return;
                }

                // The keychain still holds whatever it held before; this session uses the new key.
                self->m_sessionKeys.insert(saved.id, key);
                qCWarning(lcApp) << "Could not store the key of profile" << saved.id << ":"
                                 << outcome.message;
                if (outcome.status == Status::Unavailable) {
                    // The notice that there is no keychain says what happens to the key.
                    self->noteUnavailable(outcome.message);
                    done({saved.id, false, {}});
                    return;
                }
                done({saved.id, false,
                        self->describe(outcome, saved, true) + u' '
                                + tr("The new key is used until Amigo Numbers quits; a key saved "
                                     "before is unchanged.")});
            });
}

void ConnectionProfiles::loadKey(
        const ConnectionProfile &profile, QObject *context, const KeyCallback &done)
{
    const auto session = m_sessionKeys.constFind(profile.id);
    if (session != m_sessionKeys.constEnd()) {
        QMetaObject::invokeMethod(
                context,
                [done, key = session.value()] {
                    done({Status::Ok, key, {}, true});
                },
                Qt::QueuedConnection);
        return;
    }
    if (!m_keychainAvailable) {
        QMetaObject::invokeMethod(
                context,
                [done, profile] {
                    done({Status::Unavailable, {},
                            tr("No system keychain is available, so no key is saved for “%1”. "
                               "Enter it in the connection settings; it is kept until Amigo "
                               "Numbers quits.")
                                    .arg(profile.name),
                            true});
                },
                Qt::QueuedConnection);
        return;
    }

    QPointer<ConnectionProfiles> self(this);
    m_credentials->readSecret(
            profile.id, context, [self, profile, done](const CredentialStore::Outcome &outcome) {
                if (!self)
                    return;
                if (outcome.isOk()) {
                    Q_EMIT self->secretSeen(outcome.secret);
                    done({Status::Ok, outcome.secret, {}, false});
                    return;
                }
                if (outcome.status == Status::Unavailable)
                    self->noteUnavailable(outcome.message);
                done({outcome.status, {}, self->describe(outcome, profile, false), false});
            });
}

void ConnectionProfiles::remove(
        const QString &id, QObject *context, const std::function<void(const QString &)> &done)
{
    const std::optional<ConnectionProfile> profile = m_store.find(id);
    m_store.remove(id);
    m_sessionKeys.remove(id);
    if (!profile || profile->isSandbox() || !m_keychainAvailable) {
        QMetaObject::invokeMethod(
                context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }

    QPointer<ConnectionProfiles> self(this);
    m_credentials->removeSecret(
            id, context, [self, profile, done](const CredentialStore::Outcome &outcome) {
                if (!self)
                    return;
                if (outcome.status == Status::Unavailable)
                    self->noteUnavailable(outcome.message);
                done(outcome.isOk() ? QString() : self->describe(outcome, *profile, true));
            });
}
