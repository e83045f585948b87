#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Atendo {

// One signed webhook body as it was acknowledged, waiting to be applied.
struct WebhookInboxRow
{
    qint64 id {0};
    QByteArray body;
    QDateTime receivedAt;
};

} // namespace Atendo
