#include "sandbox/sandboxconfig.h"

namespace Atendo {

QString SandboxConfig::pricingName(PricingRegime regime)
{
    return regime == PricingRegime::Jul2025 ? QStringLiteral("2025-07") : QStringLiteral("2026-10");
}

QString SandboxConfig::rateName(CustomerRate rate)
{
    switch (rate) {
    case CustomerRate::Off:
        return QStringLiteral("off");
    case CustomerRate::Calm:
        return QStringLiteral("calm");
    case CustomerRate::Busy:
        return QStringLiteral("busy");
    }
    return {};
}

} // namespace Atendo
