#include "networktesting.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

// Every typed call against the embedded sandbox: requests carry what the caller set, replies
// decode into the value types, and server errors arrive as ApiErrors a person can act on.
class tst_ApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authInfoAndWorkspaces();
    void listsAndPagesPhoneNumbers();
    void phoneNumberLifecycle();
    void updateSendsOnlyChangedFields();
    void clearForwardingAcceptsTheBody();
    void telephonyLifecycle();
    void servicesListAndGet();
    void errorsReadAsSentences_data();
    void errorsReadAsSentences();
    void validationErrorsAreKeyedByField();
    void searchSendsPlusSignIntact();

private:
    template<typename T, typename Start>
    bool run(CallRecorder<T> &recorder, Start start)
    {
        start(recorder.callback());
        return QTest::qWaitFor([&] { return recorder.isDone(); }, 10000);
    }

    std::unique_ptr<SandboxClient> m_fixture;
    ApiClient *m_client = nullptr;
};

void tst_ApiClient::init()
{
    m_fixture = SandboxClient::start();
    QVERIFY(m_fixture);
    m_client = m_fixture->client.get();
}

void tst_ApiClient::cleanup()
{
    m_client = nullptr;
    m_fixture.reset();
}

void tst_ApiClient::authInfoAndWorkspaces()
{
    CallRecorder<AuthInfo> auth;
    QVERIFY(run(auth, [&](auto done) { m_client->getAuthInfo(this, done); }));
    QVERIFY2(auth.isOk(), auth.describe());
    QCOMPARE(auth.value().workspaceId, m_fixture->sandbox->workspaceId());

    CallRecorder<Page<Workspace>> workspaces;
    QVERIFY(run(workspaces, [&](auto done) { m_client->listWorkspaces({}, this, done); }));
    QVERIFY2(workspaces.isOk(), workspaces.describe());
    QVERIFY(!workspaces.value().items.isEmpty());

    CallRecorder<Workspace> workspace;
    QVERIFY(run(workspace, [&](auto done) {
        m_client->getWorkspace(m_fixture->sandbox->workspaceId(), this, done);
    }));
    QVERIFY2(workspace.isOk(), workspace.describe());
    QCOMPARE(workspace.value().id, m_fixture->sandbox->workspaceId());
}

void tst_ApiClient::listsAndPagesPhoneNumbers()
{
    PhoneNumberListQuery query;
    query.limit = 7;
    CallRecorder<PhoneNumberPage> first;
    QVERIFY(run(first, [&](auto done) { m_client->listPhoneNumbers(query, this, done); }));
    QVERIFY2(first.isOk(), first.describe());
    QCOMPARE(first.value().items.size(), 7);
    QVERIFY(first.value().hasMore);
    QVERIFY(first.value().continuationToken.isDouble());

    query.continuationToken = first.value().continuationToken;
    CallRecorder<PhoneNumberPage> second;
    QVERIFY(run(second, [&](auto done) { m_client->listPhoneNumbers(query, this, done); }));
    QVERIFY2(second.isOk(), second.describe());
    QVERIFY(!second.value().items.isEmpty());
    QVERIFY(second.value().items.first().id != first.value().items.first().id);
    QVERIFY(m_fixture->network->sent.last().url.query().contains(
            u"continuation_token=%1"_s.arg(first.value().continuationToken.toInteger())));

    CallRecorder<PhoneNumber> one;
    const QString id = second.value().items.first().id;
    QVERIFY(run(one, [&](auto done) { m_client->getPhoneNumber(id, this, done); }));
    QVERIFY2(one.isOk(), one.describe());
    QCOMPARE(one.value(), second.value().items.first());
}

void tst_ApiClient::phoneNumberLifecycle()
{
    PhoneNumberCreate create;
    create.phoneNumber = u"+12015550177"_s;
    create.displayName = u"Lifecycle test"_s;
    CallRecorder<PhoneNumber> created;
    QVERIFY(run(created, [&](auto done) { m_client->createPhoneNumber(create, this, done); }));
    QVERIFY2(created.isOk(), created.describe());
    QCOMPARE(created.value().phoneNumber, create.phoneNumber);
    QCOMPARE(created.value().displayName, u"Lifecycle test"_s);
    QVERIFY(!created.value().forwarding);
    const QString id = created.value().id;

    CallRecorder<PhoneNumber> duplicate;
    QVERIFY(run(duplicate, [&](auto done) { m_client->createPhoneNumber(create, this, done); }));
    QVERIFY(!duplicate.isOk());
    QVERIFY2(duplicate.error().isConflict(), duplicate.describe());

    const ForwardingConfig forwarding{true, u"+12015550100"_s, false};
    CallRecorder<PhoneNumber> forwarded;
    QVERIFY(run(
            forwarded, [&](auto done) { m_client->setForwarding(id, forwarding, this, done); }));
    QVERIFY2(forwarded.isOk(), forwarded.describe());
    QCOMPARE(forwarded.value().forwarding, std::optional(forwarding));

    CallRecorder<Done> deleted;
    QVERIFY(run(deleted, [&](auto done) { m_client->deletePhoneNumber(id, this, done); }));
    QVERIFY2(deleted.isOk(), deleted.describe());

    CallRecorder<PhoneNumber> gone;
    QVERIFY(run(gone, [&](auto done) { m_client->getPhoneNumber(id, this, done); }));
    QVERIFY(!gone.isOk());
    QVERIFY2(gone.error().isNotFound(), gone.describe());
    QVERIFY(!gone.error().requestId().isEmpty());
}

