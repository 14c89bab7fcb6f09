#pragma once

#include <QTextEdit>

// Read-only plain text that wraps at word boundaries, or inside a word longer than the line, and
// is as tall as its text. For free text such as notes: a word-wrapping QLabel is never narrower
// than its longest word, so a pasted link or reference would widen whatever holds it.
class WrappedTextView : public QTextEdit
{
    Q_OBJECT

public:
    explicit WrappedTextView(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return toPlainText(); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};
