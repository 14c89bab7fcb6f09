#pragma once

#include "phonenumberinput.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// A field for typing a phone number, with a live preview of what it means: the E.164 form that
// will be saved, the national form, the country and place, and whether the number is valid,
// only possible (not in the bundled numbering data), or refused and why.
class PhoneNumberEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneNumberEdit(QWidget *parent = nullptr);

    // The country of numbers typed without +, e.g. "US". Defaults to the system locale's.
    void setDefaultRegion(const QString &regionCode);
    QString defaultRegion() const { return m_defaultRegion; }

    // Names the field for assistive technology, e.g. "Forwarding target".
    void setFieldName(const QString &name);

    QString text() const;
    void setText(const QString &text);

    const NumberInterpretation &interpretation() const { return m_interpretation; }
    // The E.164 number to send, when the input is valid or possible.
    std::optional<QString> e164() const;
    bool isUsable() const { return m_interpretation.isUsable(); }

    // Refuses a number that reads as usable for a reason only the form around the field knows,
    // e.g. that it is the number being forwarded: the check result then says it cannot be used,
    // with `reason` as the explanation. An empty reason lifts the refusal. What was typed and
    // its interpretation stay as they are.
    void setRefusal(const QString &reason);
    QString refusal() const { return m_refusal; }
    // Typed text that cannot be used: unreadable, or readable but refused.
    bool isRefused() const;

    // Whether the number is still being typed: the text was changed in the field, which has
    // not lost focus since (and Return was not pressed). Input too short to be a number yet is
    // then shown as such, not as an error.
    bool isBeingTyped() const { return m_typing; }

    QLineEdit *lineEdit() const { return m_edit; }
    QString previewText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The text changed and with it, perhaps, what it means.
    void changed();
    // The field was left, or Return pressed, after typing: isBeingTyped() is false again.
    void typingFinished();

private:
    void reinterpret();
    void showPreview();
    void useAlternative();
    void finishTyping();

    QString m_defaultRegion;
    NumberInterpretation m_interpretation;
    QString m_refusal;
    bool m_typing = false;
    QLineEdit *m_edit;
    QLabel *m_state;
    QLabel *m_forms;
    QLabel *m_explanation;
    QPushButton *m_useAlternative;
};
