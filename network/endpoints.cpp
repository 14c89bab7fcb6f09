#include "apiclient.h"

#include "codec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The typed calls: each builds its request, and decodes the reply into its value type.

template<typename T, typename DecodeReply>
CallHandle ApiClient::sendWith(
        Request request, QObject *context, DecodeReply decodeReply, Callback<T> done)
{
    const QString endpoint = request.endpoint;
    Callback<HttpReply> decodeAndDeliver
            = [decodeReply, done = std::move(done), endpoint](const Result<HttpReply> &reply) {
                  if (!reply)
                      return done(reply.error());
                  Result<T> decoded = decodeReply(reply.value());
                  if (!decoded)
                      return done(unreadableAnswer(endpoint, reply.value(), decoded.error()));
                  done(decoded);
              };
    return send(std::move(request), context, std::move(decodeAndDeliver));
}

ApiError ApiClient::unreadableAnswer(
        const QString &endpoint, const HttpReply &reply, const ApiError &reason)
{
    ApiError error(reason.kind(),
            QCoreApplication::translate("ApiClient",
                    "The server's answer to “%1” could not be read (malformed response): %2")
                    .arg(endpoint, reason.message()));
    error.setEndpoint(endpoint).setHttpStatus(reply.status).setRequestId(reply.requestId);
    return error;
}

template<typename T, typename Decode>
CallHandle ApiClient::sendDecoded(
        Request request, QObject *context, Decode decode, Callback<T> done)
{
    const auto decodeReply = [decode](const HttpReply &reply) -> Result<T> {
        Result<QJsonValue> json = Codec::parseBody(reply.body);
        if (!json)
            return json.error();
        return decode(json.value());
    };
    return sendWith<T>(std::move(request), context, decodeReply, std::move(done));
}

// DELETE-style calls answer 204; a body, if any, carries nothing the client needs.
CallHandle ApiClient::sendExpectingNoContent(Request request, QObject *context, Callback<Done> done)
{
    const auto ignoreBody = [](const HttpReply &) -> Result<Done> {
        return Done{};
    };
    return sendWith<Done>(std::move(request), context, ignoreBody, std::move(done));
}

static ApiClient::Request makeRequest(const char *method, const QString &path,
        const QString &endpoint, std::optional<QJsonObject> body = std::nullopt)
{
    ApiClient::Request request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    request.endpoint = endpoint;
    return request;
}

static void addContinuationToken(QUrlQuery &query, const QJsonValue &token)
{
    // Sent back exactly as received; an integer must not turn into "40.0".
    if (token.isDouble())
        query.addQueryItem(u"continuation_token"_s, QString::number(token.toInteger()));
    else if (token.isString())
        query.addQueryItem(u"continuation_token"_s, token.toString());
}

ApiClient::Request ApiClient::phoneNumberListRequest(const PhoneNumberListQuery &query) const
{
    Request request
            = makeRequest("GET", workspacePath(u"/phone-numbers"_s), tr("list phone numbers"));
    request.query.addQueryItem(u"limit"_s, QString::number(query.limit));
    if (query.status)
        request.query.addQueryItem(u"status"_s, *query.status);
    addContinuationToken(request.query, query.continuationToken);
    return request;
}

CallHandle ApiClient::listPhoneNumbers(
        const PhoneNumberListQuery &query, QObject *context, Callback<PhoneNumberPage> done)
{
    return sendDecoded<PhoneNumberPage>(
            phoneNumberListRequest(query), context, Codec::decodePhoneNumberPage, std::move(done));
}

CallHandle ApiClient::fetchPhoneNumberPage(
        const PhoneNumberListQuery &query, QObject *context, Callback<HttpReply> done)
{
    return send(phoneNumberListRequest(query), context, std::move(done));
}

CallHandle ApiClient::getPhoneNumber(
        const QString &id, QObject *context, Callback<PhoneNumber> done)
{
    Request request = makeRequest("GET", phoneNumberPath(id), tr("get phone number"));
    return sendDecoded<PhoneNumber>(
            std::move(request), context, Codec::decodePhoneNumber, std::move(done));
}

