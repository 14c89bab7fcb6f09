#include "numberdialog.h"

#include "apierror.h"
#include "messagebanner.h"
#include "statuscolors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NumberDialog::NumberDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_banner(new MessageBanner(this))
    , m_form(new QWidget(this))
    , m_progress(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    m_progress->setObjectName(u"progressLabel"_s);
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        m_banner->clear();
        retry();
    });
}

NumberDialog::~NumberDialog() = default;

void NumberDialog::reject()
{
    // Closing now would drop the server's answer: the change may be made without the list or
    // this dialog ever showing it.
    if (m_busy) {
        m_banner->showMessage(MessageBanner::Level::Information,
                tr("Waiting for the server to answer; close the dialog after it "
                   "has."));
        m_waitNoticeShown = true;
        return;
    }
    if (m_discardConfirmed || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    ask(u"discardChangesBox"_s, tr("Discard changes?"),
            tr("You have changes that are not saved. Close and lose them?"),
            {{tr("&Discard changes"), QMessageBox::DestructiveRole},
                    {tr("&Keep editing"), QMessageBox::RejectRole}},
            [this](int role) {
                if (role != QMessageBox::DestructiveRole)
                    return;
                m_discardConfirmed = true;
                QDialog::reject();
            });
}

void NumberDialog::setBusy(bool busy, const QString &progressText)
{
    m_progress->setText(progressText);
    m_progress->setVisible(busy && !progressText.isEmpty());
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (!busy && m_waitNoticeShown) {
        m_waitNoticeShown = false;
        m_banner->clear();
    }
    if (busy)
        m_focusBeforeBusy = focusWidget();

    // Disabled widgets keep their contents: nothing typed is lost while a request runs.
    m_form->setEnabled(!busy);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) != QDialogButtonBox::RejectRole)
            button->setEnabled(!busy);
    }

    if (!busy && m_focusBeforeBusy)
        m_focusBeforeBusy->setFocus();
    Q_EMIT busyChanged(busy);
}

QLabel *NumberDialog::createFieldErrorLabel(const QString &apiField)
{
    auto *label = new QLabel(m_form);
    label->setObjectName(apiField + u"Error"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(StatusColors::textStyle(StatusColors::error(palette())));
    label->hide();
    m_fieldErrors.insert(apiField, label);
    return label;
}

void NumberDialog::setFieldError(const QString &apiField, const QString &message)
{
    QLabel *label = m_fieldErrors.value(apiField);
    if (!label)
        return;
    label->setText(message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
}

void NumberDialog::clearErrors()
{
    m_banner->clear();
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
}

bool NumberDialog::showError(const ApiError &error, bool retryable)
{
    bool placed = false;
    QStringList unplaced;
    for (const ApiError::FieldError &fieldError : error.fieldErrors()) {
        // "forwarding.forward_to" is shown beside "forward_to" when the dialog has no
        // "forwarding.forward_to" field of its own.
        QString field = fieldError.field;
        if (!m_fieldErrors.contains(field))
            field = field.section(u'.', -1);
        if (m_fieldErrors.contains(field)) {
            setFieldError(field, fieldError.message);
            placed = true;
        } else {
            unplaced.append(tr("%1: %2").arg(fieldError.field, fieldError.message));
        }
    }

    if (placed && unplaced.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error,
                tr("The server did not accept some fields; see the messages beside "
                   "them. Nothing was changed."));
        return true;
    }
    QString text = error.fullText();
    if (!unplaced.isEmpty())
        text += u'\n' + unplaced.join(u'\n');
    m_banner->showMessage(MessageBanner::Level::Error, text, retryable);
    return placed;
}

QMessageBox *NumberDialog::ask(const QString &objectName, const QString &title, const QString &text,
        const QList<QPair<QString, int>> &buttons, std::function<void(int role)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto &[label, role] : buttons) {
        QPushButton *button = box->addButton(label, static_cast<QMessageBox::ButtonRole>(role));
        if (role == QMessageBox::RejectRole)
            box->setDefaultButton(button);
    }
    connect(box, &QMessageBox::buttonClicked, this,
            [box, answer = std::move(answer)](
                    QAbstractButton *button) { answer(box->buttonRole(button)); });
    box->open();
    return box;
}
