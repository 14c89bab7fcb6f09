#include "aboutdialog.h"
#include "apiclient.h"
#include "desktopintegration.h"
#include "httperror.h"
#include "mainwindow.h"
#include "phonenumbertext.h"
#include "tablestatus.h"

#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The embedded translations: German throughout, English plural forms, the choice that follows the
// system locale, and the .ts sources they are built from.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void embeddedTranslationsExist_data();
    void embeddedTranslationsExist();
    void representativeStringsAreGerman_data();
    void representativeStringsAreGerman();
    void windowsAndMessagesAreGerman();
    void pluralForms_data();
    void pluralForms();
    void systemLocaleChoosesTheTranslation_data();
    void systemLocaleChoosesTheTranslation();
    void sourcesAreFinishedAndKeepPlaceholders_data();
    void sourcesAreFinishedAndKeepPlaceholders();
    void englishHasEveryPluralMessage();

private:
    bool install(const QString &language);

    QLocale m_originalLocale;
};

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList forms;       // one, or one per plural form
};

QString sourcePath(const QString &language)
{
    return QStringLiteral(AMIGO_TRANSLATIONS_DIR) + u"/amigo-numbers_"_s + language + u".ts"_s;
}

// Reads a Qt Linguist file; an empty list with `error` set when it cannot be read.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != u"message")
            continue;

        TsMessage message;
        message.context = context;
        message.numerus = xml.attributes().value("numerus"_L1) == u"yes";
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source") {
                message.source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                message.comment = xml.readElementText();
            } else if (xml.name() == u"translation" && message.numerus) {
                message.translationType = xml.attributes().value("type"_L1).toString();
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else if (xml.name() == u"translation") {
                message.translationType = xml.attributes().value("type"_L1).toString();
                message.forms.append(xml.readElementText());
            } else {
                xml.skipCurrentElement();
            }
        }
        messages.append(message);
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1..%9 (also as %L1) and %n, sorted, so that a lost, added or renumbered one shows.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?[1-9n]"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// The keyboard mnemonics of a text: "&File" has one, "A && B" none.
qsizetype mnemonicCount(QString text)
{
    text.remove(u"&&"_s);
    return text.count(u'&');
}

QString describe(const TsMessage &message)
{
    const QString text = u"%1: “%2”"_s.arg(message.context, message.source);
    return message.comment.isEmpty() ? text : u"%1 (%2)"_s.arg(text, message.comment);
}

} // namespace

void TestTranslations::initTestCase()
{
    m_originalLocale = QLocale();
}

void TestTranslations::cleanup()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_originalLocale);
}

bool TestTranslations::install(const QString &language)
{
    auto *translator = new QTranslator(qApp);
    if (!translator->load(u":/i18n/amigo-numbers_"_s + language + u".qm"_s))
        return false;
    return QCoreApplication::installTranslator(translator);
}

void TestTranslations::embeddedTranslationsExist_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("English plural forms") << u"en"_s;
}

void TestTranslations::embeddedTranslationsExist()
{
    QFETCH(QString, language);

    const QString path = u":/i18n/amigo-numbers_"_s + language + u".qm"_s;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), language);
}

void TestTranslations::representativeStringsAreGerman_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("german");

    QTest::newRow("main window menu") << "MainWindow"_ba
                                      << "&View"_ba << u"&Ansicht"_s;
    QTest::newRow("number menu action") << "NumberEditActions"_ba
                                        << "Call &forwarding…"_ba << u"&Rufweiterleitung…"_s;
    QTest::newRow("connection dialog") << "ConnectionDialog"_ba
                                       << "&Test connection"_ba << u"Verbindung &testen"_s;
    QTest::newRow("unsaved changes dialog") << "NumberDialog"_ba
                                            << "Discard changes?"_ba << u"Änderungen verwerfen?"_s;
    QTest::newRow("wizard title") << "PurchaseWizard"_ba
                                  << "Buy Numbers"_ba << u"Nummern kaufen"_s;
    QTest::newRow("wizard page") << "PurchaseReviewPage"_ba
                                 << "Review before buying"_ba << u"Vor dem Kauf prüfen"_s;
    QTest::newRow("connection error")
            << "ConnectionTester"_ba
            << "The API key was rejected."_ba << u"Der API-Schlüssel wurde abgelehnt."_s;
    QTest::newRow("command line") << "main"_ba
                                  << "--base-url needs --workspace as well."_ba
                                  << u"--base-url erfordert zusätzlich --workspace."_s;
}

void TestTranslations::representativeStringsAreGerman()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, german);

    QVERIFY(install(u"de"_s));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), german);
}

