#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the fields of one JSON object and remembers the first contract violation, so a decoder
// reads as a list of fields and reports which one was wrong.
class JsonReader
{
public:
    explicit JsonReader(const QJsonValue &value, const QString &what);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QJsonObject &object() const { return m_object; }

    QString requiredString(const QString &key);
    std::optional<QString> nullableString(const QString &key, bool required = true);
    // A field the server may leave out (it then has a documented default) but never sets to null.
    std::optional<QString> optionalString(const QString &key);
    bool requiredBool(const QString &key);
    std::optional<bool> optionalBool(const QString &key);
    std::optional<qint64> nullableInteger(const QString &key, bool required = true);
    qint64 requiredInteger(const QString &key);
    QStringList stringList(const QString &key, bool required = true);
    QJsonObject requiredObject(const QString &key);
    QDateTime requiredDateTime(const QString &key);
    std::optional<QDateTime> nullableDateTime(const QString &key, bool required = true);
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    void fail(const QString &message);

private:
    // The field's value; nullopt when it is absent, which fails when it is required.
    std::optional<QJsonValue> field(const QString &key, bool required);

    QJsonObject m_object;
    QString m_what;
    QString m_error;
};
