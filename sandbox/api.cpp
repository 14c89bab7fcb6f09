#include "api.h"

#include "jsonviews.h"
#include "sandboxlogging.h"
#include "store.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const QString workspacePlaceholder = u"{workspace_id}"_s;
const QString idPlaceholder = u"{id}"_s;

// Whether the path segments after the version match a route's pattern.
bool matches(const QStringList &pattern, const QStringList &segments)
{
    if (pattern.size() != segments.size() - 1)
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != workspacePlaceholder && pattern[i] != idPlaceholder
                && pattern[i] != segments[i + 1]) {
            return false;
        }
    }
    return true;
}

} // namespace

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isKnownRole(const QString &role)
{
    return role == u"owner" || role == u"admin" || role == u"member" || role == u"viewer";
}

bool roleAllows(const QString &role, Permission permission)
{
    if (role == u"owner" || role == u"admin")
        return true;
    switch (permission) {
    case Permission::None:
    case Permission::PhoneNumberView:
    case Permission::ServiceView:
    case Permission::WorkspaceView:
        return isKnownRole(role);
    case Permission::PhoneNumberCreate:
    case Permission::PhoneNumberUpdate:
        return role == u"member";
    case Permission::PhoneNumberDelete:
    case Permission::WorkspaceUpdate:
        return false;
    }
    return false;
}

Api::Api(Store *store, const Options &options, const QList<Credential> &credentials)
    : m_store(store)
    , m_options(options)
    , m_credentials(credentials)
{
    for (qsizetype i = 0; i < m_credentials.size(); ++i)
        m_credentialByKey.insert(m_credentials[i].key.toUtf8(), i);
}

const QList<Api::Route> &Api::routes()
{
    using P = Permission;
    const QString ws = workspacePlaceholder;
    const QString id = idPlaceholder;
    const QString pn = u"phone-numbers"_s;
    static const QList<Route> table{
            {"GET", {u"auth"_s, u"me"_s}, {}, P::None, &Api::authInfo},
            {"GET", {u"workspaces"_s}, {}, P::WorkspaceView, &Api::listWorkspaces},
            {"GET", {u"workspaces"_s, ws}, {}, P::WorkspaceView, &Api::getWorkspace},
            {"GET", {ws, pn}, {}, P::PhoneNumberView, &Api::listPhoneNumbers},
            {"POST", {ws, pn}, {}, P::PhoneNumberCreate, &Api::createPhoneNumber},
            {"POST", {ws, pn, u"bind"_s}, {}, P::PhoneNumberCreate, &Api::bindChannelPhone},
            {"GET", {ws, pn, id}, u"phone_number_id"_s, P::PhoneNumberView, &Api::getPhoneNumber},
            {"PUT", {ws, pn, id}, u"phone_number_id"_s, P::PhoneNumberUpdate,
                    &Api::updatePhoneNumber},
            {"DELETE", {ws, pn, id}, u"phone_number_id"_s, P::PhoneNumberDelete,
                    &Api::deletePhoneNumber},
            {"PUT", {ws, pn, id, u"forwarding"_s}, u"phone_number_id"_s, P::PhoneNumberUpdate,
                    &Api::setForwarding},
            {"DELETE", {ws, pn, id, u"forwarding"_s}, u"phone_number_id"_s, P::PhoneNumberUpdate,
                    &Api::clearForwarding},
            {"GET", {ws, u"services"_s}, {}, P::ServiceView, &Api::listServices},
            {"GET", {ws, u"services"_s, id}, u"service_id"_s, P::ServiceView, &Api::getService},
            {"GET", {ws, u"twilio"_s, u"sub-account"_s}, {}, P::WorkspaceView, &Api::getSubAccount},
            {"POST", {ws, u"twilio"_s, u"sub-account"_s}, {}, P::WorkspaceUpdate,
                    &Api::provisionSubAccount},
            {"GET", {ws, u"twilio"_s, pn, u"available"_s}, {}, P::PhoneNumberCreate,
                    &Api::searchAvailableNumbers},
            {"POST", {ws, u"twilio"_s, pn, u"purchase"_s}, {}, P::PhoneNumberCreate,
                    &Api::purchasePhoneNumber},
            {"DELETE", {ws, u"twilio"_s, pn, id, u"release"_s}, u"phone_number_id"_s,
                    P::PhoneNumberDelete, &Api::releasePhoneNumber},
    };
    return table;
}

