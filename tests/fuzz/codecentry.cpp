#include "fuzzentries.h"

#include "codec.h"
#include "httperror.h"
#include "pageenvelope.h"
#include "ratelimit.h"
#include "retrypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
bool same(const T &a, const T &b)
{
    return a == b;
}

template<typename T>
bool same(const Page<T> &a, const Page<T> &b)
{
    return a.items == b.items && a.hasMore == b.hasMore
            && a.continuationToken == b.continuationToken && a.total == b.total;
}

// Qt's own serialisation of the same JSON: a decoder must not depend on how the text was laid out.
QJsonValue reserialised(const QJsonValue &json)
{
    QJsonDocument document;
    if (json.isObject())
        document.setObject(json.toObject());
    else if (json.isArray())
        document.setArray(json.toArray());
    else
        return QJsonValue::Undefined;
    const Result<QJsonValue> parsed = Codec::parseBody(document.toJson(QJsonDocument::Compact));
    return parsed ? parsed.value() : QJsonValue::Undefined;
}

class DecoderCheck
{
public:
    DecoderCheck(const QJsonValue &json, QStringList *violations)
        : m_json(json)
        , m_reserialised(reserialised(json))
        , m_violations(violations)
    { }

    template<typename Decode>
    void check(const char *name, Decode decode)
    {
        const auto decoded = decode(m_json);
        if (!decoded) {
            if (decoded.error().kind() != ApiError::Kind::MalformedResponse)
                m_violations->append(u"%1 failed with a kind other than MalformedResponse"_s.arg(
                        QLatin1StringView(name)));
            if (decoded.error().message().isEmpty())
                m_violations->append(u"%1 failed without a message"_s.arg(QLatin1StringView(name)));
            return;
        }
        if (m_reserialised.isUndefined())
            return;
        const auto again = decode(m_reserialised);
        if (!again || !same(again.value(), decoded.value()))
            m_violations->append(
                    u"%1 decodes Qt's re-serialisation of the same JSON differently"_s.arg(
                            QLatin1StringView(name)));
    }

private:
    QJsonValue m_json;
    QJsonValue m_reserialised;
    QStringList *m_violations;
};

void checkErrorBody(const QByteArray &body, QStringList *violations)
{
    for (int status : {400, 401, 403, 404, 409, 422, 429, 500, 503, 599}) {
        const ApiError error = HttpError::fromStatus(status, body, u"GET /v1/fuzz"_s);
        if (error.httpStatus() != status)
            violations->append(u"an error body changed the HTTP status %1"_s.arg(status));
        if (error.message().isEmpty() || error.fullText().isEmpty())
            violations->append(u"status %1 with this body has no message"_s.arg(status));
        if (error.kind() == ApiError::Kind::Validation && status != 422)
            violations->append(u"status %1 reported as a validation error"_s.arg(status));
    }
}

// The response headers the client reads: Retry-After and the X-RateLimit-* trio.
void checkHeaders(const QByteArray &value, QStringList *violations)
{
    const QDateTime now(QDate(2026, 5, 6), QTime(12, 0), Qt::UTC);
    const std::optional<std::chrono::milliseconds> delay = Retry::parseRetryAfter(value, now);
    if (delay && delay->count() < 0)
        violations->append(u"parseRetryAfter() returned a negative delay"_s);

    const RateLimitInfo info = RateLimitInfo::fromHeaders(value, value, value);
    if (info.reset && !info.reset->isValid())
        violations->append(u"RateLimitInfo::fromHeaders() kept an invalid reset time"_s);
}

} // namespace

namespace FuzzEntry {

QStringList decodeApiResponses(QByteArrayView data)
{
    QStringList violations;
    const QByteArray body = data.toByteArray();
    checkErrorBody(body, &violations);
    checkHeaders(body, &violations);

    // The quick look at a list page's paging fields may answer nothing, but never differently
    // from the full decode.
    const std::optional<PageEnvelope> envelope = PageEnvelope::peek(body);
    if (envelope) {
        const Result<PhoneNumberPage> page = Codec::decodePhoneNumberPageBody(body);
        if (page
                && !envelope->sameAs(page.value().hasMore, page.value().continuationToken,
                        page.value().total, page.value().items.size())) {
            violations.append(u"PageEnvelope::peek() reads a page differently from its decode"_s);
        }
    }

    const Result<QJsonValue> parsed = Codec::parseBody(body);
    if (!parsed) {
        if (parsed.error().kind() != ApiError::Kind::MalformedResponse)
            violations.append(u"parseBody failed with a kind other than MalformedResponse"_s);
        return violations;
    }

    DecoderCheck decoders(parsed.value(), &violations);
    decoders.check("decodeForwarding", Codec::decodeForwarding);
    decoders.check("decodePhoneNumber", Codec::decodePhoneNumber);
    decoders.check("decodePhoneNumberPage", Codec::decodePhoneNumberPage);
    decoders.check("decodeSubAccount", Codec::decodeSubAccount);
    decoders.check("decodeAvailableNumber", Codec::decodeAvailableNumber);
    decoders.check("decodeAvailableNumbers", Codec::decodeAvailableNumbers);
    decoders.check("decodePurchasedNumber", Codec::decodePurchasedNumber);
    decoders.check("decodeService", Codec::decodeService);
    decoders.check("decodeServicePage", Codec::decodeServicePage);
    decoders.check("decodeWorkspace", Codec::decodeWorkspace);
    decoders.check("decodeWorkspacePage", Codec::decodeWorkspacePage);
    decoders.check("decodeAuthInfo", Codec::decodeAuthInfo);

    // What the client sends back must read as what it was decoded from.
    if (const Result<ForwardingConfig> forwarding = Codec::decodeForwarding(parsed.value())) {
        const Result<ForwardingConfig> again
                = Codec::decodeForwarding(Codec::encode(forwarding.value()));
        if (!again || !(again.value() == forwarding.value()))
            violations.append(u"encode(ForwardingConfig) does not decode to the same value"_s);
    }
    return violations;
}

} // namespace FuzzEntry
