#pragma once

#include "connectionprofile.h"

#include <QList>

#include <optional>

class QSettings;

// The connection profiles in the settings file. Holds no secrets: the API keys are in the
// credential store. The built-in "Local sandbox" profile is always listed first and is never
// written to the file.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString &id) const;
    // Names are matched without regard to case, as people type them on the command line.
    std::optional<ConnectionProfile> findByName(const QString &name) const;

    // Adds or replaces the profile with the same id (a new id when it has none). Returns the id.
    QString save(ConnectionProfile profile);
    void remove(const QString &id);

    // The profile opened at start: the one used last, or the sandbox on first run.
    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

    static ConnectionProfile sandboxProfile();

private:
    QSettings *m_settings;
};
