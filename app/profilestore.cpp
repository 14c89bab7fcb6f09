#include "profilestore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

static const QString profilesGroup = u"profiles"_s;
static const QString currentKey = u"connection/currentProfile"_s;

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

ConnectionProfile ProfileStore::sandboxProfile()
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::sandboxId();
    profile.name = QCoreApplication::translate("ProfileStore", "Local sandbox");
    profile.workspaceName = QCoreApplication::translate("ProfileStore", "Demo workspace");
    profile.defaultCountry = u"US"_s;
    return profile;
}

static ConnectionProfile readProfile(const QSettings &settings, const QString &id)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.name = settings.value(u"name"_s).toString();
    profile.baseUrl = QUrl(settings.value(u"baseUrl"_s).toString());
    profile.workspaceId = settings.value(u"workspaceId"_s).toString();
    profile.workspaceName = settings.value(u"workspaceName"_s).toString();
    profile.defaultCountry = settings.value(u"defaultCountry"_s).toString();
    return profile;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> stored;
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        if (id == ConnectionProfile::sandboxId())
            continue;
        m_settings->beginGroup(id);
        stored.append(readProfile(*m_settings, id));
        m_settings->endGroup();
    }
    m_settings->endGroup();

    std::sort(stored.begin(), stored.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    stored.prepend(sandboxProfile());
    return stored;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &id) const
{
    const QList<ConnectionProfile> all = profiles();
    const auto found = std::find_if(
            all.begin(), all.end(), [&id](const auto &profile) { return profile.id == id; });
    if (found == all.end())
        return std::nullopt;
    return *found;
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    const auto found = std::find_if(all.begin(), all.end(), [&name](const auto &profile) {
        return profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (found == all.end())
        return std::nullopt;
    return *found;
}

QString ProfileStore::save(ConnectionProfile profile)
{
    Q_ASSERT(!profile.isSandbox());
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    m_settings->beginGroup(profilesGroup + u'/' + profile.id);
    m_settings->setValue(u"name"_s, profile.name);
    m_settings->setValue(u"baseUrl"_s, profile.baseUrl.toString());
    m_settings->setValue(u"workspaceId"_s, profile.workspaceId);
    m_settings->setValue(u"workspaceName"_s, profile.workspaceName);
    m_settings->setValue(u"defaultCountry"_s, profile.defaultCountry);
    m_settings->endGroup();
    return profile.id;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id == ConnectionProfile::sandboxId())
        return;
    m_settings->remove(profilesGroup + u'/' + id);
    if (currentProfileId() == id)
        setCurrentProfileId(ConnectionProfile::sandboxId());
}

QString ProfileStore::currentProfileId() const
{
    const QString id = m_settings->value(currentKey).toString();
    if (id.isEmpty() || !find(id))
        return ConnectionProfile::sandboxId();
    return id;
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    m_settings->setValue(currentKey, id);
}
