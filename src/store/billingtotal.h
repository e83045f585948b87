#pragma once

#include <QDate>
#include <QString>

namespace Atendo {

// One group of BillingRepository::totals(): a UTC day, a category and an agent.
struct BillingTotal
{
    QDate day; // UTC
    QString category;
    qint64 agentId {0}; // 0 = no agent (system sends)
    int count {0};
    int billableCount {0};
    qint64 priceMicros {0};

    bool operator==(const BillingTotal&) const = default;
};

} // namespace Atendo
