#pragma once

#include <QByteArrayView>
#include <QStringList>

// The code each fuzz target exercises. Each entry takes arbitrary bytes, must neither crash nor
// trip a sanitizer, and returns the properties it found violated (empty when all held). The
// libFuzzer executables abort on a violation; tst_fuzzregressions replays the seed corpora and
// every past finding through the same entries in the normal build.
namespace FuzzEntry {

// Every decoder of an API response body (network/codec.h), the error-body reader and the
// Retry-After and rate-limit header readers.
QStringList decodeApiResponses(QByteArrayView data);

// The phone-number field: normalisation and interpretation of arbitrary UTF-8.
QStringList interpretPhoneNumberText(QByteArrayView data);

// The sandbox's request validation: the bytes as every request body and as a query string.
QStringList validateSandboxRequest(QByteArrayView data);

} // namespace FuzzEntry
