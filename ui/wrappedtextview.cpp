#include "wrappedtextview.h"

#include <QTextDocument>

#include <cmath>

WrappedTextView::WrappedTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(0);
    // Reads like the labels around it: no field background.
    setBackgroundRole(QPalette::Window);
    viewport()->setAutoFillBackground(false);

    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WrappedTextView::setText(const QString &text)
{
    setPlainText(text);
    updateGeometry();
}

int WrappedTextView::heightForWidth(int width) const
{
    QTextDocument measured;
    measured.setDefaultFont(document()->defaultFont());
    measured.setDefaultTextOption(document()->defaultTextOption());
    measured.setDocumentMargin(document()->documentMargin());
    measured.setPlainText(toPlainText());
    const QMargins margins = contentsMargins() + viewportMargins();
    measured.setTextWidth(std::max(1, width - margins.left() - margins.right()));
    return static_cast<int>(std::ceil(measured.size().height())) + margins.top() + margins.bottom();
}

QSize WrappedTextView::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 30;
    return {width, heightForWidth(width)};
}

QSize WrappedTextView::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 8;
    return {width, fontMetrics().lineSpacing()};
}

void WrappedTextView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    // The height follows the width: a narrower view needs more lines.
    if (height() != heightForWidth(width()))
        updateGeometry();
}
