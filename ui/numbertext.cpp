#include "numbertext.h"

#include "phonenumberformat.h"
#include "textlimits.h"

using namespace Qt::StringLiterals;

// Numbers read left to right even in a right-to-left interface (LRI … PDI).
static QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString NumberText::number(const QString &e164)
{
    const NumberPresentation presentation = PhoneNumberFormat::present(e164);
    if (!presentation.parsed || presentation.countryName.isEmpty())
        return leftToRight(presentation.international);
    return tr("%1 (%2)").arg(leftToRight(presentation.international), presentation.countryName);
}

QString NumberText::international(const QString &e164)
{
    return leftToRight(PhoneNumberFormat::present(e164).international);
}

QString NumberText::status(const QString &status)
{
    if (status == u"active")
        return tr("Active");
    if (status == u"inactive")
        return tr("Inactive");
    return status;
}

QString NumberText::capabilities(const QStringList &capabilities)
{
    if (capabilities.isEmpty())
        return tr("None");
    QStringList words;
    for (const QString &capability : capabilities) {
        if (capability == u"inbound")
            words.append(tr("Inbound calls"));
        else if (capability == u"outbound")
            words.append(tr("Outbound calls"));
        else
            words.append(capability);
    }
    return words.join(u", "_s);
}

QString NumberText::service(const std::optional<QString> &serviceId, const ServiceNamer &namer)
{
    if (!serviceId)
        return tr("None");
    const QString name = namer ? namer(*serviceId) : QString();
    return name.isEmpty() ? tr("Service %1").arg(*serviceId) : name;
}

QString NumberText::afterTransfer(bool shouldDisconnect)
{
    return shouldDisconnect ? tr("the agent disconnects after transferring")
                            : tr("the agent stays on the line");
}

QString NumberText::forwarding(const std::optional<ForwardingConfig> &forwarding)
{
    if (!forwarding)
        return tr("Off");
    const QString target
            = leftToRight(PhoneNumberFormat::present(forwarding->forwardTo).international);
    if (!forwarding->enabled)
        return tr("Disabled (would forward to %1; %2)")
                .arg(target, afterTransfer(forwarding->shouldDisconnect));
    return tr("Forwards to %1; %2").arg(target, afterTransfer(forwarding->shouldDisconnect));
}

QString NumberText::lastFour(const QString &e164)
{
    const QString digits = PhoneNumberFormat::digitsOf(e164);
    return digits.right(4);
}

QString NumberText::excerpt(const QString &text, int maxCodePoints)
{
    QString flat = text;
    flat.replace(u'\n', u' ');
    if (TextLimits::codePointCount(flat) <= maxCodePoints)
        return flat;
    return TextLimits::truncated(flat, maxCodePoints - 1) + u'…';
}