ApiResponse Api::handle(const ApiRequest &request)
{
    if (request.segments.value(0) != u"v1")
        return ApiResponse::error(404, u"Not Found"_s);
    const QStringList &segments = request.segments;

    // Literal routes ("bind", "available") win over a placeholder in the same position.
    const Route *route = nullptr;
    bool pathKnown = false;
    for (const auto &candidate : routes()) {
        if (!matches(candidate.pattern, segments))
            continue;
        pathKnown = true;
        if (candidate.method == request.method) {
            route = &candidate;
            break;
        }
    }
    if (!route) {
        if (!pathKnown)
            return ApiResponse::error(404, u"Not Found"_s);
        return ApiResponse::error(405, u"Method Not Allowed"_s);
    }

    const Credential *caller = authenticate(request);
    if (!caller) {
        auto response = ApiResponse::error(401, u"Missing or invalid API key."_s);
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return response;
    }

    ValidationErrors errors;
    QString workspaceId;
    QString resourceId;
    for (qsizetype i = 0; i < route->pattern.size(); ++i) {
        if (route->pattern[i] == workspacePlaceholder)
            workspaceId = pathUuid(segments[i + 1], u"workspace_id"_s, &errors);
        else if (route->pattern[i] == idPlaceholder)
            resourceId = pathUuid(segments[i + 1], route->idName, &errors);
    }
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);

    // A key belongs to one workspace; any other workspace's path is out of its reach.
    if (!workspaceId.isEmpty() && workspaceId != caller->workspaceId)
        return ApiResponse::error(403, u"API key does not have access to this workspace."_s);
    if (!roleAllows(caller->role, route->permission))
        return ApiResponse::error(403, u"Insufficient permissions."_s);

    return (this->*route->handler)(Call{request, *caller, workspaceId, resourceId});
}

const Credential *Api::authenticate(const ApiRequest &request) const
{
    const QByteArrayView header = QByteArrayView(request.authorization).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.first(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return nullptr;
    const QByteArrayView key = header.sliced(space + 1).trimmed();
    const auto found = m_credentialByKey.constFind(QByteArray::fromRawData(key.data(), key.size()));
    if (found == m_credentialByKey.constEnd())
        return nullptr;
    return &m_credentials[found.value()];
}

ApiResponse Api::internalError()
{
    qCWarning(lcSandbox) << "storage error:" << m_store->lastError();
    return ApiResponse::error(500, u"Internal Server Error"_s);
}

ApiResponse Api::authInfo(const Call &call)
{
    const auto &caller = call.caller;
    const qint64 expiresIn
            = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(caller.expiresAt));
    return ApiResponse::json(200,
            QJsonObject{
                    {u"workspace_id"_s, caller.workspaceId},
                    {u"key_id"_s, caller.keyId},
                    {u"name"_s, caller.name.isEmpty() ? QJsonValue() : QJsonValue(caller.name)},
                    {u"expires_at"_s, caller.expiresAt.toString(Qt::ISODateWithMs)},
                    {u"expires_in_seconds"_s, expiresIn},
            });
}

ApiResponse Api::listWorkspaces(const Call &call)
{
    ValidationErrors errors;
    const int limit = queryLimit(call.request.query, &errors);
    const qint64 after = queryContinuationToken(call.request.query, &errors);
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);
    if (auto refusal = refusedContinuationToken(call.request.query))
        return *refusal;
    const auto page = m_store->workspaces({call.caller.workspaceId}, after, limit);
    return ApiResponse::json(200, pageJson(page, workspaceJson));
}

ApiResponse Api::getWorkspace(const Call &call)
{
    const auto workspace = m_store->workspace(call.workspaceId);
    if (!workspace)
        return ApiResponse::error(404, u"Workspace not found."_s);
    return ApiResponse::json(200, workspaceJson(*workspace));
}

ApiResponse Api::listServices(const Call &call)
{
    const auto &query = call.request.query;
    ValidationErrors errors;
    const auto search = query.value(u"search"_s);
    if (search) {
        const qsizetype length = codePointCount(*search);
        if (length < 1) {
            errors.add(QJsonArray{u"query"_s, u"search"_s}, u"string_too_short"_s,
                    u"String should have at least 1 character"_s, *search,
                    QJsonObject{{u"min_length"_s, 1}});
        } else if (length > 200) {
            errors.add(QJsonArray{u"query"_s, u"search"_s}, u"string_too_long"_s,
                    u"String should have at most 200 characters"_s, *search,
                    QJsonObject{{u"max_length"_s, 200}});
        }
    }
    const auto isActive = queryBoolean(query, u"is_active"_s, &errors);
    const int limit = queryLimit(query, &errors);
    const qint64 after = queryContinuationToken(query, &errors);
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);
    if (auto refusal = refusedContinuationToken(query))
        return *refusal;

    const auto page = m_store->services(
            call.workspaceId, search.value_or(QString()), isActive, after, limit);
    return ApiResponse::json(200, pageJson(page, serviceJson));
}

ApiResponse Api::getService(const Call &call)
{
    const auto service = m_store->service(call.workspaceId, call.resourceId);
    if (!service)
        return ApiResponse::error(404, u"Not found."_s);
    return ApiResponse::json(200, serviceJson(*service));
}

std::optional<ApiResponse> Api::refusedContinuationToken(const QueryParameters &query)
{
    if (!isForeignContinuationToken(query))
        return std::nullopt;
    return ApiResponse::error(400,
            u"Invalid continuation_token: pass the continuation_token of the previous page, "
            "or none for the first page."_s);
}

bool Api::serviceExists(const QString &workspaceId, const QString &serviceId)
{
    return m_store->service(workspaceId, serviceId).has_value();
}

} // namespace Sandbox
