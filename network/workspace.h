#pragma once

#include "page.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// A workspace the API key can see (WorkspaceResponse).
struct Workspace
{
    QString id;
    QString slug;
    QString name;
    QString environment;
    QString region;
    std::optional<QString> backendOrgId;
    std::optional<QString> connectorType;
    std::optional<QDateTime> provisionedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

using WorkspacePage = Page<Workspace>;

// Who the API key is (GET /v1/auth/me): its workspace and when it expires.
struct AuthInfo
{
    QString workspaceId;
    QString keyId;
    std::optional<QString> name;
    QDateTime expiresAt;
    qint64 expiresInSeconds = 0;

    friend bool operator==(const AuthInfo &, const AuthInfo &) = default;
};

Q_DECLARE_METATYPE(Workspace)
Q_DECLARE_METATYPE(AuthInfo)
