#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

// Replays every seed input and every input a fuzzer once broke the code with (regressions/)
// through the fuzz entries, so that the normal and the sanitizer builds keep them fixed without
// libFuzzer.
class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();

private:
    using Entry = QStringList (*)(QByteArrayView);
};

Q_DECLARE_METATYPE(QStringList (*)(QByteArrayView))

// Findings whose fix is still open in the owning area, with what is wrong. They are replayed
// and must still fail; once the fix lands the unexpected pass fails this test, and the entry goes.
static QHash<QString, QString> openFindings()
{
    return {};
}

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Entry>("entry");

    const QList<std::pair<QString, Entry>> targets{
            {u"codec"_s, &FuzzEntry::decodeApiResponses},
            {u"phonenumberinput"_s, &FuzzEntry::interpretPhoneNumberText},
            {u"sandboxvalidation"_s, &FuzzEntry::validateSandboxRequest},
    };
    const QDir fuzzDir(QStringLiteral(AMIGO_SOURCE_DIR "/tests/fuzz"));
    for (const auto &[target, entry] : targets) {
        const QDir corpus(fuzzDir.filePath(u"corpus/"_s + target));
        QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(),
                qPrintable(u"no seed inputs in "_s + corpus.path()));
        for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
            const QDir dir(fuzzDir.filePath(kind + u'/' + target));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &file : files) {
                QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(target), qPrintable(file))
                        << dir.filePath(file) << entry;
            }
        }
    }
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFETCH(Entry, entry);

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray data = file.readAll();

    const QStringList violations = entry(data);
    const QString openReason = openFindings().value(QString::fromUtf8(QTest::currentDataTag()));
    if (!openReason.isEmpty())
        QEXPECT_FAIL("", qPrintable(openReason), Abort);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
