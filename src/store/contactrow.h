#pragma once

#include "core/consentledger.h"

#include <QDateTime>
#include <QString>

namespace Atendo {

struct ContactRow
{
    qint64 id {0};
    QString key; // ContactKey::from(userId, waId)
    QString waId;
    QString userId;
    QString phone;
    QString name;
    // A cache of what core's ConsentLedger decided from consent_events.
    ConsentState consentState {ConsentState::Unknown};
    bool marketingStopped {false};
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ContactRow&) const = default;
};

} // namespace Atendo
