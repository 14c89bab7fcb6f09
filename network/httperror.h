#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QNetworkReply>

#include <chrono>
#include <optional>

// Turns what came back from the server (or did not) into an ApiError a person can act on.
namespace HttpError {

// `retryAfter` is how long the server asked to wait (429, 503), when it said so.
// `rejectedKeyAdvice` replaces the general advice of a 401: where to check this key.
ApiError fromStatus(int status, const QByteArray &body, const QString &endpoint,
        std::optional<std::chrono::seconds> retryAfter = std::nullopt,
        const QString &rejectedKeyAdvice = {});
ApiError fromNetworkError(
        QNetworkReply::NetworkError error, const QString &errorString, const QString &endpoint);

} // namespace HttpError
