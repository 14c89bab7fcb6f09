#include "codec.h"

#include "jsonreader.h"
#include "pagecodec.h"

using namespace Qt::StringLiterals;

namespace Codec {

static QList<ServiceTag> decodeTags(JsonReader &reader)
{
    QList<ServiceTag> tags;
    const QJsonValue value = reader.value(u"tags"_s);
    if (!value.isArray()) {
        reader.fail(value.isUndefined() ? u"Service lacks the required field \"tags\""_s
                                        : u"Service field \"tags\" is not a list"_s);
        return tags;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        JsonReader tagReader(item, u"Service tag"_s);
        ServiceTag tag;
        tag.key = tagReader.requiredString(u"key"_s);
        tag.value = tagReader.nullableString(u"value"_s, false);
        if (!tagReader.isValid()) {
            reader.fail(tagReader.error());
            break;
        }
        tags.append(tag);
    }
    return tags;
}

Result<Service> decodeService(const QJsonValue &json)
{
    JsonReader reader(json, u"Service"_s);
    Service service;
    service.id = reader.requiredString(u"id"_s);
    service.workspaceId = reader.requiredString(u"workspace_id"_s);
    service.name = reader.requiredString(u"name"_s);
    service.description = reader.requiredString(u"description"_s);
    service.isActive = reader.requiredBool(u"is_active"_s);
    service.channelType = reader.optionalString(u"channel_type"_s).value_or(u"voice"_s);
    service.environment = reader.optionalString(u"environment"_s).value_or(u"production"_s);
    service.isSystem = reader.optionalBool(u"is_system"_s).value_or(false);
    service.agentId = reader.requiredString(u"agent_id"_s);
    service.agentName = reader.nullableString(u"agent_name"_s, false);
    service.contextGraphId = reader.requiredString(u"context_graph_id"_s);
    service.contextGraphName = reader.nullableString(u"context_graph_name"_s, false);
    service.personaId = reader.nullableString(u"persona_id"_s, false);
    service.personaName = reader.nullableString(u"persona_name"_s, false);
    service.keyterms = reader.stringList(u"keyterms"_s);
    service.tags = decodeTags(reader);
    service.toolCapacity = reader.requiredInteger(u"tool_capacity"_s);
    service.versionSets = reader.requiredObject(u"version_sets"_s);
    service.createdAt = reader.requiredDateTime(u"created_at"_s);
    service.updatedAt = reader.requiredDateTime(u"updated_at"_s);
    if (!reader.isValid())
        return malformed(reader.error());
    return service;
}

Result<ServicePage> decodeServicePage(const QJsonValue &json)
{
    return decodePage<Service>(json, decodeService);
}

Result<Workspace> decodeWorkspace(const QJsonValue &json)
{
    JsonReader reader(json, u"Workspace"_s);
    Workspace workspace;
    workspace.id = reader.requiredString(u"id"_s);
    workspace.slug = reader.requiredString(u"slug"_s);
    workspace.name = reader.requiredString(u"name"_s);
    workspace.environment = reader.requiredString(u"environment"_s);
    workspace.region = reader.requiredString(u"region"_s);
    workspace.backendOrgId = reader.nullableString(u"backend_org_id"_s);
    workspace.connectorType = reader.nullableString(u"connector_type"_s);
    workspace.provisionedAt = reader.nullableDateTime(u"provisioned_at"_s);
    workspace.createdAt = reader.requiredDateTime(u"created_at"_s);
    workspace.updatedAt = reader.requiredDateTime(u"updated_at"_s);
    if (!reader.isValid())
        return malformed(reader.error());
    return workspace;
}

Result<WorkspacePage> decodeWorkspacePage(const QJsonValue &json)
{
    return decodePage<Workspace>(json, decodeWorkspace);
}

Result<AuthInfo> decodeAuthInfo(const QJsonValue &json)
{
    JsonReader reader(json, u"Key information"_s);
    AuthInfo info;
    info.workspaceId = reader.requiredString(u"workspace_id"_s);
    info.keyId = reader.requiredString(u"key_id"_s);
    info.name = reader.nullableString(u"name"_s);
    info.expiresAt = reader.requiredDateTime(u"expires_at"_s);
    info.expiresInSeconds = reader.requiredInteger(u"expires_in_seconds"_s);
    if (!reader.isValid())
        return malformed(reader.error());
    return info;
}

} // namespace Codec
