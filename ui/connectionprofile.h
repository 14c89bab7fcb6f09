#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A named way to reach one workspace: where the API is and which workspace the key belongs to.
// The API key itself is not part of it; it lives in the credential store under `id`.
struct ConnectionProfile
{
    QString id;             // stable; the keychain account; sandboxId() for the built-in sandbox
    QString name;           // what people call it, e.g. "Acme support (production)"
    QUrl baseUrl;           // e.g. https://api.platform.amigo.ai
    QString workspaceId;    // discovered from the key (GET /v1/auth/me)
    QString workspaceName;  // confirmed by GET /v1/workspaces/{id}; empty when unknown
    QString defaultCountry; // ISO 3166 region for numbers typed without a country code, e.g. "US"

    bool isSandbox() const { return id == sandboxId(); }

    // The workspace for people: its name, or its id when the name is unknown.
    QString workspaceLabel() const { return workspaceName.isEmpty() ? workspaceId : workspaceName; }

    static QString sandboxId() { return QStringLiteral("sandbox"); }
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.platform.amigo.ai")); }

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
