#pragma once

#include "apiclient.h"
#include "pagecursor.h"

#include <QHash>
#include <QObject>

// The names of every service in the workspace, loaded page by page, so that the table shows a
// number's inbound service by name. Workspaces have few services; all of them are loaded.
class ServiceNames : public QObject
{
    Q_OBJECT

public:
    explicit ServiceNames(ApiClient *client, QObject *parent = nullptr);
    ~ServiceNames() override;

    // Starts loading from the first page, dropping a load in progress.
    void load();
    bool isLoading() const { return m_loading; }
    QHash<QString, QString> names() const { return m_names; }

Q_SIGNALS:
    // Every page has arrived (or paging stopped early); `names` maps service id to name.
    void loaded(const QHash<QString, QString> &names);
    void loadFailed(const ApiError &error);

private:
    void requestPage();
    void onPage(quint64 generation, const Result<Page<Service>> &result);

    ApiClient *m_client;
    QHash<QString, QString> m_names;
    PageCursor m_cursor;
    CallHandle m_pending;
    quint64 m_generation = 0;
    bool m_loading = false;
};
