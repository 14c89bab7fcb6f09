#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

// A strip above the table about how much of the list is loaded: either an offer ("filtered among
// 340 loaded numbers; load all to search everything" with a Load All button) or the progress of
// loading every page, with Cancel.
class LoadAllBar : public QWidget
{
    Q_OBJECT

public:
    explicit LoadAllBar(QWidget *parent = nullptr);

    // Shows `text` with a Load All button.
    void showOffer(const QString &text);
    // Shows the progress of loading all pages; `total` is the server's count when it sent one.
    void showProgress(int loaded, std::optional<qint64> total);
    // Shows that loading waits, e.g. for the server's rate limit, with Cancel still available.
    void showWaiting(const QString &text);

    bool isShowingProgress() const;
    QString text() const;

Q_SIGNALS:
    void loadAllRequested();
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_loadAll;
    QPushButton *m_cancel;
};
