#pragma once

#include <QJsonObject>
#include <QString>

namespace Atendo {

// An error as Meta reports it: synchronously as the Graph error object
// ({"error":{message,type,code,error_data,fbtrace_id}}) or asynchronously inside
// a failed status webhook (statuses[].errors[]). Codes and texts per cloudapi.md §3.
struct MetaError
{
    int code = 0;
    int httpStatus = 400;
    QString type = QStringLiteral("OAuthException");
    QString title;
    QString details;

    [[nodiscard]] QJsonObject toGraphJson(const QString& fbtraceId) const;
    [[nodiscard]] QJsonObject toStatusJson() const;

    [[nodiscard]] static MetaError invalidParameter(const QString& details); // 100
    [[nodiscard]] static MetaError unsupportedPath(const QString& details); // 100, GraphMethodException
    [[nodiscard]] static MetaError invalidToken(); // 190, HTTP 401
    [[nodiscard]] static MetaError throughput(); // 130429
    [[nodiscard]] static MetaError pairLimit(); // 131056
    [[nodiscard]] static MetaError undeliverable(); // 131026
    [[nodiscard]] static MetaError reEngagement(); // 131047
    [[nodiscard]] static MetaError marketingStopped(); // 131050
    [[nodiscard]] static MetaError mediaUpload(const QString& details); // 131053
    [[nodiscard]] static MetaError parameterCount(const QString& details); // 132000
    [[nodiscard]] static MetaError templateMissing(const QString& details); // 132001
    [[nodiscard]] static MetaError parameterFormat(const QString& details); // 132012
    [[nodiscard]] static MetaError templatePaused(const QString& details); // 132015
    [[nodiscard]] static MetaError templateDisabled(const QString& details); // 132016
};

} // namespace Atendo
