#pragma once

#include "phonenumber.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

// How the fields of a phone number read in the editing dialogs.
class NumberText
{
    Q_DECLARE_TR_FUNCTIONS(NumberText)

public:
    // Names a service by id; empty when the name is not known.
    using ServiceNamer = std::function<QString(const QString &serviceId)>;

    static QString number(const QString &e164);        // "+44 20 7946 0123 (United Kingdom)"
    static QString international(const QString &e164); // "+44 20 7946 0123"
    static QString status(const QString &status);      // "Active", or the server's word
    static QString capabilities(const QStringList &capabilities);
    static QString service(const std::optional<QString> &serviceId, const ServiceNamer &namer);
    static QString forwarding(const std::optional<ForwardingConfig> &forwarding);
    static QString afterTransfer(bool shouldDisconnect);
    // The last four digits of a number, which people type to confirm destructive actions.
    static QString lastFour(const QString &e164);
    // A long text shortened for a table cell, whole characters only.
    static QString excerpt(const QString &text, int maxCodePoints = 80);
};
