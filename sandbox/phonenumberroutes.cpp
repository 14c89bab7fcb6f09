#include "api.h"

#include "jsonviews.h"
#include "store.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

ForwardingRecord forwardingRecord(const ForwardingInput &input)
{
    return ForwardingRecord{input.enabled, input.forwardTo, input.shouldDisconnect};
}

ValidationErrors unknownService(const QString &serviceId)
{
    ValidationErrors errors;
    errors.add(QJsonArray{u"body"_s, u"inbound_service_id"_s}, u"value_error"_s,
            u"Value error, no service with this id exists in the workspace"_s, serviceId,
            QJsonObject{{u"error"_s, u"unknown service"_s}});
    return errors;
}

// Applies one field of a partial update. An explicit null either clears the field (when the
// server is told that null clears and the field can be null) or is ignored.
template<typename T>
void applyNullable(const Patch<T> &patch, std::optional<T> *field, bool nullClears)
{
    if (!patch)
        return;
    if (*patch)
        *field = **patch;
    else if (nullClears)
        field->reset();
}

template<typename T>
void applyRequired(const Patch<T> &patch, T *field)
{
    if (patch && *patch)
        *field = **patch;
}

} // namespace

ApiResponse Api::listPhoneNumbers(const Call &call)
{
    ValidationErrors errors;
    const QString status = queryStatus(call.request.query, &errors);
    const int limit = queryLimit(call.request.query, &errors);
    const qint64 after = queryContinuationToken(call.request.query, &errors);
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);
    if (auto refusal = refusedContinuationToken(call.request.query))
        return *refusal;

    const auto page = m_store->phoneNumberPage(call.workspaceId, status, after, limit);
    if (!page)
        return internalError();
    return ApiResponse::rawJson(200, phoneNumberPageBytes(*page));
}

ApiResponse Api::getPhoneNumber(const Call &call)
{
    const auto number = m_store->phoneNumber(call.workspaceId, call.resourceId);
    if (!number)
        return ApiResponse::error(404, u"Phone number not found."_s);
    return ApiResponse::json(200, phoneNumberJson(*number));
}

ApiResponse Api::createPhoneNumber(const Call &call)
{
    ValidationErrors errors;
    const auto input = parseCreatePhoneNumber(call.request.body, &errors);
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);
    if (m_options.checkInboundService && input.inboundServiceId
            && !serviceExists(call.workspaceId, *input.inboundServiceId)) {
        return ApiResponse::validation(unknownService(*input.inboundServiceId));
    }
    if (!m_store->workspace(call.workspaceId))
        return ApiResponse::error(404, u"Workspace not found."_s);
    if (m_store->isRegistered(input.phoneNumber))
        return ApiResponse::error(409, u"Phone number already registered."_s);

    PhoneNumberRecord number;
    number.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    number.workspaceId = call.workspaceId;
    number.phoneNumber = input.phoneNumber;
    number.displayName = input.displayName;
    number.provider = input.provider;
    number.capabilities = input.capabilities;
    number.status = input.status;
    number.inboundServiceId = input.inboundServiceId;
    number.providerPhoneSid = input.providerPhoneSid;
    number.notes = input.notes;
    if (input.forwarding)
        number.forwarding = forwardingRecord(*input.forwarding);
    number.createdAt = number.updatedAt = timestampNow();
    if (!m_store->insertPhoneNumber(&number))
        return internalError();
    return ApiResponse::json(201, phoneNumberJson(number));
}

ApiResponse Api::bindChannelPhone(const Call &)
{
    // The sandbox has no channel manager, like a Platform deployment without one.
    return ApiResponse::error(503, u"Channel manager not configured."_s);
}

ApiResponse Api::updatePhoneNumber(const Call &call)
{
    ValidationErrors errors;
    const auto input = parseUpdatePhoneNumber(call.request.body, &errors);
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);

    auto number = m_store->phoneNumber(call.workspaceId, call.resourceId);
    if (!number)
        return ApiResponse::error(404, u"Phone number not found."_s);

    if (m_options.checkInboundService && input.inboundServiceId && *input.inboundServiceId
            && !serviceExists(call.workspaceId, **input.inboundServiceId)) {
        return ApiResponse::validation(unknownService(**input.inboundServiceId));
    }

    const bool nullClears = m_options.nullClears;
    applyRequired(input.displayName, &number->displayName);
    applyRequired(input.provider, &number->provider);
    applyRequired(input.capabilities, &number->capabilities);
    applyRequired(input.status, &number->status);
    applyRequired(input.notes, &number->notes);
    applyNullable(input.inboundServiceId, &number->inboundServiceId, nullClears);
    applyNullable(input.providerPhoneSid, &number->providerPhoneSid, nullClears);
    if (input.forwarding) {
        if (*input.forwarding)
            number->forwarding = forwardingRecord(**input.forwarding);
        else if (nullClears)
            number->forwarding.reset();
    }
    number->updatedAt = timestampNow();
    if (!m_store->updatePhoneNumber(*number))
        return internalError();
    return ApiResponse::json(200, phoneNumberJson(*number));
}

ApiResponse Api::deletePhoneNumber(const Call &call)
{
    if (!m_store->deletePhoneNumber(call.workspaceId, call.resourceId))
        return ApiResponse::error(404, u"Phone number not found."_s);
    return ApiResponse::noContent();
}

ApiResponse Api::setForwarding(const Call &call)
{
    ValidationErrors errors;
    const auto input = parseForwarding(call.request.body, &errors);
    if (!errors.isEmpty())
        return ApiResponse::validation(errors);

    auto number = m_store->phoneNumber(call.workspaceId, call.resourceId);
    if (!number)
        return ApiResponse::error(404, u"Phone number not found."_s);
    number->forwarding = forwardingRecord(input);
    number->updatedAt = timestampNow();
    if (!m_store->updatePhoneNumber(*number))
        return internalError();
    return ApiResponse::json(200, phoneNumberJson(*number));
}

ApiResponse Api::clearForwarding(const Call &call)
{
    auto number = m_store->phoneNumber(call.workspaceId, call.resourceId);
    if (!number)
        return ApiResponse::error(404, u"Phone number not found."_s);
    number->forwarding.reset();
    number->updatedAt = timestampNow();
    if (!m_store->updatePhoneNumber(*number))
        return internalError();
    return ApiResponse::json(200, phoneNumberJson(*number));
}

} // namespace Sandbox
