#pragma once

#include "validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sandbox {

// A request as the API layer sees it: decoded path segments, Starlette-style query parameters.
struct ApiRequest
{
    QByteArray method;    // "GET", "POST", ...
    QString path;         // as received, still percent-encoded
    QStringList segments; // decoded path segments, without the leading empty one
    QueryParameters query;
    QByteArray authorization;
    QByteArray body;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    bool isJson = false;
    HeaderList headers;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse rawJson(int status, QByteArray json);
    // FastAPI's HTTPException body: {"detail": "..."}
    static ApiResponse error(int status, const QString &detail);
    static ApiResponse validation(const ValidationErrors &errors);
    static ApiResponse noContent();
};

} // namespace Sandbox
