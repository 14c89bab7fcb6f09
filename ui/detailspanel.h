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

Q_SIGNALS:
    // Something was copied to the clipboard; `description` says what, for the status bar.
    void copied(const QString &description);

private:
    QLabel *addField(const QString &label, const QString &objectName);
    void addField(QWidget *field, const QString &label, const QString &objectName);
    void setField(QWidget *field, const QString &text);

    std::optional<PhoneNumber> m_number;
    QString m_national;

    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_content;
    QFormLayout *m_form;
    QPushButton *m_copyE164;
    QPushButton *m_copyNational;

    QLabel *m_e164;
    QLabel *m_international;
    QLabel *m_country;
    QLabel *m_location;
    QLabel *m_displayName;
    QLabel *m_status;
    QLabel *m_capabilities;
    QLabel *m_inboundService;
    QLabel *m_forwarding;
    QLabel *m_provider;
    QLabel *m_providerSid;
    WrappedTextView *m_notes;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_id;
    QLabel *m_channelPhoneId;
};