CallHandle ApiClient::createPhoneNumber(
        const PhoneNumberCreate &number, QObject *context, Callback<PhoneNumber> done)
{
    Request request = makeRequest("POST", workspacePath(u"/phone-numbers"_s),
            tr("add phone number"), Codec::encode(number));
    return sendDecoded<PhoneNumber>(
            std::move(request), context, Codec::decodePhoneNumber, std::move(done));
}

CallHandle ApiClient::updatePhoneNumber(const QString &id, const PhoneNumberUpdate &update,
        QObject *context, Callback<PhoneNumber> done)
{
    Request request = makeRequest(
            "PUT", phoneNumberPath(id), tr("update phone number"), Codec::encode(update));
    return sendDecoded<PhoneNumber>(
            std::move(request), context, Codec::decodePhoneNumber, std::move(done));
}

CallHandle ApiClient::deletePhoneNumber(const QString &id, QObject *context, Callback<Done> done)
{
    Request request = makeRequest("DELETE", phoneNumberPath(id), tr("remove phone number"));
    return sendExpectingNoContent(std::move(request), context, std::move(done));
}

CallHandle ApiClient::setForwarding(const QString &id, const ForwardingConfig &forwarding,
        QObject *context, Callback<PhoneNumber> done)
{
    Request request = makeRequest("PUT", phoneNumberPath(id, u"/forwarding"_s),
            tr("set call forwarding"), Codec::encode(forwarding));
    return sendDecoded<PhoneNumber>(
            std::move(request), context, Codec::decodePhoneNumber, std::move(done));
}

CallHandle ApiClient::clearForwarding(
        const QString &id, QObject *context, Callback<std::optional<PhoneNumber>> done)
{
    Request request = makeRequest(
            "DELETE", phoneNumberPath(id, u"/forwarding"_s), tr("clear call forwarding"));
    // The contract says 200 with the number; some deployments answer 204 without a body.
    const auto decodeReply = [](const HttpReply &reply) -> Result<std::optional<PhoneNumber>> {
        if (reply.status == 204)
            return std::optional<PhoneNumber>();
        Result<QJsonValue> json = Codec::parseBody(reply.body);
        if (!json)
            return json.error();
        Result<PhoneNumber> number = Codec::decodePhoneNumber(json.value());
        if (!number)
            return number.error();
        return std::optional<PhoneNumber>(number.value());
    };
    return sendWith<std::optional<PhoneNumber>>(
            std::move(request), context, decodeReply, std::move(done));
}

CallHandle ApiClient::getSubAccount(QObject *context, Callback<SubAccount> done)
{
    Request request = makeRequest(
            "GET", workspacePath(u"/twilio/sub-account"_s), tr("get telephony account"));
    return sendDecoded<SubAccount>(
            std::move(request), context, Codec::decodeSubAccount, std::move(done));
}

CallHandle ApiClient::provisionSubAccount(QObject *context, Callback<SubAccount> done)
{
    Request request = makeRequest(
            "POST", workspacePath(u"/twilio/sub-account"_s), tr("set up telephony account"));
    return sendDecoded<SubAccount>(
            std::move(request), context, Codec::decodeSubAccount, std::move(done));
}

CallHandle ApiClient::searchAvailableNumbers(
        const AvailableNumberQuery &query, QObject *context, Callback<QList<AvailableNumber>> done)
{
    Request request = makeRequest("GET", workspacePath(u"/twilio/phone-numbers/available"_s),
            tr("search available numbers"));
    request.query.addQueryItem(u"country"_s, query.country);
    if (query.areaCode)
        request.query.addQueryItem(u"area_code"_s, *query.areaCode);
    if (query.contains)
        request.query.addQueryItem(u"contains"_s, *query.contains);
    request.query.addQueryItem(u"limit"_s, QString::number(query.limit));
    return sendDecoded<QList<AvailableNumber>>(
            std::move(request), context, Codec::decodeAvailableNumbers, std::move(done));
}