// Strings of real windows and of code that names its context by hand, so that a context the
// sources spell differently from the .ts file shows as an untranslated text.
void TestTranslations::windowsAndMessagesAreGerman()
{
    QVERIFY(install(u"de"_s));

    // Never started, so it sends nothing; the address is this machine's all the same.
    QNetworkAccessManager network;
    ApiClient client(&network, {QUrl(u"http://127.0.0.1:9"_s), u"workspace"_s, u"key"_s});
    MainWindow window(&client);
    QCOMPARE(window.fileMenu()->title(), u"&Datei"_s);
    QCOMPARE(window.numberMenu()->title(), u"&Nummer"_s);
    QCOMPARE(window.helpMenu()->title(), u"&Hilfe"_s);

    AboutDialog about(AboutInfo{});
    QCOMPARE(about.windowTitle(), u"Über Amigo Numbers"_s);

    const ApiError error = HttpError::fromStatus(400, QByteArray(), u"/v1/numbers"_s);
    QVERIFY2(error.message().startsWith(u"Der Server hat die Anfrage abgelehnt (400)."_s),
            qPrintable(error.message()));
    QCOMPARE(PhoneNumberText::status(u"inactive"_s), u"Inaktiv"_s);

    TableStatus status;
    status.loaded = 1;
    QCOMPARE(status.summary(), u"1 Nummer, alle geladen"_s);
    status.loaded = 5;
    QCOMPARE(status.summary(), u"5 Nummern, alle geladen"_s);
}

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    const QByteArray confirm = "I want to buy %n number(s).";
    const QByteArray bought = "%n number(s) bought.";
    QTest::newRow("German, one") << u"de"_s << "PurchaseReviewPage"_ba << confirm << 1
                                 << u"Ich möchte 1 Nummer kaufen."_s;
    QTest::newRow("German, five") << u"de"_s << "PurchaseReviewPage"_ba << confirm << 5
                                  << u"Ich möchte 5 Nummern kaufen."_s;
    QTest::newRow("German, none") << u"de"_s << "PurchaseProgressPage"_ba << bought << 0
                                  << u"0 Nummern gekauft."_s;
    QTest::newRow("English, one") << u"en"_s << "PurchaseReviewPage"_ba << confirm << 1
                                  << u"I want to buy 1 number."_s;
    QTest::newRow("English, five")
            << u"en"_s << "PurchaseReviewPage"_ba << confirm << 5 << u"I want to buy 5 numbers."_s;
    QTest::newRow("English, none")
            << u"en"_s << "PurchaseProgressPage"_ba << bought << 0 << u"0 numbers bought."_s;
    QTest::newRow("English, days")
            << u"en"_s << "ConnectionTester"_ba
            << "The API key expires in %n day(s), on %1. Ask a workspace admin for a new key "
               "before then."_ba
            << 1
            << u"The API key expires in 1 day, on %1. Ask a workspace admin for a new key "
               "before then."_s;
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    QVERIFY(install(language));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, count),
            expected);
}

void TestTranslations::systemLocaleChoosesTheTranslation_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    const QString german = u"Ich möchte 5 Nummern kaufen."_s;
    const QString english = u"I want to buy 5 numbers."_s;
    QTest::newRow("German (Germany)") << u"de_DE"_s << german;
    QTest::newRow("German (Switzerland)") << u"de_CH"_s << german;
    QTest::newRow("English (United States)") << u"en_US"_s << english;
    QTest::newRow("English (United Kingdom)") << u"en_GB"_s << english;
    QTest::newRow("French falls back to English") << u"fr_FR"_s << english;
    QTest::newRow("C locale falls back to English") << u"C"_s << english;
}

void TestTranslations::systemLocaleChoosesTheTranslation()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    QLocale::setDefault(QLocale(locale));
    DesktopIntegration::installTranslations(qApp);
    QCOMPARE(QCoreApplication::translate(
                     "PurchaseReviewPage", "I want to buy %n number(s).", nullptr, 5),
            expected);
}

void TestTranslations::sourcesAreFinishedAndKeepPlaceholders_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("English plural forms") << u"en"_s;
}

void TestTranslations::sourcesAreFinishedAndKeepPlaceholders()
{
    QFETCH(QString, language);

    QString error;
    const QList<TsMessage> messages = readTs(sourcePath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString what = describe(message);
        if (!message.translationType.isEmpty()) {
            problems.append(u"%1 is %2"_s.arg(what, message.translationType));
            continue;
        }
        // German and English both have a singular and a plural.
        if (message.numerus && message.forms.size() != 2) {
            problems.append(u"%1 has %2 plural forms"_s.arg(what).arg(message.forms.size()));
            continue;
        }
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty()) {
                problems.append(u"%1 has an empty translation"_s.arg(what));
            } else if (placeholders(form) != placeholders(message.source)) {
                problems.append(u"%1 has the placeholders %2 in “%3”"_s.arg(
                        what, placeholders(form).join(u' '), form));
            } else if (mnemonicCount(message.source) == 1 && mnemonicCount(form) != 1) {
                problems.append(u"%1 needs one keyboard mnemonic in “%2”"_s.arg(what, form));
            } else if (message.source.endsWith(u'…') && !form.endsWith(u'…')) {
                problems.append(u"%1 loses its ellipsis in “%2”"_s.arg(what, form));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
            qPrintable(
                    u"%1 problem(s):\n"_s.arg(problems.size()) + problems.mid(0, 25).join(u'\n')));
}

// Every message with a count reads right in English, and none in the English file is stale.
void TestTranslations::englishHasEveryPluralMessage()
{
    QString error;
    const QList<TsMessage> german = readTs(sourcePath(u"de"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> english = readTs(sourcePath(u"en"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSet<QString> germanPlurals;
    for (const TsMessage &message : german) {
        if (message.numerus)
            germanPlurals.insert(describe(message));
    }
    QSet<QString> englishPlurals;
    for (const TsMessage &message : english) {
        QVERIFY2(message.numerus, qPrintable(describe(message)));
        englishPlurals.insert(describe(message));
        QVERIFY2(!message.forms.value(0).contains(u"(s)"_s), qPrintable(describe(message)));
    }
    QVERIFY(!germanPlurals.isEmpty());
    const QStringList missing = (germanPlurals - englishPlurals).values();
    QVERIFY2(missing.isEmpty(), qPrintable(u"Not in English: "_s + missing.join(u"; "_s)));
    const QStringList stale = (englishPlurals - germanPlurals).values();
    QVERIFY2(stale.isEmpty(), qPrintable(u"Only in English: "_s + stale.join(u"; "_s)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
