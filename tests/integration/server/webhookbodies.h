#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Atendo::Test {

// Webhook bodies in Meta's documented shape, for tests that post them
// directly (signed or not) instead of through the sandbox.
class WebhookBodies
{
public:
    [[nodiscard]] static QByteArray textMessage(const QString& waId, const QString& name,
        const QString& wamid, const QString& text, const QDateTime& sentAt);
};

} // namespace Atendo::Test
