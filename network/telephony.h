#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The workspace's carrier sub-account (SubAccountResponse). Search and purchase need one.
struct SubAccount
{
    QString id;
    QString workspaceId;
    QString accountSid;
    QString friendlyName;
    QString environment;
    std::optional<QString> twimlAppSid;
    QString status; // "active" when the server leaves it out; other values are kept as received
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const SubAccount &, const SubAccount &) = default;
};

// Query of GET /twilio/phone-numbers/available. Unset filters are not sent.
struct AvailableNumberQuery
{
    QString country = QStringLiteral("US");
    std::optional<QString> areaCode;
    std::optional<QString> contains;
    int limit = 10;
};

// A number the carrier offers for purchase.
struct AvailableNumber
{
    QString phoneNumber; // E.164
    QString friendlyName;
    std::optional<QString> locality;
    std::optional<QString> region;
    QMap<QString, bool> capabilities; // carrier's names as received, e.g. {"voice": true}

    friend bool operator==(const AvailableNumber &, const AvailableNumber &) = default;
};

// Body of POST /twilio/phone-numbers/purchase: unset fields take the server's defaults.
struct PurchaseRequest
{
    QString phoneNumber;
    std::optional<QString> displayName;
    std::optional<QStringList> capabilities;
};

// What a purchase answers (PhoneNumberPurchaseResponse): a subset of PhoneNumber.
struct PurchasedNumber
{
    QString id;
    QString workspaceId;
    QString phoneNumber;
    QString displayName;
    QString providerPhoneSid;
    QString status;
    QStringList capabilities;
    QDateTime createdAt;

    friend bool operator==(const PurchasedNumber &, const PurchasedNumber &) = default;
};

Q_DECLARE_METATYPE(SubAccount)
Q_DECLARE_METATYPE(AvailableNumber)
Q_DECLARE_METATYPE(PurchasedNumber)
