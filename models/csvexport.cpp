#include "csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace CsvExport {

// Spreadsheets run a cell starting with these as a formula (CSV injection). A leading sign
// followed only by a number is kept: it is how E.164 numbers and negative values look.
static bool wouldRunAsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isDigit() && c != u' ' && c != u'.')
            return true;
    }
    return false;
}

QString field(const QString &text)
{
    const QString value = wouldRunAsFormula(text) ? u'\'' + text : text;
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
            || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

static bool writeLine(QIODevice *device, const QStringList &fields, QString *error)
{
    const QByteArray line = (fields.join(u',') + u"\r\n"_s).toUtf8();
    if (device->write(line) == line.size())
        return true;
    if (error)
        *error = QCoreApplication::translate("CsvExport", "Could not write the file: %1")
                         .arg(device->errorString());
    return false;
}

bool write(
        const QAbstractItemModel &model, const Options &options, QIODevice *device, QString *error)
{
    if (options.byteOrderMark && device->write("\xEF\xBB\xBF", 3) != 3) {
        if (error)
            *error = QCoreApplication::translate("CsvExport", "Could not write the file: %1")
                             .arg(device->errorString());
        return false;
    }

    QStringList fields;
    fields.reserve(options.columns.size());
    for (const int column : options.columns)
        fields.append(field(model.headerData(column, Qt::Horizontal).toString()));
    if (!writeLine(device, fields, error))
        return false;

    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (const int column : options.columns)
            fields.append(field(model.index(row, column).data(options.role).toString()));
        if (!writeLine(device, fields, error))
            return false;
    }
    return true;
}

} // namespace CsvExport
