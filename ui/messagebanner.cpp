#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

MessageBanner::MessageBanner(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_close->setObjectName(QStringLiteral("dismissButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);

    connect(m_retry, &QPushButton::clicked, this, &MessageBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, bool offerRetry)
{
    m_level = level;
    m_label->setText(text);
    m_retry->setVisible(offerRetry);
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
            : level == Level::Warning                         ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    applyPalette();
    show();
}

void MessageBanner::clear()
{
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

bool MessageBanner::isRetryOffered() const
{
    return !m_retry->isHidden();
}

void MessageBanner::applyPalette()
{
    // Tint the window colour towards the level's hue, so the banner works on light and dark themes.
    QPalette palette = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor base = palette.color(QPalette::Window);
    const QColor hue = m_level == Level::Error ? QColor(220, 50, 47)
            : m_level == Level::Warning        ? QColor(230, 160, 20)
                                               : QColor(38, 139, 210);
    const qreal mix = 0.22;
    const QColor tinted = QColor::fromRgbF(base.redF() * (1 - mix) + hue.redF() * mix,
            base.greenF() * (1 - mix) + hue.greenF() * mix,
            base.blueF() * (1 - mix) + hue.blueF() * mix);
    palette.setColor(QPalette::Window, tinted);
    setPalette(palette);
}
