#include "phonenumbertext.h"

#include "phonenumberformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PhoneNumberText {

static constexpr QChar LeftToRightIsolate(0x2066);
static constexpr QChar FirstStrongIsolate(0x2068);
static constexpr QChar PopDirectionalIsolate(0x2069);

static QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneNumberText", text);
}

QString leftToRight(const QString &text)
{
    return LeftToRightIsolate + text + PopDirectionalIsolate;
}

QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return FirstStrongIsolate + text + PopDirectionalIsolate;
}

QString withoutIsolates(const QString &text)
{
    const bool wrapped = text.size() >= 2 && text.back() == PopDirectionalIsolate
            && (text.front() == LeftToRightIsolate || text.front() == FirstStrongIsolate);
    return wrapped ? text.mid(1, text.size() - 2) : text;
}

QString status(const QString &status)
{
    if (status == u"active")
        return tr("Active");
    if (status == u"inactive")
        return tr("Inactive");
    return status;
}

QString capabilities(const QStringList &capabilities)
{
    QStringList words;
    words.reserve(capabilities.size());
    for (const QString &capability : capabilities) {
        if (capability == u"inbound")
            words.append(tr("Inbound"));
        else if (capability == u"outbound")
            words.append(tr("Outbound"));
        else
            words.append(capability);
    }
    return words.join(u", "_s);
}

QString forwarding(const std::optional<ForwardingConfig> &forwarding)
{
    if (!forwarding)
        return tr("Off");
    const NumberPresentation target = PhoneNumberFormat::present(forwarding->forwardTo);
    if (!forwarding->enabled)
        //: %1 is the forwarding target, which is kept but not used
        return tr("Disabled (%1)").arg(leftToRight(target.international));
    //: %1 is the number calls are forwarded to
    return tr("To %1").arg(leftToRight(target.international));
}

QString forwardingE164(const std::optional<ForwardingConfig> &forwarding)
{
    if (!forwarding)
        return tr("Off");
    if (!forwarding->enabled)
        return tr("Disabled (%1)").arg(forwarding->forwardTo);
    return tr("To %1").arg(forwarding->forwardTo);
}

QString localTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QLocale locale;
    return locale.toString(time.toLocalTime(), dateTimeFormat(locale));
}

// A locale's short formats drop the century ("06.01.26") and often the seconds; its long ones
// spell out weekdays and time zones. Start from the short ones and restore what they leave out.
QString dateTimeFormat(const QLocale &locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(u"yyyy"_s))
        date.replace(u"yy"_s, u"yyyy"_s);

    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(u's')) {
        const qsizetype minutes = time.indexOf(u"mm"_s);
        const QChar separator
                = minutes > 0 && !time.at(minutes - 1).isLetter() ? time.at(minutes - 1) : u':';
        if (minutes >= 0)
            time.insert(minutes + 2, separator + u"ss"_s);
    }
    return date + u' ' + time;
}

} // namespace PhoneNumberText
