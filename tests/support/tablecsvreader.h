#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A strict RFC 4180 reader for tests: records end with CRLF, fields are separated by commas,
// a quoted field may hold commas, quotes (doubled) and line breaks. Anything else, such as a bare
// quote inside an unquoted field or a lone LF between records, is an error (nullopt).
inline std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype size = text.size();
    bool fieldStarted = false;

    while (i < size) {
        const QChar c = text.at(i);
        if (!fieldStarted && c == u'"') {
            ++i;
            for (;;) {
                if (i >= size)
                    return std::nullopt; // unterminated quoted field
                if (text.at(i) == u'"') {
                    if (i + 1 < size && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(text.at(i++));
            }
            fieldStarted = true;
            if (i < size && text.at(i) != u',' && text.at(i) != u'\r')
                return std::nullopt; // text after a closing quote
            continue;
        }
        if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= size || text.at(i + 1) != u'\n')
                return std::nullopt;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
            continue;
        }
        if (c == u'"' || c == u'\n')
            return std::nullopt;
        field.append(c);
        fieldStarted = true;
        ++i;
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}