CallHandle ApiClient::purchasePhoneNumber(
        const PurchaseRequest &purchase, QObject *context, Callback<PurchasedNumber> done)
{
    Request request = makeRequest("POST", workspacePath(u"/twilio/phone-numbers/purchase"_s),
            tr("buy phone number"), Codec::encode(purchase));
    request.outcomeUnknownAdvice
            = tr("It is not known whether %1 was bought. Refresh the list of numbers before "
                 "trying again: if it appears there, the purchase went through.")
                      .arg(purchase.phoneNumber);
    // A success status with an unreadable body still means the number was bought.
    const auto explain = [done = std::move(done), number = purchase.phoneNumber](
                                 const Result<PurchasedNumber> &result) {
        if (result || result.error().kind() != ApiError::Kind::MalformedResponse)
            return done(result);
        ApiError error = result.error();
        error = ApiError(ApiError::Kind::MalformedResponse,
                tr("%1 was bought, but the server's answer could not be read. Refresh "
                   "the list of numbers to see it. (%2)")
                        .arg(number, result.error().message()))
                        .setHttpStatus(result.error().httpStatus())
                        .setRequestId(result.error().requestId())
                        .setEndpoint(result.error().endpoint());
        done(error);
    };
    return sendDecoded<PurchasedNumber>(std::move(request), context, Codec::decodePurchasedNumber,
            Callback<PurchasedNumber>(explain));
}

CallHandle ApiClient::releasePhoneNumber(const QString &id, QObject *context, Callback<Done> done)
{
    Request request = makeRequest("DELETE",
            workspacePath(u"/twilio/phone-numbers/"_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/release"_s),
            tr("release phone number"));
    return sendExpectingNoContent(std::move(request), context, std::move(done));
}

CallHandle ApiClient::listServices(
        const ServiceListQuery &query, QObject *context, Callback<Page<Service>> done)
{
    Request request = makeRequest("GET", workspacePath(u"/services"_s), tr("list services"));
    if (query.search)
        request.query.addQueryItem(u"search"_s, *query.search);
    if (query.isActive)
        request.query.addQueryItem(u"is_active"_s, *query.isActive ? u"true"_s : u"false"_s);
    request.query.addQueryItem(u"limit"_s, QString::number(query.limit));
    addContinuationToken(request.query, query.continuationToken);
    return sendDecoded<ServicePage>(
            std::move(request), context, Codec::decodeServicePage, std::move(done));
}

CallHandle ApiClient::getService(const QString &id, QObject *context, Callback<Service> done)
{
    Request request = makeRequest("GET",
            workspacePath(u"/services/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id))),
            tr("get service"));
    return sendDecoded<Service>(std::move(request), context, Codec::decodeService, std::move(done));
}

CallHandle ApiClient::listWorkspaces(
        const QJsonValue &continuationToken, QObject *context, Callback<Page<Workspace>> done)
{
    Request request = makeRequest("GET", u"/v1/workspaces"_s, tr("list workspaces"));
    request.workspaceScoped = false;
    addContinuationToken(request.query, continuationToken);
    return sendDecoded<WorkspacePage>(
            std::move(request), context, Codec::decodeWorkspacePage, std::move(done));
}

CallHandle ApiClient::getWorkspace(const QString &id, QObject *context, Callback<Workspace> done)
{
    Request request = makeRequest("GET",
            u"/v1/workspaces/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)),
            tr("get workspace"));
    request.workspaceScoped = false;
    return sendDecoded<Workspace>(
            std::move(request), context, Codec::decodeWorkspace, std::move(done));
}

CallHandle ApiClient::getAuthInfo(QObject *context, Callback<AuthInfo> done)
{
    Request request = makeRequest("GET", u"/v1/auth/me"_s, tr("check API key"));
    request.workspaceScoped = false;
    return sendDecoded<AuthInfo>(
            std::move(request), context, Codec::decodeAuthInfo, std::move(done));
}
