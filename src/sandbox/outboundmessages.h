#pragma once

#include "sandbox/metaerror.h"
#include "sandbox/sentmessage.h"
#include "sandbox/tokenbucket.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class QRandomGenerator;

namespace Atendo {

struct SandboxConfig;
class SandboxClock;
class MediaStore;
class StatusSimulator;
class TemplateCatalog;
class WindowTracker;

// POST /{version}/{phone_number_id}/messages: Meta's rules, enforced with
// Meta's codes. Synchronous failures answer the Graph error object; the
// asynchronous ones (131047, 131026, 131050) are accepted with a wamid and
// then fail in a status webhook, as Meta does.
class OutboundMessages : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboundMessages)

public:
    struct Answer
    {
        int httpStatus = 200;
        QJsonObject body;
        std::optional<MetaError> error;
    };

    OutboundMessages(const SandboxConfig& config, const SandboxClock& clock, QRandomGenerator& random,
        const TemplateCatalog& templates, WindowTracker& windows, StatusSimulator& statuses,
        QObject* parent = nullptr);

    [[nodiscard]] Answer send(const QJsonObject& body, const QString& apiVersion);

    [[nodiscard]] const QList<SentMessage>& sent() const { return m_sent; }
    [[nodiscard]] std::optional<SentMessage> find(const QString& wamid) const;
    [[nodiscard]] const QJsonArray& reads() const { return m_reads; }

    // Maps a business-scoped user id (`recipient`) to the customer's wa_id.
    void setRecipientResolver(std::function<QString(const QString&)> resolver)
    {
        m_resolve = std::move(resolver);
    }

    // Where media ids in image/document/audio/video sends are looked up.
    void setMediaStore(const MediaStore* media) { m_media = media; }

    void setMarketingStopped(const QString& waId, bool stopped);
    [[nodiscard]] bool marketingStopped(const QString& waId) const
    {
        return m_marketingStopped.contains(waId);
    }

Q_SIGNALS:
    void accepted(const Atendo::SentMessage& message);

private:
    [[nodiscard]] Answer markRead(const QJsonObject& body);
    [[nodiscard]] std::optional<MetaError> describe(const QJsonObject& body, SentMessage& message) const;
    [[nodiscard]] std::optional<MetaError> describeMedia(const QJsonObject& body, SentMessage& message) const;
    [[nodiscard]] std::optional<MetaError> describeTemplate(
        const QJsonObject& body, SentMessage& message) const;
    [[nodiscard]] std::optional<MetaError> asyncFailure(const SentMessage& message) const;
    void price(SentMessage& message);
    void statusChanged(const QString& wamid, const QString& status, int errorCode);

    const SandboxConfig& m_config;
    const SandboxClock& m_clock;
    QRandomGenerator& m_random;
    const TemplateCatalog& m_templates;
    WindowTracker& m_windows;
    StatusSimulator& m_statuses;
    TokenBucket m_throughput;
    QHash<QString, TokenBucket> m_pairs;
    QList<SentMessage> m_sent;
    QHash<QString, qsizetype> m_byWamid;
    QJsonArray m_reads;
    QSet<QString> m_marketingStopped;
    std::function<QString(const QString&)> m_resolve;
    const MediaStore* m_media = nullptr;
};

} // namespace Atendo
