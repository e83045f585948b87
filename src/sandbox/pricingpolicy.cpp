#include "sandbox/pricingpolicy.h"

namespace Atendo {

using namespace Qt::StringLiterals;

QJsonObject Pricing::toJson() const
{
    return QJsonObject {
        {u"billable"_s, billable},
        {u"pricing_model"_s, pricingModel},
        {u"type"_s, type},
        {u"category"_s, category},
    };
}

Pricing PricingPolicy::price(
    PricingRegime regime, const QString& category, bool windowOpen, bool inFreeEntryPoint)
{
    if (inFreeEntryPoint)
        return {false, u"CBP"_s, u"free_entry_point"_s, u"referral_conversion"_s};
    // Before Oct 2026 replies and utility templates inside an open window were free;
    // from 1 Oct 2026 Meta bills both (cloudapi.md §5.4).
    const bool freeInWindow = regime == PricingRegime::Jul2025 && windowOpen
        && (category == u"service" || category == u"utility");
    if (freeInWindow)
        return {false, u"PMP"_s, u"free_customer_service"_s, category};
    return {true, u"PMP"_s, u"regular"_s, category};
}

} // namespace Atendo
