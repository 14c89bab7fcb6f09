#include "detailspanel.h"

#include "phonenumberformat.h"
#include "phonenumbertext.h"
#include "wrappedtextview.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a number to see its details."), this))
    , m_content(new QWidget(this))
    , m_form(new QFormLayout)
    , m_copyE164(new QPushButton(tr("Copy &E.164"), this))
    , m_copyNational(new QPushButton(tr("Copy &national"), this))
{
    setObjectName(u"detailsPanel"_s);
    setAccessibleName(tr("Number details"));

    m_title->setObjectName(u"detailsTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_copyE164->setObjectName(u"copyE164Button"_s);
    m_copyE164->setToolTip(tr("Copy the number as +CountryNumber, for other systems"));
    m_copyNational->setObjectName(u"copyNationalButton"_s);
    m_copyNational->setToolTip(tr("Copy the number as it is dialled within its country"));
    connect(m_copyE164, &QPushButton::clicked, this, &DetailsPanel::copyE164);
    connect(m_copyNational, &QPushButton::clicked, this, &DetailsPanel::copyNational);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Every value beside its label, whatever its length: values wrap within their column.
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_e164 = addField(tr("E.164"), u"e164Field"_s);
    m_international = addField(tr("International"), u"internationalField"_s);
    m_country = addField(tr("Country"), u"countryField"_s);
    m_location = addField(tr("Location"), u"locationField"_s);
    m_displayName = addField(tr("Display name"), u"displayNameField"_s);
    m_status = addField(tr("Status"), u"statusField"_s);
    m_capabilities = addField(tr("Capabilities"), u"capabilitiesField"_s);
    m_inboundService = addField(tr("Inbound service"), u"inboundServiceField"_s);
    m_forwarding = addField(tr("Forwarding"), u"forwardingField"_s);
    m_provider = addField(tr("Provider"), u"providerField"_s);
    m_providerSid = addField(tr("Provider SID"), u"providerSidField"_s);
    m_notes = addField(tr("Notes"), u"notesField"_s);
    m_created = addField(tr("Created"), u"createdField"_s);
    m_updated = addField(tr("Updated"), u"updatedField"_s);
    m_id = addField(tr("ID"), u"idField"_s);
    m_channelPhoneId = addField(tr("Channel phone ID"), u"channelPhoneIdField"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyE164);
    buttons->addWidget(m_copyNational);
    buttons->addStretch(1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(buttons);
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Number details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_placeholder);
    innerLayout->addWidget(m_content);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    clear();
}

// Values are plain text (server data is never interpreted as markup) that wraps inside the
// value column, also inside a word longer than the line, such as an ID or a pasted link.
WrappedTextView *DetailsPanel::addField(const QString &label, const QString &objectName)
{
    auto *field = new WrappedTextView(m_content);
    field->setObjectName(objectName);
    field->setAccessibleName(label);
    field->setProperty("fieldLabel", label);
    m_form->addRow(label, field);
    return field;
}

// Every field keeps its row, so each fact is always in the same place. One without a value shows
// a dash, which no value is mistaken for (a display name may well read "None"), and tells screen
// readers "None".
void DetailsPanel::setField(WrappedTextView *field, const QString &text)
{
    const bool absent = text.isEmpty();
    const QString label = field->property("fieldLabel").toString();
    field->setAccessibleName(
            absent ? tr("%1: None", "a field of the number without a value").arg(label) : label);
    QPalette palette = field->palette();
    palette.setColor(QPalette::Text,
            palette.color(absent ? QPalette::PlaceholderText : QPalette::WindowText));
    field->setPalette(palette);
    field->setText(absent ? emptyFieldMarker() : text);
}

void DetailsPanel::showNumber(const PhoneNumber &number, const QString &inboundServiceName)
{
    m_number = number;
    const NumberPresentation presentation = PhoneNumberFormat::present(number.phoneNumber);
    m_national = presentation.national;

    m_title->setText(PhoneNumberText::leftToRight(presentation.national));
    setField(m_e164, PhoneNumberText::leftToRight(number.phoneNumber));
    setField(m_international, PhoneNumberText::leftToRight(presentation.international));
    setField(m_country,
            presentation.regionCode.isEmpty()
                    ? tr("Unknown")
                    : u"%1 (%2)"_s.arg(presentation.countryName, presentation.regionCode));
    setField(m_location, PhoneNumberFormat::locationOf(number.phoneNumber));
    setField(m_displayName, PhoneNumberText::isolated(number.displayName));
    setField(m_status, PhoneNumberText::status(number.status));
    setField(m_capabilities, PhoneNumberText::capabilities(number.capabilities));
    // No service is a setting, said as the table says it, not a field left empty.
    setField(m_inboundService,
            number.inboundServiceId ? PhoneNumberText::isolated(inboundServiceName)
                                    : tr("None", "inbound service"));
    m_inboundService->setToolTip(number.inboundServiceId.value_or(QString()));
    QString forwarding = PhoneNumberText::forwarding(number.forwarding);
    if (number.forwarding && number.forwarding->enabled) {
        forwarding += u'\n'
                + (number.forwarding->shouldDisconnect
                                ? tr("The agent leaves the call after the transfer.")
                                : tr("The agent stays on the call after the transfer."));
    }
    setField(m_forwarding, forwarding);
    setField(m_provider, number.provider);
    setField(m_providerSid, number.providerPhoneSid.value_or(QString()));
    setField(m_notes, PhoneNumberText::isolated(number.notes));
    setField(m_created, PhoneNumberText::localTime(number.createdAt));
    setField(m_updated, PhoneNumberText::localTime(number.updatedAt));
    setField(m_id, number.id);
    setField(m_channelPhoneId, number.channelPhoneId.value_or(QString()));

    m_placeholder->hide();
    m_content->show();
}

void DetailsPanel::clear()
{
    m_number.reset();
    m_national.clear();
    m_content->hide();
    m_placeholder->show();
}

void DetailsPanel::copyE164()
{
    if (!m_number)
        return;
    QGuiApplication::clipboard()->setText(m_number->phoneNumber);
    Q_EMIT copied(tr("Copied %1").arg(PhoneNumberText::leftToRight(m_number->phoneNumber)));
}

void DetailsPanel::copyNational()
{
    if (!m_number)
        return;
    QGuiApplication::clipboard()->setText(m_national);
    Q_EMIT copied(tr("Copied %1").arg(PhoneNumberText::leftToRight(m_national)));
}

QString DetailsPanel::fieldText(const QString &objectName) const
{
    if (const auto *view = findChild<WrappedTextView *>(objectName))
        return view->text();
    return {};
}

QString DetailsPanel::emptyFieldMarker()
{
    return u"—"_s;
}
