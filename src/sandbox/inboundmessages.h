#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

class QRandomGenerator;

namespace Atendo {

struct SandboxConfig;
class MediaStore;
class SandboxClock;
class WebhookDispatcher;
class WebhookPayloads;
class WindowTracker;

// Turns "customer X sends Y" (the control API, the simulated customers, the
// seeded history) into a messages[] webhook in Meta's documented shape, and
// opens the customer's window in the sandbox's own tracker.
class InboundMessages
{
public:
    struct Result
    {
        QString wamid;
        QString error; // non-empty: the request was refused
    };

    InboundMessages(const SandboxConfig& config, const SandboxClock& clock, QRandomGenerator& random,
        WindowTracker& windows, MediaStore& media, WebhookDispatcher& dispatcher);

    // request: {from, name?, user_id?, type, text?, timestamp?, context_id?,
    // payload?, latitude?, longitude?, referral?} as POST /sandbox/inbound takes it.
    Result inject(const QJsonObject& request);

    // contacts[] item for a customer: {profile:{name}, wa_id, user_id?}.
    [[nodiscard]] QJsonObject contact(const QString& waId) const;
    void rememberContact(const QString& waId, const QString& name, const QString& userId);
    // The wa_id of the customer with this business-scoped user id, or empty.
    [[nodiscard]] QString waIdForUserId(const QString& userId) const;

private:
    [[nodiscard]] QString typeObject(const QJsonObject& request, QJsonObject& message);
    [[nodiscard]] QJsonObject mediaObject(const QString& type, const QJsonObject& request);

    struct Contact
    {
        QString name;
        QString userId;
    };

    const SandboxConfig& m_config;
    const SandboxClock& m_clock;
    QRandomGenerator& m_random;
    WindowTracker& m_windows;
    MediaStore& m_media;
    WebhookDispatcher& m_dispatcher;
    QHash<QString, Contact> m_contacts;
    QByteArray m_photo;
    QByteArray m_document;
};

} // namespace Atendo
