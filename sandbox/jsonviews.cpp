#include "jsonviews.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QJsonValue orNull(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

void appendString(QByteArray *out, QStringView text)
{
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (uchar(c) < 0x20) {
                out->append("\\u00");
                out->append("0123456789abcdef"[uchar(c) >> 4]);
                out->append("0123456789abcdef"[uchar(c) & 0xf]);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

void appendNullable(QByteArray *out, const std::optional<QString> &text)
{
    if (text)
        appendString(out, *text);
    else
        out->append("null");
}

void appendField(QByteArray *out, const char *name)
{
    out->append('"');
    out->append(name);
    out->append("\":");
}

void appendPhoneNumber(QByteArray *out, const PhoneNumberRecord &number)
{
    out->append('{');
    appendField(out, "id");
    appendString(out, number.id);
    out->append(',');
    appendField(out, "workspace_id");
    appendString(out, number.workspaceId);
    out->append(',');
    appendField(out, "phone_number");
    appendString(out, number.phoneNumber);
    out->append(',');
    appendField(out, "display_name");
    appendString(out, number.displayName);
    out->append(',');
    appendField(out, "provider");
    appendString(out, number.provider);
    out->append(',');
    appendField(out, "capabilities");
    out->append('[');
    for (qsizetype i = 0; i < number.capabilities.size(); ++i) {
        if (i > 0)
            out->append(',');
        appendString(out, number.capabilities[i]);
    }
    out->append("],");
    appendField(out, "status");
    appendString(out, number.status);
    out->append(',');
    appendField(out, "inbound_service_id");
    appendNullable(out, number.inboundServiceId);
    out->append(',');
    appendField(out, "provider_phone_sid");
    appendNullable(out, number.providerPhoneSid);
    out->append(',');
    appendField(out, "notes");
    appendString(out, number.notes);
    out->append(',');
    appendField(out, "forwarding");
    if (number.forwarding) {
        out->append("{\"enabled\":");
        out->append(number.forwarding->enabled ? "true" : "false");
        out->append(",\"forward_to\":");
        appendString(out, number.forwarding->forwardTo);
        out->append(",\"should_disconnect\":");
        out->append(number.forwarding->shouldDisconnect ? "true" : "false");
        out->append('}');
    } else {
        out->append("null");
    }
    out->append(',');
    appendField(out, "channel_phone_id");
    out->append("null,");
    appendField(out, "created_at");
    appendString(out, number.createdAt);
    out->append(',');
    appendField(out, "updated_at");
    appendString(out, number.updatedAt);
    out->append('}');
}

} // namespace

QByteArray phoneNumberListItem(const PhoneNumberRecord &number)
{
    QByteArray out;
    out.reserve(512);
    appendPhoneNumber(&out, number);
    return out;
}

QByteArray phoneNumberPageBytes(const Page<QByteArrayView> &page)
{
    qsizetype size = 64;
    for (const auto &item : page.items)
        size += item.size() + 1;
    QByteArray out;
    out.reserve(size);
    out.append("{\"items\":[");
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(page.items[i]);
    }
    out.append("],\"has_more\":");
    out.append(page.hasMore ? "true" : "false");
    out.append(",\"continuation_token\":");
    out.append(page.hasMore ? QByteArray::number(page.nextCursor) : QByteArray("null"));
    out.append(",\"total\":");
    out.append(QByteArray::number(page.total));
    out.append('}');
    return out;
}

