#pragma once

#include "page.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

struct ServiceTag
{
    QString key;
    std::optional<QString> value;

    friend bool operator==(const ServiceTag &, const ServiceTag &) = default;
};

// A service of the workspace (ServiceResponse): what answers the calls to a number routed to it.
// Enum-like strings (channelType, environment) are kept as received.
struct Service
{
    QString id;
    QString workspaceId;
    QString name;
    QString description;
    bool isActive = false;
    QString channelType = QStringLiteral("voice"); // the server's default when it is left out
    QString environment = QStringLiteral("production");
    bool isSystem = false;
    QString agentId;
    std::optional<QString> agentName;
    QString contextGraphId;
    std::optional<QString> contextGraphName;
    std::optional<QString> personaId;
    std::optional<QString> personaName;
    QStringList keyterms;
    QList<ServiceTag> tags;
    qint64 toolCapacity = 0;
    QJsonObject versionSets; // kept as received; the client does not interpret it
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Service &, const Service &) = default;
};

using ServicePage = Page<Service>;

struct ServiceListQuery
{
    std::optional<QString> search;
    std::optional<bool> isActive;
    int limit = 20;
    QJsonValue continuationToken; // Undefined for the first page
};

Q_DECLARE_METATYPE(Service)
