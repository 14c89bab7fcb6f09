#include "phonenumberedit.h"

#include "phonenumberformat.h"
#include "statuscolors.h"

#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = NumberInterpretation::State;

// Numbers read left to right even in a right-to-left interface (LRI … PDI).
static QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

// The height of a preview line: its symbols and direction marks may come from a fallback font
// whose lines are taller than those of the label's own font.
static int previewLineHeight(const QFont &font)
{
    QLabel probe(u"✓✗⚠ · \u2066+1 (202)\u2069 Ag"_s);
    probe.setFont(font);
    return probe.sizeHint().height();
}

PhoneNumberEdit::PhoneNumberEdit(QWidget *parent)
    : QWidget(parent)
    , m_defaultRegion(PhoneNumberInput::defaultRegionFor(QLocale::system()))
    , m_edit(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_forms(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_useAlternative(new QPushButton(this))
{
    m_edit->setObjectName(u"numberLineEdit"_s);
    m_edit->setPlaceholderText(tr("+1 201 555 0123, or a national number"));
    m_edit->setClearButtonEnabled(true);
    // Numbers are typed and read left to right in every interface language.
    m_edit->setLayoutDirection(Qt::LeftToRight);

    m_state->setObjectName(u"stateLabel"_s);
    m_forms->setObjectName(u"formsLabel"_s);
    m_forms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setObjectName(u"explanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_useAlternative->setObjectName(u"useAlternativeButton"_s);
    m_useAlternative->hide();

    // The preview keeps its height while a number is typed, so that the fields below it stay
    // where they are: the check result has a line of its own, and what follows it (the saved
    // forms, the explanation, the button offering another reading) shares room for three lines
    // and the button, packed at the top.
    const int line = previewLineHeight(font());
    m_state->setMinimumHeight(line);
    auto *details = new QWidget(this);
    m_forms->setParent(details);
    m_explanation->setParent(details);
    m_useAlternative->setParent(details);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(2);
    detailsLayout->addWidget(m_forms);
    detailsLayout->addWidget(m_explanation);
    auto *alternativeRow = new QHBoxLayout;
    alternativeRow->addWidget(m_useAlternative);
    alternativeRow->addStretch(1);
    detailsLayout->addLayout(alternativeRow);
    detailsLayout->addStretch(1);
    // Never taller than that room or its text: spare height of a dialog goes elsewhere.
    details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    details->setMinimumHeight(
            3 * line + m_useAlternative->sizeHint().height() + 3 * detailsLayout->spacing());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_state);
    layout->addWidget(details);

    setFocusProxy(m_edit);
    setFieldName(tr("Phone number"));

    connect(m_edit, &QLineEdit::textChanged, this, &PhoneNumberEdit::reinterpret);
    connect(m_useAlternative, &QPushButton::clicked, this, &PhoneNumberEdit::useAlternative);
    // Leaving the field or pressing Return means the number is meant to be complete.
    connect(m_edit, &QLineEdit::returnPressed, this, &PhoneNumberEdit::finishTyping);
    m_edit->installEventFilter(this);
    reinterpret();
}

void PhoneNumberEdit::setDefaultRegion(const QString &regionCode)
{
    m_defaultRegion = regionCode.toUpper();
    reinterpret();
}

void PhoneNumberEdit::setFieldName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_state->setAccessibleName(tr("%1: check result").arg(name));
    m_forms->setAccessibleName(tr("%1: how it will be saved").arg(name));
    m_explanation->setAccessibleName(tr("%1: explanation").arg(name));
}

QString PhoneNumberEdit::text() const
{
    return m_edit->text();
}

void PhoneNumberEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void PhoneNumberEdit::setRefusal(const QString &reason)
{
    if (reason == m_refusal)
        return;
    m_refusal = reason;
    showPreview();
}

bool PhoneNumberEdit::isRefused() const
{
    if (m_interpretation.state == State::Empty)
        return false;
    return !m_interpretation.isUsable() || !m_refusal.isEmpty();
}

std::optional<QString> PhoneNumberEdit::e164() const
{
    if (!m_interpretation.isUsable())
        return std::nullopt;
    return m_interpretation.e164;
}

QString PhoneNumberEdit::previewText() const
{
    QStringList parts{m_state->text(), m_forms->text(), m_explanation->text()};
    parts.removeAll(QString());
    return parts.join(u'\n');
}

bool PhoneNumberEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        // A context menu (to paste the rest) or another window (to copy it) does not end typing.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            finishTyping();
    }
    return QWidget::eventFilter(watched, event);
}

