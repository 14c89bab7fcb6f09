#pragma once

#include "nullable.h"
#include "page.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Call forwarding of a number, as the server stores it.
struct ForwardingConfig
{
    bool enabled = true;
    QString forwardTo;            // E.164
    bool shouldDisconnect = true; // disconnect the agent after the transfer

    friend bool operator==(const ForwardingConfig &, const ForwardingConfig &) = default;
};

// A phone number registered in a workspace (PhoneNumberResponse). Strings the server may extend
// (status, provider, capabilities) are kept as received, including values this client does not
// know.
struct PhoneNumber
{
    QString id;
    QString workspaceId;
    QString phoneNumber; // E.164 as registered
    QString displayName;
    QString provider;
    QStringList capabilities;
    QString status;
    std::optional<QString> inboundServiceId;
    std::optional<QString> providerPhoneSid;
    QString notes;
    std::optional<ForwardingConfig> forwarding;
    std::optional<QString> channelPhoneId;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isActive() const { return status == u"active"; }

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;
};

using PhoneNumberPage = Page<PhoneNumber>;

struct PhoneNumberListQuery
{
    std::optional<QString> status; // "active" or "inactive"; none = all
    int limit = 20;
    QJsonValue continuationToken; // Undefined for the first page
};

// Body of PUT /phone-numbers/{id}: only fields that are not absent are sent.
struct PhoneNumberUpdate
{
    Nullable<QString> displayName;
    Nullable<QString> provider;
    Nullable<QStringList> capabilities;
    Nullable<QString> status;
    Nullable<QString> inboundServiceId;
    Nullable<QString> providerPhoneSid;
    Nullable<QString> notes;
    Nullable<ForwardingConfig> forwarding;

    bool isEmpty() const;
};

// Body of POST /phone-numbers: optional fields left unset take the server's defaults.
struct PhoneNumberCreate
{
    QString phoneNumber;
    std::optional<QString> displayName;
    std::optional<QString> provider;
    std::optional<QStringList> capabilities;
    std::optional<QString> status;
    std::optional<QString> inboundServiceId;
    std::optional<QString> providerPhoneSid;
    std::optional<QString> notes;
    std::optional<ForwardingConfig> forwarding;
};

Q_DECLARE_METATYPE(PhoneNumber)
