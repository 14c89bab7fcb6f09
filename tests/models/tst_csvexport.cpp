#include "csvexport.h"

#include "../support/tablecsvreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void roundTripsThroughReader();
    void writesChosenColumnsInOrder();
    void startsWithByteOrderMarkAndUsesCrlf();
    void roundTripsThroughPythonCsv();
    void reportsWriteFailure();

private:
    static QStringList trickyValues();
    static QStandardItemModel *modelOf(const QList<QStringList> &rows, QObject *parent);
    static QByteArray exportOf(
            const QAbstractItemModel &model, const QList<int> &columns, bool byteOrderMark = true);
};

void tst_CsvExport::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << u"Front desk"_s << u"Front desk"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma quoted") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line feed quoted") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return quoted") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("E.164 kept") << u"+12015550123"_s << u"+12015550123"_s;
    QTest::newRow("negative number kept") << u"-12.5"_s << u"-12.5"_s;
    QTest::newRow("formula guarded") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("at sign guarded") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("plus formula guarded") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus formula guarded") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("tab guarded") << u"\tx"_s << u"'\tx"_s;
}

void tst_CsvExport::field()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvExport::field(text), field);
}

QStringList tst_CsvExport::trickyValues()
{
    return {
            u"+12015550123"_s,
            u"Front desk, main line"_s,
            u"He said \"call me\""_s,
            u"Line one\nLine two"_s,
            u"Windows\r\nbreak"_s,
            u"  padded  "_s,
            u"José Ñúñez"_s,
            u"مكتب الاستقبال"_s,
            u"\u202Eevil override\u202C"_s,
            u"📞 emoji"_s,
            QString(),
            u"\""_s,
            u","_s,
    };
}

QStandardItemModel *tst_CsvExport::modelOf(const QList<QStringList> &rows, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setColumnCount(rows.isEmpty() ? 0 : int(rows.first().size()));
    for (int column = 0; column < model->columnCount(); ++column)
        model->setHeaderData(column, Qt::Horizontal, u"Column %1"_s.arg(column));
    for (const QStringList &values : rows) {
        QList<QStandardItem *> items;
        for (const QString &value : values)
            items.append(new QStandardItem(value));
        model->appendRow(items);
    }
    return model;
}

QByteArray tst_CsvExport::exportOf(
        const QAbstractItemModel &model, const QList<int> &columns, bool byteOrderMark)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvExport::Options options;
    options.columns = columns;
    options.byteOrderMark = byteOrderMark;
    QString error;
    if (!CsvExport::write(model, options, &buffer, &error))
        qWarning() << error;
    return bytes;
}

void tst_CsvExport::roundTripsThroughReader()
{
    const QStringList values = trickyValues();
    QList<QStringList> rows;
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.append({values.at(i), values.at((i + 1) % values.size()), u"row %1"_s.arg(i)});
    QStandardItemModel *model = modelOf(rows, this);

    const QByteArray bytes = exportOf(*model, {0, 1, 2}, false);
    const auto records = readCsv(QString::fromUtf8(bytes));
    QVERIFY2(records, bytes.constData());

    QCOMPARE(records->size(), rows.size() + 1);
    QCOMPARE(records->first(), (QStringList{u"Column 0"_s, u"Column 1"_s, u"Column 2"_s}));
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(records->at(i + 1), rows.at(i));
}

void tst_CsvExport::writesChosenColumnsInOrder()
{
    QStandardItemModel *model = modelOf({{u"a"_s, u"b"_s, u"c"_s}}, this);
    const auto records = readCsv(QString::fromUtf8(exportOf(*model, {2, 0}, false)));
    QVERIFY(records);
    QCOMPARE(*records, (QList<QStringList>{{u"Column 2"_s, u"Column 0"_s}, {u"c"_s, u"a"_s}}));
}

void tst_CsvExport::startsWithByteOrderMarkAndUsesCrlf()
{
    QStandardItemModel *model = modelOf({{u"a"_s}, {u"b"_s}}, this);
    const QByteArray bytes = exportOf(*model, {0});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("Column 0\r\na\r\nb\r\n"));
}

void tst_CsvExport::roundTripsThroughPythonCsv()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed: the export was not checked against Python's csv module");

    const QStringList values = trickyValues();
    QList<QStringList> rows;
    for (const QString &value : values)
        rows.append({value, u"+442079460123"_s});
    QStandardItemModel *model = modelOf(rows, this);
    const QByteArray bytes = exportOf(*model, {0, 1});

    // utf-8-sig drops the byte order mark; newline='' lets the csv module see the CRLFs.
    const QString script = u"import csv, io, json, sys\n"
                           "data = sys.stdin.buffer.read().decode('utf-8-sig')\n"
                           "rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))\n"
                           "print(json.dumps(rows))\n"_s;
    QProcess process;
    process.start(python, {u"-c"_s, script});
    QVERIFY(process.waitForStarted());
    process.write(bytes);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QJsonArray parsed = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(parsed.size(), rows.size() + 1);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray record = parsed.at(i + 1).toArray();
        QCOMPARE(record.size(), 2);
        QCOMPARE(record.at(0).toString(), rows.at(i).at(0));
        QCOMPARE(record.at(1).toString(), u"+442079460123"_s);
    }
}

void tst_CsvExport::reportsWriteFailure()
{
    QStandardItemModel *model = modelOf({{u"a"_s}}, this);
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvExport::Options options;
    options.columns = {0};
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!CsvExport::write(*model, options, &readOnly, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
