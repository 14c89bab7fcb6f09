#include "charactercounter.h"

#include "textlimits.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QToolButton>

using namespace Qt::StringLiterals;

CharacterCounter::CharacterCounter(qsizetype limit, QWidget *parent)
    : QWidget(parent)
    , m_limit(limit)
    , m_label(new QLabel(this))
    , m_trim(new QToolButton(this))
{
    m_label->setObjectName(u"counterLabel"_s);
    m_trim->setObjectName(u"trimButton"_s);
    m_trim->setText(tr("Trim to %1").arg(QLocale().toString(limit)));
    m_trim->setAccessibleName(tr("Trim the text to %1 characters").arg(limit));
    m_trim->setToolTip(tr("Cuts the end of the text so that it fits; whole characters only."));
    m_trim->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_trim);

    connect(m_trim, &QToolButton::clicked, this, &CharacterCounter::trim);
    update(QString());
}

void CharacterCounter::attach(QLineEdit *edit)
{
    m_lineEdit = edit;
    connect(edit, &QLineEdit::textChanged, this, &CharacterCounter::update);
    update(edit->text());
}

void CharacterCounter::attach(QPlainTextEdit *edit)
{
    m_plainTextEdit = edit;
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit] { update(edit->toPlainText()); });
    update(edit->toPlainText());
}

QString CharacterCounter::text() const
{
    return m_label->text();
}

void CharacterCounter::update(const QString &text)
{
    const bool fitted = fits();
    const TextLimits::Usage usage = TextLimits::usage(text, m_limit);
    m_count = usage.used;

    const QLocale locale;
    if (usage.fits()) {
        m_label->setText(tr("%1 / %2").arg(locale.toString(usage.used), locale.toString(m_limit)));
        m_label->setAccessibleName(tr("%1 of %2 characters used").arg(usage.used).arg(m_limit));
        m_label->setStyleSheet(QString());
    } else {
        m_label->setText(tr("%1 / %2 — %n too many", nullptr, static_cast<int>(usage.over()))
                                 .arg(locale.toString(usage.used), locale.toString(m_limit)));
        m_label->setAccessibleName(
                tr("%n character(s) over the limit of %1", nullptr, static_cast<int>(usage.over()))
                        .arg(m_limit));
        m_label->setStyleSheet(u"color: white; background: #b3261e; "
                               "padding: 0 4px; border-radius: 3px;"_s);
    }
    m_trim->setVisible(!usage.fits());

    if (fitted != usage.fits())
        Q_EMIT fitsChanged(usage.fits());
}

void CharacterCounter::trim()
{
    // Replacing through a selection keeps the cut undoable with Ctrl+Z.
    if (m_lineEdit) {
        const QString fitting = TextLimits::truncated(m_lineEdit->text(), m_limit);
        m_lineEdit->selectAll();
        m_lineEdit->insert(fitting);
        m_lineEdit->setFocus();
    } else if (m_plainTextEdit) {
        const QString fitting = TextLimits::truncated(m_plainTextEdit->toPlainText(), m_limit);
        QTextCursor cursor = m_plainTextEdit->textCursor();
        cursor.select(QTextCursor::Document);
        cursor.insertText(fitting);
        m_plainTextEdit->setTextCursor(cursor);
        m_plainTextEdit->setFocus();
    }
}
