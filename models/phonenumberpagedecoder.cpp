#include "phonenumberpagedecoder.h"

#include "codec.h"

PhoneNumberPageDecoder::PhoneNumberPageDecoder(std::shared_ptr<CountryTable> countries)
    : m_builder(std::move(countries))
{ }

Result<DecodedPage> PhoneNumberPageDecoder::decode(const QByteArray &body)
{
    Result<PhoneNumberPage> page = Codec::decodePhoneNumberPageBody(body);
    if (!page)
        return page.error();

    DecodedPage decoded;
    decoded.hasMore = page.value().hasMore;
    decoded.continuationToken = page.value().continuationToken;
    decoded.total = page.value().total;
    decoded.rows.reserve(page.value().items.size());
    for (PhoneNumber &number : page.value().items)
        decoded.rows.append(m_builder.build(std::move(number)));
    return decoded;
}

void PhoneNumberPageDecoder::clear()
{
    m_builder.clear();
}