void tst_ApiClient::updateSendsOnlyChangedFields()
{
    CallRecorder<PhoneNumberPage> page;
    QVERIFY(run(page, [&](auto done) { m_client->listPhoneNumbers({}, this, done); }));
    QVERIFY2(page.isOk(), page.describe());
    const auto withForwarding = std::find_if(page.value().items.begin(), page.value().items.end(),
            [](const PhoneNumber &n) { return n.forwarding; });
    QVERIFY2(withForwarding != page.value().items.end(), "the demo seed has no forwarded number");
    const PhoneNumber &before = *withForwarding;

    PhoneNumberUpdate update;
    update.notes = u"Checked by the test"_s;
    CallRecorder<PhoneNumber> updated;
    QVERIFY(run(updated,
            [&](auto done) { m_client->updatePhoneNumber(before.id, update, this, done); }));
    QVERIFY2(updated.isOk(), updated.describe());
    QCOMPARE(updated.value().notes, u"Checked by the test"_s);
    // Fields not in the update were not sent, so the server left them alone.
    QCOMPARE(updated.value().displayName, before.displayName);
    QCOMPARE(updated.value().forwarding, before.forwarding);
    QCOMPARE(updated.value().capabilities, before.capabilities);
    QCOMPARE(updated.value().status, before.status);
}

void tst_ApiClient::clearForwardingAcceptsTheBody()
{
    CallRecorder<PhoneNumberPage> page;
    QVERIFY(run(page, [&](auto done) { m_client->listPhoneNumbers({}, this, done); }));
    QVERIFY2(page.isOk(), page.describe());
    const QString id = page.value().items.first().id;

    CallRecorder<std::optional<PhoneNumber>> cleared;
    QVERIFY(run(cleared, [&](auto done) { m_client->clearForwarding(id, this, done); }));
    QVERIFY2(cleared.isOk(), cleared.describe());
    QVERIFY2(cleared.value().has_value(), "the sandbox answers 200 with the number");
    QVERIFY(!cleared.value()->forwarding);
}

void tst_ApiClient::telephonyLifecycle()
{
    CallRecorder<SubAccount> missing;
    QVERIFY(run(missing, [&](auto done) { m_client->getSubAccount(this, done); }));
    QVERIFY(!missing.isOk());
    QVERIFY2(missing.error().isNotFound(), missing.describe());

    CallRecorder<QList<AvailableNumber>> tooEarly;
    QVERIFY(run(tooEarly, [&](auto done) { m_client->searchAvailableNumbers({}, this, done); }));
    QVERIFY(!tooEarly.isOk());
    QCOMPARE(tooEarly.error().httpStatus(), 404);

    CallRecorder<SubAccount> provisioned;
    QVERIFY(run(provisioned, [&](auto done) { m_client->provisionSubAccount(this, done); }));
    QVERIFY2(provisioned.isOk(), provisioned.describe());
    CallRecorder<SubAccount> again;
    QVERIFY(run(again, [&](auto done) { m_client->provisionSubAccount(this, done); }));
    QVERIFY2(again.isOk(), again.describe());
    QCOMPARE(again.value().id, provisioned.value().id);
    CallRecorder<SubAccount> fetched;
    QVERIFY(run(fetched, [&](auto done) { m_client->getSubAccount(this, done); }));
    QVERIFY2(fetched.isOk(), fetched.describe());
    QCOMPARE(fetched.value(), provisioned.value());

    AvailableNumberQuery query;
    query.limit = 3;
    CallRecorder<QList<AvailableNumber>> found;
    QVERIFY(run(found, [&](auto done) { m_client->searchAvailableNumbers(query, this, done); }));
    QVERIFY2(found.isOk(), found.describe());
    QVERIFY(!found.value().isEmpty());
    QVERIFY(found.value().size() <= 3);

    PurchaseRequest purchase;
    purchase.phoneNumber = found.value().first().phoneNumber;
    purchase.displayName = u"Bought in a test"_s;
    CallRecorder<PurchasedNumber> bought;
    QVERIFY(run(bought, [&](auto done) { m_client->purchasePhoneNumber(purchase, this, done); }));
    QVERIFY2(bought.isOk(), bought.describe());
    QCOMPARE(bought.value().phoneNumber, purchase.phoneNumber);
    QVERIFY(bought.value().providerPhoneSid.startsWith(u"PN"_s));

    CallRecorder<Done> released;
    QVERIFY(run(released,
            [&](auto done) { m_client->releasePhoneNumber(bought.value().id, this, done); }));
    QVERIFY2(released.isOk(), released.describe());
    CallRecorder<PhoneNumber> gone;
    QVERIFY(run(gone, [&](auto done) { m_client->getPhoneNumber(bought.value().id, this, done); }));
    QVERIFY(!gone.isOk() && gone.error().isNotFound());
}

