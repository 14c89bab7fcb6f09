#pragma once

#include "phonenumberrow.h"
#include "result.h"

#include <QByteArray>
#include <QJsonValue>

#include <memory>
#include <optional>

// A list page's rows, made ready for the table from the page's body.
struct DecodedPage
{
    QList<BuiltRow> rows; // in the page's order, duplicates included
    bool hasMore = false;
    QJsonValue continuationToken;
    std::optional<qint64> total;
};

// Turns list-page bodies into table rows: JSON parsing, the contract's checks, number formatting
// and search keys. Made for a worker thread, one page at a time and in order: it shares nothing
// with the GUI thread but the CountryTable, which is safe to share.
class PhoneNumberPageDecoder
{
public:
    explicit PhoneNumberPageDecoder(std::shared_ptr<CountryTable> countries);

    Result<DecodedPage> decode(const QByteArray &body);
    // Forgets the strings shared between rows, e.g. when the list is reloaded.
    void clear();

private:
    PhoneNumberRowBuilder m_builder;
};
