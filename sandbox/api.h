#pragma once

#include "httpmessages.h"
#include "sandboxoptions.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

class Store;

// What a key may do. The names follow the Platform's permission strings.
enum class Permission {
    None,
    PhoneNumberView,
    PhoneNumberCreate,
    PhoneNumberUpdate,
    PhoneNumberDelete,
    ServiceView,
    WorkspaceView,
    WorkspaceUpdate,
};

// The role → permission map is not published; this is the sandbox's reading of the documented
// roles: owner and admin may do everything, a member everything but deleting numbers and
// provisioning telephony, a viewer only reads.
bool roleAllows(const QString &role, Permission permission);
bool isKnownRole(const QString &role);

struct Credential
{
    QString key;
    QString keyId;
    QString name;
    QString role;
    QString workspaceId;
    QDateTime expiresAt;
};

// The Platform API's phone-number part: routing, authentication, authorisation, validation and
// the endpoint handlers over the Store.
class Api
{
public:
    Api(Store *store, const Options &options, const QList<Credential> &credentials);

    ApiResponse handle(const ApiRequest &request);

private:
    struct Call
    {
        const ApiRequest &request;
        const Credential &caller;
        QString workspaceId;
        QString resourceId;
    };
    using Handler = ApiResponse (Api::*)(const Call &);
    struct Route
    {
        QByteArray method;
        QStringList pattern; // literal segments, or {workspace_id} / {id} placeholders
        QString idName;      // the path parameter's name in 422 locations
        Permission permission;
        Handler handler;
    };

    static const QList<Route> &routes();
    const Credential *authenticate(const ApiRequest &request) const;

    ApiResponse authInfo(const Call &call);
    ApiResponse listWorkspaces(const Call &call);
    ApiResponse getWorkspace(const Call &call);
    ApiResponse listServices(const Call &call);
    ApiResponse getService(const Call &call);

    ApiResponse listPhoneNumbers(const Call &call);
    ApiResponse createPhoneNumber(const Call &call);
    ApiResponse bindChannelPhone(const Call &call);
    ApiResponse getPhoneNumber(const Call &call);
    ApiResponse updatePhoneNumber(const Call &call);
    ApiResponse deletePhoneNumber(const Call &call);
    ApiResponse setForwarding(const Call &call);
    ApiResponse clearForwarding(const Call &call);

    ApiResponse getSubAccount(const Call &call);
    ApiResponse provisionSubAccount(const Call &call);
    ApiResponse searchAvailableNumbers(const Call &call);
    ApiResponse purchasePhoneNumber(const Call &call);
    ApiResponse releasePhoneNumber(const Call &call);

    static std::optional<ApiResponse> refusedContinuationToken(const QueryParameters &query);
    bool serviceExists(const QString &workspaceId, const QString &serviceId);
    ApiResponse internalError();

    Store *m_store;
    Options m_options;
    QList<Credential> m_credentials;
    QHash<QByteArray, qsizetype> m_credentialByKey; // by the key's UTF-8 bytes
};

QString timestampNow();

} // namespace Sandbox
