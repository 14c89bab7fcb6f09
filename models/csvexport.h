#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

// Writes a table as CSV (RFC 4180): UTF-8, a header row, CRLF line ends, fields quoted when they
// hold a comma, a quote or a line break.
namespace CsvExport {

struct Options
{
    QList<int> columns;         // model columns, in the order to write them
    int role = Qt::DisplayRole; // the role each cell's text is read from
    bool byteOrderMark = true;  // spreadsheets need it to read the file as UTF-8
};

// Quotes one field when RFC 4180 requires it. A text that a spreadsheet would run as a formula
// (starting with '=', '@', a tab or a carriage return, or '+' or '-' followed by more than a
// number) is prefixed with an apostrophe; "+12015550123" stays as it is.
QString field(const QString &text);

// Writes every row of `model` in its current order. Returns false with a message when the
// device cannot be written.
bool write(
        const QAbstractItemModel &model, const Options &options, QIODevice *device, QString *error);

} // namespace CsvExport