void PhoneNumberEdit::finishTyping()
{
    if (!m_typing)
        return;
    m_typing = false;
    showPreview();
    Q_EMIT typingFinished();
}

void PhoneNumberEdit::reinterpret()
{
    m_typing = m_edit->hasFocus();
    m_interpretation = PhoneNumberInput::interpret(m_edit->text(), m_defaultRegion);
    showPreview();
    Q_EMIT changed();
}

void PhoneNumberEdit::showPreview()
{
    const NumberInterpretation &number = m_interpretation;

    QString place = number.countryName;
    if (number.state == State::Valid) {
        const QString location = PhoneNumberFormat::locationOf(number.e164);
        if (!location.isEmpty() && location != place)
            place = tr("%1, %2").arg(location, place);
    }
    QStringList facts;
    if (!place.isEmpty())
        facts << place;
    if (!number.numberType.isEmpty())
        facts << number.numberType;

    // A refusal outranks what the number itself is: a valid number that cannot be used here is
    // shown as one that cannot be used, and the reason replaces any other explanation.
    const bool refused = number.state != State::Empty && !m_refusal.isEmpty();
    // Too few digits for a number while they are being typed: not an error yet.
    const bool keepTyping = m_typing && !refused && number.incomplete;
    if (keepTyping) {
        if (number.moreDigitsExpected == 0) {
            m_state->setText(tr("Keep typing…"));
        } else if (number.regionCode.isEmpty()) {
            // A code several countries share, and the digits do not tell which one yet.
            m_state->setText(tr(
                    "Keep typing… %n more digit(s) expected", nullptr, number.moreDigitsExpected));
        } else {
            m_state->setText(tr("Keep typing… %n more digit(s) expected (%1)", nullptr,
                    number.moreDigitsExpected)
                                     .arg(number.countryName));
        }
        m_state->setStyleSheet(QString());
    } else {
        switch (refused ? State::Invalid : number.state) {
        case State::Empty:
            m_state->setText(m_defaultRegion.isEmpty()
                            ? tr("Type the number with + and the country code.")
                            : tr("Numbers without + are read as %1 numbers.")
                                      .arg(PhoneNumberFormat::countryName(m_defaultRegion)));
            m_state->setStyleSheet(QString());
            break;
        case State::Invalid:
            m_state->setText(tr("✗ Cannot be used"));
            m_state->setStyleSheet(StatusColors::boldTextStyle(StatusColors::error(palette())));
            break;
        case State::Possible:
            m_state->setText(tr("⚠ Possible, not confirmed: %1").arg(facts.join(u", "_s)));
            m_state->setStyleSheet(StatusColors::boldTextStyle(StatusColors::warning(palette())));
            break;
        case State::Valid:
            m_state->setText(tr("✓ Valid: %1").arg(facts.join(u", "_s)));
            m_state->setStyleSheet(StatusColors::boldTextStyle(StatusColors::success(palette())));
            break;
        }
    }

    if (number.isUsable() && !refused) {
        m_forms->setText(tr("Will be saved as %1 · national %2")
                                 .arg(leftToRight(number.e164), leftToRight(number.national)));
    } else {
        m_forms->clear();
    }
    m_forms->setVisible(!m_forms->text().isEmpty());

    if (refused)
        m_explanation->setText(m_refusal);
    else if (keepTyping)
        m_explanation->clear();
    else
        m_explanation->setText(PhoneNumberInput::explanation(number));
    m_explanation->setVisible(!m_explanation->text().isEmpty());

    if (number.alternative) {
        m_useAlternative->setText(tr("Use %1 (%2)")
                                          .arg(leftToRight(number.alternative->international),
                                                  number.alternative->countryName));
        m_useAlternative->setAccessibleName(
                tr("Use the international reading %1").arg(number.alternative->international));
    }
    m_useAlternative->setVisible(number.alternative.has_value());

    m_edit->setAccessibleDescription(previewText());
}

void PhoneNumberEdit::useAlternative()
{
    if (!m_interpretation.alternative)
        return;
    // Through the selection, so that Ctrl+Z brings back what was typed.
    const QString international = m_interpretation.alternative->international;
    m_edit->selectAll();
    m_edit->insert(international);
    m_edit->setFocus();
}
