#pragma once

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class ServiceListModel;

// Chooses the service that answers a number's inbound calls, or none: a search field (searched on
// the server, by name) over a lazily paged list. Arrow keys in the search field move through the
// list; the choice is the highlighted row.
class ServicePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ServicePicker(ServiceListModel *model, QWidget *parent = nullptr);

    // nullopt is "no service".
    std::optional<QString> selectedServiceId() const { return m_selected; }
    void setSelectedServiceId(const std::optional<QString> &serviceId);
    QString selectedName() const;

    ServiceListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void selectionChanged(const std::optional<QString> &serviceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void highlightSelected();
    void updateSelectedLabel();
    void updateLoadState();

    ServiceListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_selectedLabel;
    QLabel *m_loadState;
    QPushButton *m_retry;
    QTimer m_searchDelay;
    std::optional<QString> m_selected;
    bool m_highlighting = false;
};
