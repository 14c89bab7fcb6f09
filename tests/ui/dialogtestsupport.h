#pragma once

#include "apiclient.h"
#include "embeddedsandbox.h"
#include "messagebanner.h"
#include "servicelistmodel.h"
#include "servicepicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

// A fresh sandbox with the demo workspace, an owner key and a viewer key (read-only), and a
// client for each; plus blocking calls for arranging and checking what the server holds.
class SandboxSession
{
public:
    bool start(QString *error, int latencyMs = 0)
    {
        using namespace Qt::StringLiterals;
        Sandbox::Options options;
        options.faults.latencyMs = latencyMs;
        options.apiKeys = {{u"owner-key"_s, u"owner"_s}, {u"viewer-key"_s, u"viewer"_s}};
        options.seed = Sandbox::Seed::Demo;
        m_sandbox = std::make_unique<Sandbox::EmbeddedSandbox>(options);
        if (!m_sandbox->start(error))
            return false;
        m_owner = std::make_unique<ApiClient>(&m_network, settings(u"owner-key"_s));
        m_viewer = std::make_unique<ApiClient>(&m_network, settings(u"viewer-key"_s));
        return true;
    }

    ApiClient *owner() const { return m_owner.get(); }
    ApiClient *viewer() const { return m_viewer.get(); }

    // Runs `call(context, callback)` and waits for its result.
    template<typename T, typename Call>
    std::optional<Result<T>> wait(Call call)
    {
        std::optional<Result<T>> result;
        QObject context;
        call(&context, [&result](const Result<T> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return std::nullopt;
        return result;
    }

    QList<PhoneNumber> allNumbers()
    {
        QList<PhoneNumber> numbers;
        PhoneNumberListQuery query;
        for (int page = 0; page < 100; ++page) {
            const auto result = wait<PhoneNumberPage>([&](QObject *context, auto done) {
                m_owner->listPhoneNumbers(query, context, done);
            });
            if (!result || !*result)
                return numbers;
            numbers += result->value().items;
            if (!result->value().hasMore)
                break;
            query.continuationToken = result->value().continuationToken;
        }
        return numbers;
    }

    std::optional<PhoneNumber> byE164(const QString &e164)
    {
        for (const PhoneNumber &number : allNumbers()) {
            if (number.phoneNumber == e164)
                return number;
        }
        return std::nullopt;
    }

    std::optional<Result<PhoneNumber>> get(const QString &id)
    {
        return wait<PhoneNumber>(
                [&](QObject *context, auto done) { m_owner->getPhoneNumber(id, context, done); });
    }

    bool update(const QString &id, const PhoneNumberUpdate &update)
    {
        const auto result = wait<PhoneNumber>([&](QObject *context, auto done) {
            m_owner->updatePhoneNumber(id, update, context, done);
        });
        return result && result->isOk();
    }

    bool setForwarding(const QString &id, const ForwardingConfig &forwarding)
    {
        const auto result = wait<PhoneNumber>([&](QObject *context, auto done) {
            m_owner->setForwarding(id, forwarding, context, done);
        });
        return result && result->isOk();
    }

    bool remove(const QString &id)
    {
        const auto result = wait<Done>([&](QObject *context, auto done) {
            m_owner->deletePhoneNumber(id, context, done);
        });
        return result && result->isOk();
    }

private:
    ConnectionSettings settings(const QString &key) const
    {
        return ConnectionSettings{m_sandbox->baseUrl(), m_sandbox->workspaceId(), key};
    }

    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_owner;
    std::unique_ptr<ApiClient> m_viewer;
};

// The button of a non-blocking question box with this text (mnemonics ignored).
inline QAbstractButton *messageBoxButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}

// Chooses "None" in a dialog's service picker as a person would, in its list; false when the
// dialog has no picker or the picker no "None" row.
inline bool chooseNoService(QWidget *dialog)
{
    auto *picker = dialog->findChild<ServicePicker *>();
    auto *list = picker ? picker->findChild<QListView *>() : nullptr;
    if (!list)
        return false;
    const QModelIndexList none = list->model()->match(
            list->model()->index(0, 0), ServiceListModel::IsNoneRole, true, 1, Qt::MatchExactly);
    if (none.isEmpty())
        return false;
    list->setCurrentIndex(none.first());
    return true;
}

inline QString bannerText(QWidget *dialog)
{
    auto *banner = dialog->findChild<MessageBanner *>();
    return banner ? banner->text() : QString();
}

#include <QAccessible>

// Controls that take keyboard focus but give assistive technology no name.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root)
                || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' '
                            + widget->objectName();
    }
    return unnamed;
}
