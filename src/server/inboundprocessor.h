#pragma once

#include "cloudapi/webhookbatch.h"
#include "core/keywordmatcher.h"
#include "core/ratecard.h"
#include "server/optinconfirmation.h"
#include "server/pendingstatuses.h"
#include "server/servercontext.h"
#include "store/contactrow.h"
#include "store/conversationrow.h"
#include "store/messagerow.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Atendo {

// Applies one verified webhook batch, in one transaction: customer messages
// (deduplicated by wamid) into conversations with their window renewed from
// the message's own timestamp, opt-out/opt-in keywords as consent events,
// delivery statuses (deduplicated by (wamid, status)) with pricing, template
// status and quality, and Meta's marketing preferences.
class InboundProcessor
{
public:
    struct Counts
    {
        int messages = 0;
        int duplicates = 0;
        int statuses = 0;
        int templates = 0;
        int preferences = 0;
    };

    InboundProcessor(const ServerContext& context, std::optional<RateCard> rateCard);

    // False when the batch could not be stored (nothing of it was kept).
    bool process(const WebhookBatch& batch, Counts* counts = nullptr);
    // Several batches in one transaction (joins the caller's, if any), with one
    // conversation.changed per conversation for all of them.
    bool process(const QList<WebhookBatch>& batches, Counts* counts = nullptr);

    // Applies the statuses that arrived before the outbox recorded `wamid`.
    void applyPending(const QString& wamid);
    [[nodiscard]] int pendingStatuses() const { return m_pending.size(); }

    // Set when a status webhook names a template this server does not know.
    [[nodiscard]] bool wantsTemplateSync() const { return m_wantsSync; }
    void clearTemplateSyncWish() { m_wantsSync = false; }

private:
    // A conversation changed by the batch being processed.
    struct Touched
    {
        std::optional<ConversationRow> row;
        ContactRow contact;
        bool reload = false; // changed by more than the row says
    };

    void apply(const WebhookBatch& batch, Counts& counts);
    void touch(qint64 conversationId, const std::optional<ConversationRow>& row, const ContactRow& contact,
        bool reload);
    void publishTouched();
    void message(const InboundMessage& message, Counts& counts);
    void status(const StatusUpdate& update, Counts& counts);
    void templateStatus(const TemplateStatusEvent& event);
    void templateQuality(const TemplateQualityEvent& event);
    void preference(const UserPreferenceEvent& event);
    // True when the message was a consent keyword.
    bool applyKeyword(qint64 contactId, qint64 conversationId, const InboundMessage& message);
    [[nodiscard]] QJsonObject pricingJson(const StatusUpdate& update, const QString& phone) const;
    // message.status's data, as WireMapper::statusData() gives it.
    [[nodiscard]] QJsonObject statusEvent(const MessageRow& row);
    void publishTemplate(const QString& name, const QString& language);

    ServerContext m_context;
    std::optional<RateCard> m_rateCard;
    KeywordMatcher m_keywords;
    OptInConfirmation m_confirmation;
    PendingStatuses m_pending;
    bool m_wantsSync = false;
    QHash<qint64, Touched> m_touched;
    // Pricing text → its object, for status events (bounded: cleared when full).
    static constexpr qsizetype MaxPricingObjects = 256;
    QHash<QString, QJsonObject> m_pricingObjects;
    QList<qint64> m_touchedOrder;
};

} // namespace Atendo
