#include "purchaserun.h"

#include "phonenumberformat.h"
#include "purchaselog.h"

using namespace Qt::StringLiterals;

// How far the re-read of the workspace's numbers goes before giving up (20 numbers a page).
static constexpr int MaxVerifyPages = 500;

static QString international(const QString &e164)
{
    return PhoneNumberFormat::present(e164).international;
}

// Whether a failed purchase may nevertheless have happened on the server: the request may have
// arrived and the answer been lost, or a gateway may have given up waiting for the server.
static bool outcomeMayBeUnknown(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::MalformedResponse:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500;
    case ApiError::Kind::Validation:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Configuration:
        return false;
    }
    return true;
}

static bool meansNoPermission(const ApiError &error)
{
    return error.isForbidden()
            || (error.kind() == ApiError::Kind::Http && error.httpStatus() == 401);
}

PurchaseRun::PurchaseRun(ApiClient *client, PurchaseBasket *basket, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_basket(basket)
{ }

void PurchaseRun::start()
{
    m_stopRequested = false;
    m_stopReason.clear();
    if (m_running)
        return;
    m_running = true;
    next();
}

void PurchaseRun::requestStop()
{
    m_stopRequested = true;
}

void PurchaseRun::next()
{
    const QList<int> planned = m_basket->rowsIn(PurchaseBasket::State::Planned);
    if (m_stopRequested) {
        const QString outcome = m_stopReason.isEmpty()
                ? tr("Not bought: the purchase was stopped before this number.")
                : tr("Not bought: %1").arg(m_stopReason);
        for (int row : planned)
            m_basket->setState(row, PurchaseBasket::State::Skipped, outcome);
    }
    if (m_stopRequested || planned.isEmpty()) {
        m_total = m_finished;
        m_running = false;
        Q_EMIT progressChanged(m_finished, m_total);
        Q_EMIT finished();
        return;
    }

    m_total = m_finished + static_cast<int>(planned.size());
    Q_EMIT progressChanged(m_finished, m_total);
    checkAvailability(planned.first());
}

// The carrier's list is the only way to ask about one number: a search in the same country and
// area code for its last digits. The purchase itself stays the authority (409 when taken).
void PurchaseRun::checkAvailability(int row)
{
    const PurchaseBasket::Item &item = m_basket->item(row);
    const QString e164 = item.number.phoneNumber;
    m_basket->setState(row, PurchaseBasket::State::Checking);
    Q_EMIT numberStarted(e164);

    AvailableNumberQuery query;
    if (const CarrierSearch *origin = m_basket->search(item.searchId)) {
        query.country = origin->query.country;
        query.areaCode = origin->query.areaCode;
    } else {
        const QString region = PhoneNumberFormat::present(e164).regionCode;
        if (!region.isEmpty())
            query.country = region;
    }
    const QString digits = PhoneNumberFormat::digitsOf(e164);
    query.contains = digits.right(7);
    query.limit = 20;

    m_call = m_client->searchAvailableNumbers(
            query, this, [this, e164](const Result<QList<AvailableNumber>> &result) {
                // Nothing has been sent that costs money yet, so a stop takes effect here.
                if (m_stopRequested) {
                    settle(e164, PurchaseBasket::State::Skipped,
                            tr("Not bought: the purchase was stopped before this number."));
                    return;
                }
                if (result) {
                    const bool offered = std::any_of(result.value().cbegin(), result.value().cend(),
                            [&e164](const AvailableNumber &n) { return n.phoneNumber == e164; });
                    if (offered) {
                        buy(rowOf(e164));
                    } else {
                        m_basket->markTaken(e164);
                        settle(e164, PurchaseBasket::State::Taken,
                                tr("No longer offered by the carrier; not bought. Pick an "
                                   "alternative below if you like."));
                    }
                    return;
                }
                if (meansNoPermission(result.error())) {
                    stopAll(tr("this API key may not buy numbers (an admin key is needed)."));
                    settle(e164, PurchaseBasket::State::Failed,
                            tr("Not bought: %1").arg(result.error().fullText()));
                    return;
                }
                // The check could not be made; the purchase answers 409 if the number is gone.
                qCDebug(lcPurchase)
                        << "Availability check failed, buying anyway:" << result.error().message();
                buy(rowOf(e164));
            });
}

void PurchaseRun::buy(int row)
{
    const PurchaseBasket::Item &item = m_basket->item(row);
    const QString e164 = item.number.phoneNumber;
    m_basket->setState(row, PurchaseBasket::State::Buying);

    PurchaseRequest request;
    request.phoneNumber = e164;
    if (!item.displayName.trimmed().isEmpty())
        request.displayName = item.displayName.trimmed();
    m_call = m_client->purchasePhoneNumber(request, this,
            [this, e164](const Result<PurchasedNumber> &result) { onPurchase(e164, result); });
}

void PurchaseRun::onPurchase(const QString &e164, const Result<PurchasedNumber> &result)
{
    if (result) {
        onBought(e164, result.value());
        return;
    }

    const ApiError &error = result.error();
    if (error.isConflict()) {
        m_basket->markTaken(e164);
        settle(e164, PurchaseBasket::State::Taken,
                tr("Taken by someone else meanwhile; not bought. Pick an alternative below if "
                   "you like."));
    } else if (meansNoPermission(error)) {
        stopAll(tr("this API key may not buy numbers (an admin key is needed)."));
        settle(e164, PurchaseBasket::State::Failed, tr("Not bought: %1").arg(error.fullText()));
    } else if (error.isNotFound()) {
        stopAll(tr("the workspace has no telephony account any more."));
        settle(e164, PurchaseBasket::State::Failed, tr("Not bought: %1").arg(error.fullText()));
    } else if (outcomeMayBeUnknown(error)) {
        qCDebug(lcPurchase) << "Purchase outcome unknown, re-reading the workspace";
        m_basket->setState(rowOf(e164), PurchaseBasket::State::Verifying);
        verify(e164, QJsonValue(), 0);
    } else {
        settle(e164, PurchaseBasket::State::Failed, tr("Not bought: %1").arg(error.fullText()));
    }
}

void PurchaseRun::onBought(const QString &e164, const PurchasedNumber &purchased)
{
    // The purchase reply lacks the routing fields; the table wants the whole record.
    m_call = m_client->getPhoneNumber(
            purchased.id, this, [this, e164, purchased](const Result<PhoneNumber> &result) {
                if (result) {
                    settleBought(e164, result.value(), tr("Bought and added to the workspace."));
                    return;
                }
                PhoneNumber number;
                number.id = purchased.id;
                number.workspaceId = purchased.workspaceId;
                number.phoneNumber = purchased.phoneNumber;
                number.displayName = purchased.displayName;
                number.provider = u"twilio"_s; // the purchase endpoint is the carrier's
                number.capabilities = purchased.capabilities;
                number.status = purchased.status;
                number.providerPhoneSid = purchased.providerPhoneSid;
                number.createdAt = purchased.createdAt;
                number.updatedAt = purchased.createdAt;
                settleBought(e164, number, tr("Bought and added to the workspace."));
            });
}

void PurchaseRun::verify(const QString &e164, const QJsonValue &token, int pagesRead)
{
    PhoneNumberListQuery query;
    query.limit = 20;
    query.continuationToken = token;
    m_call = m_client->listPhoneNumbers(
            query, this, [this, e164, token, pagesRead](const Result<PhoneNumberPage> &result) {
                if (!result) {
                    settle(e164, PurchaseBasket::State::Unknown,
                            tr("Unknown: the purchase's answer was lost and the workspace's "
                               "numbers could not be read (%1). It may have been bought: look "
                               "for %2 in the numbers list before buying it again.")
                                    .arg(result.error().message(), international(e164)));
                    return;
                }
                const PhoneNumberPage &page = result.value();
                for (const PhoneNumber &number : page.items) {
                    if (number.phoneNumber == e164) {
                        settleBought(e164, number,
                                tr("Bought: the purchase's answer was lost, but the number "
                                   "is in the workspace."));
                        return;
                    }
                }
                const bool advanced = page.continuationToken != token
                        && !page.continuationToken.isNull()
                        && !page.continuationToken.isUndefined();
                if (page.hasMore && advanced && pagesRead + 1 < MaxVerifyPages) {
                    verify(e164, page.continuationToken, pagesRead + 1);
                } else if (page.hasMore) {
                    settle(e164, PurchaseBasket::State::Unknown,
                            tr("Unknown: the purchase's answer was lost and the workspace's "
                               "numbers could not all be read. Look for %1 in the numbers list "
                               "before buying it again.")
                                    .arg(international(e164)));
                } else {
                    settle(e164, PurchaseBasket::State::Failed,
                            tr("Not bought: the purchase's answer was lost, and the number is not "
                               "among the workspace's numbers."));
                }
            });
}

void PurchaseRun::settle(const QString &e164, PurchaseBasket::State state, const QString &outcome)
{
    m_basket->setState(rowOf(e164), state, outcome);
    ++m_finished;
    next();
}

void PurchaseRun::settleBought(
        const QString &e164, const PhoneNumber &number, const QString &outcome)
{
    const int row = rowOf(e164);
    m_basket->setPurchased(row, number);
    m_basket->setState(row, PurchaseBasket::State::Bought, outcome);
    ++m_finished;
    Q_EMIT numberPurchased(number);
    next();
}

void PurchaseRun::stopAll(const QString &reason)
{
    m_stopReason = reason;
    m_stopRequested = true;
}
