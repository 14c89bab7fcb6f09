#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace Sandbox {

// Conversions between record fields and the values the Store binds and reads.

// A null QString binds as SQL NULL; text columns that are never null need the empty string.
inline QVariant sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant sqlNullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

inline std::optional<QString> optionalString(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

} // namespace Sandbox
