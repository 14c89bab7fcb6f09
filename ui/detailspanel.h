#pragma once

#include "phonenumber.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class WrappedTextView;

// Every field of the selected phone number, with its times in local time and buttons that copy
// the number in E.164 or national format.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    // Shows `number`; `inboundServiceName` is the name of its inbound service, if it has one.
    void showNumber(const PhoneNumber &number, const QString &inboundServiceName);
    void clear();

    std::optional<PhoneNumber> number() const { return m_number; }

    // Copies the number to the clipboard; does nothing when no number is shown.
    void copyE164();
    void copyNational();

    // The text shown for a field, by its object name (for tests and accessibility checks).
    QString fieldText(const QString &objectName) const;
    // What a field without a value shows.
    static QString emptyFieldMarker();

Q_SIGNALS:
    // Something was copied to the clipboard; `description` says what, for the status bar.
    void copied(const QString &description);

private:
    WrappedTextView *addField(const QString &label, const QString &objectName);
    void setField(WrappedTextView *field, const QString &text);

    std::optional<PhoneNumber> m_number;
    QString m_national;

    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_content;
    QFormLayout *m_form;
    QPushButton *m_copyE164;
    QPushButton *m_copyNational;

    WrappedTextView *m_e164;
    WrappedTextView *m_international;
    WrappedTextView *m_country;
    WrappedTextView *m_location;
    WrappedTextView *m_displayName;
    WrappedTextView *m_status;
    WrappedTextView *m_capabilities;
    WrappedTextView *m_inboundService;
    WrappedTextView *m_forwarding;
    WrappedTextView *m_provider;
    WrappedTextView *m_providerSid;
    WrappedTextView *m_notes;
    WrappedTextView *m_created;
    WrappedTextView *m_updated;
    WrappedTextView *m_id;
    WrappedTextView *m_channelPhoneId;
};
