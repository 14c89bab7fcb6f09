#include "fuzzentries.h"

#include "phonenumberinput.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using State = NumberInterpretation::State;
using Problem = NumberInterpretation::Problem;

bool isDialableForm(const QString &text)
{
    static const QRegularExpression form(u"\\A\\+?[0-9]*\\z"_s);
    return form.match(text).hasMatch();
}

void checkNormalize(const QString &text, QStringList *violations)
{
    Problem problem = Problem::None;
    QString detail;
    const std::optional<QString> normalized = PhoneNumberInput::normalize(text, &problem, &detail);
    if (normalized && !isDialableForm(*normalized))
        violations->append(u"normalize() returned something other than ASCII digits and a "
                           "leading +: \"%1\""_s.arg(*normalized));
    if (!normalized && problem == Problem::None)
        violations->append(u"normalize() refused the text without saying why"_s);
}

void checkInterpretation(const QString &text, const QString &region, QStringList *violations)
{
    const NumberInterpretation first = PhoneNumberInput::interpret(text, region);
    const QString where = u" (default region \"%1\")"_s.arg(region);

    const NumberInterpretation second = PhoneNumberInput::interpret(text, region);
    if (first.state != second.state || first.problem != second.problem || first.e164 != second.e164)
        violations->append(u"interpret() is not deterministic"_s + where);

    if (text.size() > PhoneNumberInput::MaxInputLength && first.problem != Problem::InputTooLong)
        violations->append(u"overlong input was not refused as too long"_s + where);
    if (first.state == State::Invalid && first.problem == Problem::None)
        violations->append(u"an invalid number has no problem"_s + where);
    if (first.state == State::Invalid && PhoneNumberInput::explanation(first).isEmpty())
        violations->append(u"an invalid number has no explanation"_s + where);
    if (!first.isUsable())
        return;

    if (!first.e164.startsWith(u'+') || !isDialableForm(first.e164) || first.e164.size() > 16)
        violations->append(u"a usable number has no E.164 form: \"%1\""_s.arg(first.e164) + where);
    // The E.164 form is what the client stores and sends; reading it back must not change it.
    const NumberInterpretation again = PhoneNumberInput::interpret(first.e164, QString());
    if (again.state != first.state || again.e164 != first.e164)
        violations->append(
                u"the E.164 form \"%1\" does not read back as itself"_s.arg(first.e164) + where);
}

} // namespace

namespace FuzzEntry {

QStringList interpretPhoneNumberText(QByteArrayView data)
{
    QStringList violations;
    const QString text = QString::fromUtf8(data);
    checkNormalize(text, &violations);
    for (const QString &region : {QString(), u"US"_s, u"GB"_s, u"DE"_s, u"AR"_s, u"IN"_s})
        checkInterpretation(text, region, &violations);
    return violations;
}

} // namespace FuzzEntry
