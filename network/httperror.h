#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QNetworkReply>

// Turns what came back from the server (or did not) into an ApiError a person can act on.
namespace HttpError {

ApiError fromStatus(int status, const QByteArray &body, const QString &endpoint);
ApiError fromNetworkError(
        QNetworkReply::NetworkError error, const QString &errorString, const QString &endpoint);

} // namespace HttpError
