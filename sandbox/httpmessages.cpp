#include "httpmessages.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sandbox {

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.isJson = true;
    return response;
}

ApiResponse ApiResponse::rawJson(int status, QByteArray json)
{
    ApiResponse response;
    response.status = status;
    response.body = std::move(json);
    response.isJson = true;
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &detail)
{
    return json(status, QJsonObject{{u"detail"_s, detail}});
}

ApiResponse ApiResponse::validation(const ValidationErrors &errors)
{
    return json(422, QJsonObject{{u"detail"_s, errors.detail()}});
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

} // namespace Sandbox
