#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class ApiClient;
class ApiError;
class MessageBanner;
class QDialogButtonBox;
class QLabel;
class QMessageBox;
class QVBoxLayout;

// Common ground of the dialogs that change numbers: failures in a banner with Retry, 422 field
// errors beside the fields they name, a busy state that keeps everything typed, and a question
// before unsaved changes are thrown away. Questions are asked with non-blocking message boxes.
class NumberDialog : public QDialog
{
    Q_OBJECT

public:
    NumberDialog(ApiClient *client, QWidget *parent = nullptr);
    ~NumberDialog() override;

    bool isBusy() const { return m_busy; }
    virtual bool hasUnsavedChanges() const = 0;

    // Closes, after asking first when there are unsaved changes; not while a request runs.
    void reject() override;

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    ApiClient *client() const { return m_client; }
    MessageBanner *banner() const { return m_banner; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    // Everything between the banner and the buttons; disabled while busy.
    QWidget *form() const { return m_form; }

    void setBusy(bool busy, const QString &progressText = {});

    // A label for the errors of one API field, to be placed beside that field's editor.
    QLabel *createFieldErrorLabel(const QString &apiField);
    void setFieldError(const QString &apiField, const QString &message);
    // The server's error about a field is about the value that was sent: it goes as soon as
    // `editor` emits `changed`.
    template<typename Editor, typename Signal>
    void clearFieldErrorOn(const QString &apiField, Editor *editor, Signal changed)
    {
        connect(editor, changed, this, [this, apiField] { setFieldError(apiField, QString()); });
    }
    void clearErrors();

    // Puts field errors beside their fields; the rest goes to the banner, with Retry when
    // `retryable`. Returns whether any field error found its field.
    bool showError(const ApiError &error, bool retryable);
    // What the banner's Retry does.
    virtual void retry() { }

    // Opens a non-blocking question; `answer` runs with the button chosen.
    QMessageBox *ask(const QString &objectName, const QString &title, const QString &text,
            const QList<QPair<QString, int>> &buttons, std::function<void(int role)> answer);

private:
    ApiClient *m_client;
    MessageBanner *m_banner;
    QWidget *m_form;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_fieldErrors;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
    bool m_discardConfirmed = false;
    bool m_waitNoticeShown = false;
};
