#pragma once

#include "sandbox/sandboxconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Atendo {

// Builds webhook updates and envelopes from the shapes documented in
// cloudapi.md §1.4, §1.5 and §4, without reusing any Atendo parser or model.
// An update is one `changes[]` item: {"field": ..., "value": {...}}.
class WebhookPayloads
{
public:
    explicit WebhookPayloads(const SandboxConfig& config);

    // contact: {profile:{name}, wa_id, user_id?}; message: one messages[] item.
    [[nodiscard]] QJsonObject inboundMessage(const QJsonObject& contact, const QJsonObject& message) const;
    [[nodiscard]] QJsonObject status(const QJsonObject& status) const;
    [[nodiscard]] QJsonObject templateStatus(
        const QJsonObject& node, const QString& event, const QString& reason) const;
    [[nodiscard]] QJsonObject templateQuality(const QJsonObject& node, const QString& previousScore) const;
    [[nodiscard]] QJsonObject userPreference(
        const QJsonObject& contact, const QString& value, qint64 timestamp) const;

    // The POST body for a batch of updates: one entry (the WABA); status
    // updates share one change's statuses[], inbound messages one change's
    // messages[] (with their contacts), other fields keep their own change.
    // Management fields (templates, preferences) also carry entry.time, as Meta's do.
    [[nodiscard]] QByteArray envelope(const QList<QJsonObject>& updates, qint64 time) const;

private:
    [[nodiscard]] QJsonObject messagesValue() const;

    QString m_wabaId;
    QJsonObject m_metadata;
};

} // namespace Atendo
