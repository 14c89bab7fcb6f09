#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// An inline, non-modal message above the content: errors from background work, with an optional
// Retry. It never blocks the window and goes away when the problem does.
class MessageBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, bool offerRetry = false);
    void clear();
    QString text() const;
    bool isRetryOffered() const;

Q_SIGNALS:
    void retryRequested();

private:
    void applyPalette();

    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_close;
};
