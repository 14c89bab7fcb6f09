#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

struct ForwardingRecord
{
    bool enabled = true;
    QString forwardTo;
    bool shouldDisconnect = true;
};

// A phone number as stored. Timestamps are kept as the ISO-8601 text that goes on the wire.
struct PhoneNumberRecord
{
    qint64 sequence = 0; // monotonically increasing row id; the list cursor
    QString id;
    QString workspaceId;
    QString phoneNumber;
    QString displayName;
    QString provider = QStringLiteral("twilio");
    QStringList capabilities{QStringLiteral("inbound"), QStringLiteral("outbound")};
    QString status = QStringLiteral("active");
    std::optional<QString> inboundServiceId;
    std::optional<QString> providerPhoneSid;
    QString notes;
    std::optional<ForwardingRecord> forwarding;
    QString createdAt;
    QString updatedAt;
};

struct ServiceRecord
{
    qint64 sequence = 0;
    QString id;
    QString workspaceId;
    QString name;
    QString description;
    QString agentId;
    QString agentName;
    QString contextGraphId;
    QString contextGraphName;
    QString channelType = QStringLiteral("voice");
    bool isActive = true;
    QStringList keyterms;
    QString createdAt;
    QString updatedAt;
};

struct WorkspaceRecord
{
    qint64 sequence = 0;
    QString id;
    QString slug;
    QString name;
    QString environment = QStringLiteral("production");
    QString region = QStringLiteral("us-east-1");
    QString createdAt;
    QString updatedAt;
};

struct SubAccountRecord
{
    QString id;
    QString workspaceId;
    QString accountSid;
    QString friendlyName;
    QString environment;
    QString twimlAppSid;
    QString status = QStringLiteral("active");
    QString createdAt;
    QString updatedAt;
};

// One page of a keyset-paged listing: the rows after a cursor, whether more exist, and the cursor
// (the sequence of the last row) to continue from.
template<typename Record>
struct Page
{
    QList<Record> items;
    bool hasMore = false;
    qint64 nextCursor = 0;
    qint64 total = 0;
};

} // namespace Sandbox
