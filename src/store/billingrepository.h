#pragma once

#include "store/billingtotal.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Atendo {

class Database;

// What Meta charged per message, once per message.
class BillingRepository
{
public:
    explicit BillingRepository(Database& db);

    // Records or replaces the message's billing (Meta may report pricing on sent
    // and again on delivered: one row per message either way).
    bool record(qint64 messageId, qint64 agentId, const QString& category, const QString& type, bool billable,
        qint64 priceMicros, const QString& currency, const QDateTime& at);
    // Groups by UTC day, category and agent for from <= at < to.
    [[nodiscard]] QList<BillingTotal> totals(const QDateTime& from, const QDateTime& to);

private:
    Database& m_db;
};

} // namespace Atendo
