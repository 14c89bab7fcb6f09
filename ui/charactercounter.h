#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// A live "12 / 256" beside a text field, counted in code points as the server counts. Over the
// limit it says by how much and offers to trim to the limit; it never cuts the text by itself.
class CharacterCounter : public QWidget
{
    Q_OBJECT

public:
    CharacterCounter(qsizetype limit, QWidget *parent = nullptr);

    void attach(QLineEdit *edit);
    void attach(QPlainTextEdit *edit);

    qsizetype limit() const { return m_limit; }
    qsizetype count() const { return m_count; }
    bool fits() const { return m_count <= m_limit; }
    QString text() const;

Q_SIGNALS:
    void fitsChanged(bool fits);

private:
    void update(const QString &text);
    void trim();

    qsizetype m_limit;
    qsizetype m_count = 0;
    QLabel *m_label;
    QToolButton *m_trim;
    QLineEdit *m_lineEdit = nullptr;
    QPlainTextEdit *m_plainTextEdit = nullptr;
};
