#include "keychaincredentialstore.h"

#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using Status = CredentialStore::Status;

// The real keychain of the machine the test runs on. Where there is none (CI: no D-Bus session,
// or a session bus without a Secret Service or KWallet) every operation must say so as
// Unavailable, promptly, never as a generic failure. Where there is one, a secret makes the round
// trip and is cleaned up.
class TestKeychainBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersForTheMachinesKeychain();

private:
    CredentialStore::Outcome read(const QString &account);
    CredentialStore::Outcome write(const QString &account, const QString &secret);
    CredentialStore::Outcome remove(const QString &account);
    CredentialStore::Outcome wait(std::optional<CredentialStore::Outcome> &outcome);

    KeychainCredentialStore m_store{u"amigo-numbers-test"_s};
};

CredentialStore::Outcome TestKeychainBackend::wait(std::optional<CredentialStore::Outcome> &outcome)
{
    // D-Bus calls time out after 25 s; the keychain must answer within that.
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 40000))
        return {Status::Failed, {}, u"no answer within 40 s"_s};
    return *outcome;
}

CredentialStore::Outcome TestKeychainBackend::read(const QString &account)
{
    std::optional<CredentialStore::Outcome> outcome;
    m_store.readSecret(account, this, [&outcome](const auto &o) { outcome = o; });
    return wait(outcome);
}

CredentialStore::Outcome TestKeychainBackend::write(const QString &account, const QString &secret)
{
    std::optional<CredentialStore::Outcome> outcome;
    m_store.writeSecret(account, secret, this, [&outcome](const auto &o) { outcome = o; });
    return wait(outcome);
}

CredentialStore::Outcome TestKeychainBackend::remove(const QString &account)
{
    std::optional<CredentialStore::Outcome> outcome;
    m_store.removeSecret(account, this, [&outcome](const auto &o) { outcome = o; });
    return wait(outcome);
}

void TestKeychainBackend::answersForTheMachinesKeychain()
{
    const QString account = u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CredentialStore::Outcome first = read(account);

    if (first.status == Status::Unavailable) {
        qInfo("No keychain on this machine (%s): checking that it is reported as such.",
                qPrintable(first.message));
        QVERIFY(!first.message.isEmpty());
        QVERIFY2(first.message != u"Unknown error"_s, "says nothing a person could act on");
        QCOMPARE(write(account, u"secret-0123456789"_s).status, Status::Unavailable);
        QCOMPARE(remove(account).status, Status::Unavailable);
        return;
    }

    qInfo("A keychain answered: checking a round trip.");
    QCOMPARE(first.status, Status::NotFound);
    QCOMPARE(write(account, u"secret-0123456789"_s).status, Status::Ok);
    const CredentialStore::Outcome again = read(account);
    QCOMPARE(again.status, Status::Ok);
    QCOMPARE(again.secret, u"secret-0123456789"_s);
    QCOMPARE(remove(account).status, Status::Ok);
    QCOMPARE(read(account).status, Status::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychainBackend)
#include "tst_keychainbackend.moc"