QJsonObject phoneNumberJson(const PhoneNumberRecord &number)
{
    QJsonValue forwarding(QJsonValue::Null);
    if (number.forwarding) {
        forwarding = QJsonObject{
                {u"enabled"_s, number.forwarding->enabled},
                {u"forward_to"_s, number.forwarding->forwardTo},
                {u"should_disconnect"_s, number.forwarding->shouldDisconnect},
        };
    }
    return QJsonObject{
            {u"id"_s, number.id},
            {u"workspace_id"_s, number.workspaceId},
            {u"phone_number"_s, number.phoneNumber},
            {u"display_name"_s, number.displayName},
            {u"provider"_s, number.provider},
            {u"capabilities"_s, QJsonArray::fromStringList(number.capabilities)},
            {u"status"_s, number.status},
            {u"inbound_service_id"_s, orNull(number.inboundServiceId)},
            {u"provider_phone_sid"_s, orNull(number.providerPhoneSid)},
            {u"notes"_s, number.notes},
            {u"forwarding"_s, forwarding},
            {u"channel_phone_id"_s, QJsonValue::Null},
            {u"created_at"_s, number.createdAt},
            {u"updated_at"_s, number.updatedAt},
    };
}

QJsonObject purchaseJson(const PhoneNumberRecord &number)
{
    return QJsonObject{
            {u"id"_s, number.id},
            {u"workspace_id"_s, number.workspaceId},
            {u"phone_number"_s, number.phoneNumber},
            {u"display_name"_s, number.displayName},
            {u"provider_phone_sid"_s, number.providerPhoneSid.value_or(QString())},
            {u"status"_s, number.status},
            {u"capabilities"_s, QJsonArray::fromStringList(number.capabilities)},
            {u"created_at"_s, number.createdAt},
    };
}

QJsonObject serviceJson(const ServiceRecord &service)
{
    return QJsonObject{
            {u"id"_s, service.id},
            {u"workspace_id"_s, service.workspaceId},
            {u"name"_s, service.name},
            {u"description"_s, service.description},
            {u"agent_id"_s, service.agentId},
            {u"agent_name"_s, orNull(service.agentName)},
            {u"context_graph_id"_s, service.contextGraphId},
            {u"context_graph_name"_s, orNull(service.contextGraphName)},
            {u"persona_id"_s, QJsonValue::Null},
            {u"persona_name"_s, QJsonValue::Null},
            {u"channel_type"_s, service.channelType},
            {u"environment"_s, u"production"_s},
            {u"is_active"_s, service.isActive},
            {u"is_system"_s, false},
            {u"safety_filters_enabled"_s, true},
            {u"keyterms"_s, QJsonArray::fromStringList(service.keyterms)},
            {u"tags"_s, QJsonArray()},
            {u"tool_capacity"_s, 8},
            {u"version_sets"_s,
                    QJsonObject{{u"release"_s,
                            QJsonObject{{u"agent_version_number"_s, 1},
                                    {u"context_graph_version_number"_s, 1},
                                    {u"llm_model_preferences"_s, QJsonObject()}}}}},
            {u"escalation_policy"_s, QJsonValue::Null},
            {u"voice_config"_s, QJsonValue::Null},
            {u"created_at"_s, service.createdAt},
            {u"updated_at"_s, service.updatedAt},
    };
}

QJsonObject workspaceJson(const WorkspaceRecord &workspace)
{
    return QJsonObject{
            {u"id"_s, workspace.id},
            {u"slug"_s, workspace.slug},
            {u"name"_s, workspace.name},
            {u"environment"_s, workspace.environment},
            {u"backend_org_id"_s, QJsonValue::Null},
            {u"region"_s, workspace.region},
            {u"connector_type"_s, QJsonValue::Null},
            {u"provisioned_at"_s, workspace.createdAt},
            {u"created_at"_s, workspace.createdAt},
            {u"updated_at"_s, workspace.updatedAt},
    };
}

QJsonObject subAccountJson(const SubAccountRecord &account)
{
    return QJsonObject{
            {u"id"_s, account.id},
            {u"workspace_id"_s, account.workspaceId},
            {u"account_sid"_s, account.accountSid},
            {u"friendly_name"_s, account.friendlyName},
            {u"environment"_s, account.environment},
            {u"twiml_app_sid"_s, orNull(account.twimlAppSid)},
            {u"status"_s, account.status},
            {u"created_at"_s, account.createdAt},
            {u"updated_at"_s, account.updatedAt},
    };
}

} // namespace Sandbox
