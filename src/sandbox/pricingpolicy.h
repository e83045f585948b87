#pragma once

#include "sandbox/sandboxconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atendo {

// The `pricing` object of a status webhook (cloudapi.md §1.5), decided the way
// Meta bills under the configured regime (§5.4), independently of Atendo's rate card.
struct Pricing
{
    bool billable = false;
    QString pricingModel; // PMP, or CBP for free entry points
    QString type; // regular | free_customer_service | free_entry_point
    QString category; // marketing | utility | authentication | service | referral_conversion

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool isFreeEntryPoint() const { return type == u"free_entry_point"; }
};

class PricingPolicy
{
public:
    // category: the template's category in lower case, or "service" for free-form.
    [[nodiscard]] static Pricing price(
        PricingRegime regime, const QString& category, bool windowOpen, bool inFreeEntryPoint);
};

} // namespace Atendo