void tst_ApiClient::servicesListAndGet()
{
    ServiceListQuery query;
    query.isActive = true;
    CallRecorder<Page<Service>> services;
    QVERIFY(run(services, [&](auto done) { m_client->listServices(query, this, done); }));
    QVERIFY2(services.isOk(), services.describe());
    QVERIFY(!services.value().items.isEmpty());
    for (const Service &service : services.value().items)
        QVERIFY(service.isActive);
    QVERIFY(m_fixture->network->sent.last().url.query().contains(u"is_active=true"_s));

    CallRecorder<Service> service;
    const QString id = services.value().items.first().id;
    QVERIFY(run(service, [&](auto done) { m_client->getService(id, this, done); }));
    QVERIFY2(service.isOk(), service.describe());
    QCOMPARE(service.value().name, services.value().items.first().name);
}

void tst_ApiClient::errorsReadAsSentences_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("wrongKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("advice");

    QTest::newRow("wrong key") << u"owner"_s << true << 401 << u"Check the key"_s;
    QTest::newRow("viewer writes") << u"viewer"_s << false << 403 << u"Ask a workspace admin"_s;
}

void tst_ApiClient::errorsReadAsSentences()
{
    QFETCH(QString, role);
    QFETCH(bool, wrongKey);
    QFETCH(int, status);
    QFETCH(QString, advice);

    m_fixture = SandboxClient::start({}, role);
    QVERIFY(m_fixture);
    if (wrongKey) {
        ConnectionSettings settings = m_fixture->client->settings();
        settings.apiKey = u"not-the-key"_s;
        m_fixture->client = std::make_unique<ApiClient>(m_fixture->network.get(), settings);
    }
    PhoneNumberCreate create;
    create.phoneNumber = u"+12015550178"_s;
    CallRecorder<PhoneNumber> result;
    QVERIFY(run(
            result, [&](auto done) { m_fixture->client->createPhoneNumber(create, this, done); }));
    QVERIFY(!result.isOk());
    const ApiError &error = result.error();
    QCOMPARE(error.httpStatus(), status);
    QVERIFY2(error.message().contains(u"(%1)"_s.arg(status)), result.describe());
    QVERIFY2(error.message().contains(advice), result.describe());
    QVERIFY2(!error.detail().isEmpty(), "the server's detail was dropped");
    QVERIFY2(error.message().contains(error.detail()), result.describe());
    QVERIFY(!error.requestId().isEmpty());
    QVERIFY(error.fullText().contains(error.requestId()));
    QCOMPARE(error.endpoint(), u"add phone number"_s);
}

void tst_ApiClient::validationErrorsAreKeyedByField()
{
    PhoneNumberCreate create;
    create.phoneNumber = u"12015550179"_s; // no leading +
    create.displayName = QString(300, u'x');
    CallRecorder<PhoneNumber> result;
    QVERIFY(run(result, [&](auto done) { m_client->createPhoneNumber(create, this, done); }));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ApiError::Kind::Validation);
    QCOMPARE(result.error().httpStatus(), 422);
    QVERIFY2(!result.error().fieldError(u"phone_number"_s).isEmpty(), result.describe());
    QVERIFY2(!result.error().fieldError(u"display_name"_s).isEmpty(), result.describe());
    QVERIFY2(result.error().message().contains(u"display_name"_s), result.describe());
}

void tst_ApiClient::searchSendsPlusSignIntact()
{
    CallRecorder<SubAccount> provisioned;
    QVERIFY(run(provisioned, [&](auto done) { m_client->provisionSubAccount(this, done); }));
    QVERIFY2(provisioned.isOk(), provisioned.describe());

    AvailableNumberQuery query;
    query.contains = u"+1"_s;
    query.areaCode = u"201"_s;
    CallRecorder<QList<AvailableNumber>> found;
    QVERIFY(run(found, [&](auto done) { m_client->searchAvailableNumbers(query, this, done); }));
    QVERIFY2(m_fixture->network->sent.last()
                     .url.query(QUrl::FullyEncoded)
                     .contains(u"contains=%2B1"_s),
            qPrintable(m_fixture->network->sent.last().url.toString()));
    QVERIFY(found.isDone());
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
