#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace Atendo {

class Database;

// stats.get: notifications and their cost, failures, opt-outs, templates,
// volume, waiting times and first responses for whole days in the server's
// time zone. A few whole-period queries, aggregated here.
class StatsReport
{
public:
    StatsReport(Database& database, const QTimeZone& zone, const QString& currency);

    // from and to inclusive.
    [[nodiscard]] QJsonObject build(const QDate& from, const QDate& to);

private:
    [[nodiscard]] QJsonObject templateCosts(const QDateTime& from, const QDateTime& to);
    [[nodiscard]] QJsonArray failures(const QDateTime& from, const QDateTime& to);
    [[nodiscard]] QJsonArray templates();
    [[nodiscard]] QJsonArray volume(const QDateTime& from, const QDateTime& to);
    [[nodiscard]] QJsonObject replies(const QDateTime& from, const QDateTime& to);

    Database& m_database;
    QTimeZone m_zone;
    QString m_currency;
};

} // namespace Atendo
