#include "server/inboundprocessor.h"

#include "core/clock.h"
#include "core/customerwindow.h"
#include "protocol/ops.h"
#include "server/consentservice.h"
#include "server/contactresolver.h"
#include "server/conversationservice.h"
#include "server/eventbus.h"
#include "server/inboundmessagerow.h"
#include "server/readops.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "server/wiremapper.h"
#include "store/billingrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/statuslog.h"
#include "store/templaterepository.h"

#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;

InboundProcessor::InboundProcessor(const ServerContext& context, std::optional<RateCard> rateCard)
    : m_context(context)
    , m_rateCard(std::move(rateCard))
    , m_keywords(KeywordMatcher::withDefaults())
    , m_confirmation(context)
{
    if (!context.config->optOutKeywords.isEmpty())
        m_keywords.setOptOutKeywords(context.config->optOutKeywords);
    if (!context.config->optInKeywords.isEmpty())
        m_keywords.setOptInKeywords(context.config->optInKeywords);
}

bool InboundProcessor::process(const WebhookBatch& batch, Counts* counts)
{
    return process(QList<WebhookBatch> {batch}, counts);
}

bool InboundProcessor::process(const QList<WebhookBatch>& batches, Counts* counts)
{
    Counts local;
    Database& db = *m_context.database;
    Transaction tx = db.transaction();
    if (!tx.isActive())
        return false;
    EventBatch events(*m_context.bus);
    m_touched.clear();
    m_touchedOrder.clear();
    for (const WebhookBatch& batch : batches)
        apply(batch, local);
    publishTouched();
    if (!tx.commit()) {
        qCCritical(lcWebhook) << "webhook batch rolled back:" << db.lastError();
        return false;
    }
    events.commit();
    if (counts)
        *counts = local;
    return true;
}

void InboundProcessor::apply(const WebhookBatch& batch, Counts& counts)
{
    for (const InboundMessage& item : batch.messages)
        message(item, counts);
    for (const StatusUpdate& item : batch.statuses)
        status(item, counts);
    for (const TemplateStatusEvent& item : batch.templateStatuses)
        templateStatus(item);
    for (const TemplateQualityEvent& item : batch.templateQualities)
        templateQuality(item);
    for (const UserPreferenceEvent& item : batch.userPreferences)
        preference(item);
    for (const CloudApiError& error : batch.errors)
        qCWarning(lcWebhook) << "Meta reported error" << error.code << error.title << error.details;
    counts.templates += int(batch.templateStatuses.size() + batch.templateQualities.size());
    counts.preferences += int(batch.userPreferences.size());
}

void InboundProcessor::touch(
    qint64 conversationId, const std::optional<ConversationRow>& row, const ContactRow& contact, bool reload)
{
    auto it = m_touched.find(conversationId);
    if (it == m_touched.end()) {
        m_touchedOrder.append(conversationId);
        it = m_touched.insert(conversationId, Touched {});
    }
    it->row = row;
    it->contact = contact;
    it->reload = it->reload || reload || !row;
}

void InboundProcessor::publishTouched()
{
    // One conversation.changed per conversation per batch, however many of its
    // messages arrived: consoles only need the final state.
    for (const qint64 id : std::as_const(m_touchedOrder)) {
        const Touched& touched = m_touched[id];
        if (touched.reload) {
            m_context.conversations->publish(id);
            continue;
        }
        m_context.bus->publish(Protocol::Ev::ConversationChanged,
            QJsonObject {
                {u"conversation"_s, m_context.wire->conversation(*touched.row, touched.contact).toJson()}});
    }
    m_touched.clear();
    m_touchedOrder.clear();
}

void InboundProcessor::applyPending(const QString& wamid)
{
    const QList<StatusUpdate> updates = m_pending.take(wamid);
    if (updates.isEmpty())
        return;
    Database& db = *m_context.database;
    Transaction tx = db.transaction();
    EventBatch events(*m_context.bus);
    Counts counts;
    for (const StatusUpdate& update : updates)
        status(update, counts);
    if (!tx.commit()) {
        qCCritical(lcWebhook) << "held statuses for" << wamid << "not stored:" << db.lastError();
        return;
    }
    events.commit();
    qCDebug(lcWebhook) << counts.statuses << "held statuses applied to" << wamid;
}

void InboundProcessor::message(const InboundMessage& item, Counts& counts)
{
    Database& db = *m_context.database;
    const auto contact = ContactResolver::resolve(db, item.fromUserId, item.from, item.profileName);
    if (!contact)
        return;
    const QDateTime now = m_context.clock->now();
    const auto conversation = m_context.conversations->forInbound(*contact, now);
    if (!conversation)
        return;

    MessageRepository messages(db);
    MessageRow row = InboundMessageRow::from(item, conversation->id, now, messages);
    const MessageInsert insert = messages.insertInbound(row);
    if (insert.id <= 0)
        return;
    if (!insert.inserted) {
        ++counts.duplicates;
        return;
    }
    row.id = insert.id;
    ++counts.messages;

    // The window counts from when the customer sent it, not from when Meta
    // delivered the webhook; the repository only ever moves it forward.
    CustomerWindow window = CustomerWindow::opened(conversation->lastInboundAt).renewed(item.timestamp);
    if (item.isFromAd())
        window = window.withFreeEntryPoint(item.timestamp);
    const auto after = ConversationRepository(db).recordInboundRow(*conversation, item.timestamp,
        window.expiresAt(), window.freeEntryPointExpiresAt(), InboundMessageRow::preview(row), now);
    const bool assigned = m_context.conversations->autoAssign(conversation->id);

    m_context.bus->publish(
        Protocol::Ev::MessageCreated, QJsonObject {{u"message"_s, m_context.wire->message(row).toJson()}});
    const bool consentChanged = applyKeyword(contact->id, conversation->id, item);
    // An assignment or a consent change is not in the rows at hand: re-read those.
    touch(conversation->id, after, *contact, assigned || consentChanged);
}

bool InboundProcessor::applyKeyword(qint64 contactId, qint64 conversationId, const InboundMessage& item)
{
    if (item.type != InboundType::Text)
        return false;
    const KeywordIntent intent = m_keywords.classify(item.text);
    if (intent == KeywordIntent::None)
        return false;
    ConsentEvent event;
    event.kind = intent == KeywordIntent::OptOut ? ConsentKind::OptOut : ConsentKind::OptIn;
    event.source = ConsentSource::Keyword;
    event.evidence = item.text.left(200) + u" ("_s + item.wamid + u')';
    event.actor = u"customer"_s;
    event.at = item.timestamp;
    const auto before = ContactRepository(*m_context.database).findById(contactId);
    const bool wasOptedIn = before && before->consentState == ConsentState::OptedIn;
    if (m_context.consent->record(contactId, event).accepted && event.kind == ConsentKind::OptIn
        && !wasOptedIn)
        m_confirmation.queue(conversationId, item.wamid);
    return true;
}

QJsonObject InboundProcessor::pricingJson(const StatusUpdate& update, const QString& phone) const
{
    const StatusUpdate::Pricing& pricing = update.pricing;
    // Older API versions say `billable`; newer ones only say the type.
    const bool billable = pricing.billable.value_or(pricing.type == u"regular");
    qint64 micros = 0;
    QString currency = u"USD"_s;
    if (m_rateCard) {
        currency = m_rateCard->currency();
        const auto category = messageCategoryFromName(pricing.category);
        if (billable && category)
            micros = m_rateCard->priceMicrosForE164(phone, *category).value_or(0);
    }
    return QJsonObject {{u"category"_s, pricing.category}, {u"type"_s, pricing.type},
        {u"billable"_s, billable}, {u"price_micros"_s, micros}, {u"currency"_s, currency}};
}

void InboundProcessor::status(const StatusUpdate& update, Counts& counts)
{
    Database& db = *m_context.database;
    StatusLog log(db);
    // The (wamid, status) log is the deduplication: a repeat costs one statement.
    // Meta's own words are kept for failures only (their errors); the other
    // statuses say nothing the log's columns do not.
    const QString raw = update.status == DeliveryStatus::Failed
        ? QString::fromUtf8(QJsonDocument(update.raw).toJson(QJsonDocument::Compact))
        : QString();
    if (!log.record(update.wamid, update.statusName, update.timestamp, raw))
        return;
    QString code;
    QString text;
    if (update.status == DeliveryStatus::Failed && !update.errors.isEmpty()) {
        const CloudApiError& error = update.errors.constFirst();
        code = u"meta_%1"_s.arg(error.code);
        text = error.details.isEmpty() ? (error.message.isEmpty() ? error.title : error.message)
                                       : error.details;
    }
    MessageRepository messages(db);
    StatusChange change;
    if (update.status != DeliveryStatus::Unknown)
        change = messages.applyStatus(update.wamid, update.statusName, code, text);
    else
        change.target = messages.findStatusTarget(update.wamid);
    std::optional<MessageStatusTarget>& target = change.target;
    bool changed = change.advanced;
    if (!target || target->row.direction != u"out") {
        // Meta's `sent` can beat the reply that tells the outbox this wamid;
        // held until then (or dropped later: another app on the number). Not
        // logged yet, so that it counts as new when it is applied.
        log.forget(update.wamid, update.statusName);
        if (!target)
            m_pending.hold(update, m_context.clock->now());
        return;
    }
    ++counts.statuses;
    MessageRow& row = target->row;
    if (update.pricing.present) {
        const QJsonObject pricing = pricingJson(update, target->contactPhone);
        const QString pricingText = QString::fromUtf8(QJsonDocument(pricing).toJson(QJsonDocument::Compact));
        // `sent` and `delivered` usually repeat the same pricing: bill once.
        if (pricingText != row.pricingJson) {
            messages.setPricing(row.id, pricingText);
            BillingRepository(db).record(row.id, row.authorId, pricing.value(u"category"_s).toString(),
                pricing.value(u"type"_s).toString(), pricing.value(u"billable"_s).toBool(),
                pricing.value(u"price_micros"_s).toInteger(), pricing.value(u"currency"_s).toString(),
                update.timestamp);
            row.pricingJson = pricingText;
            changed = true;
        }
    }
    if (changed)
        m_context.bus->publish(Protocol::Ev::MessageStatus, statusEvent(row));
}

QJsonObject InboundProcessor::statusEvent(const MessageRow& row)
{
    // WireMapper::statusData() parses the pricing text on every call, yet a
    // busy number repeats a handful of pricings: parsed once each here.
    MessageRow bare = row;
    bare.pricingJson.clear();
    QJsonObject data = WireMapper::statusData(bare);
    if (row.pricingJson.isEmpty())
        return data;
    auto it = m_pricingObjects.constFind(row.pricingJson);
    if (it == m_pricingObjects.cend()) {
        if (m_pricingObjects.size() >= MaxPricingObjects)
            m_pricingObjects.clear();
        it = m_pricingObjects.insert(
            row.pricingJson, QJsonDocument::fromJson(row.pricingJson.toUtf8()).object());
    }
    if (!it->isEmpty())
        data.insert(u"pricing"_s, *it);
    return data;
}

void InboundProcessor::publishTemplate(const QString& name, const QString& language)
{
    const auto row = TemplateRepository(*m_context.database).find(name, language);
    if (!row) {
        m_wantsSync = true;
        return;
    }
    m_context.bus->publish(
        Protocol::Ev::TemplateChanged, QJsonObject {{u"template"_s, ReadOps::templateJson(*row)}});
}

void InboundProcessor::templateStatus(const TemplateStatusEvent& event)
{
    TemplateRepository repo(*m_context.database);
    if (!repo.find(event.name, event.language)) {
        m_wantsSync = true;
        return;
    }
    repo.setStatus(event.name, event.language, event.event.toUpper());
    publishTemplate(event.name, event.language);
}

void InboundProcessor::templateQuality(const TemplateQualityEvent& event)
{
    TemplateRepository repo(*m_context.database);
    if (!repo.find(event.name, event.language)) {
        m_wantsSync = true;
        return;
    }
    repo.setQuality(event.name, event.language, event.newQualityScore.toUpper());
    publishTemplate(event.name, event.language);
}

void InboundProcessor::preference(const UserPreferenceEvent& event)
{
    if (!event.isStop() && !event.isResume())
        return;
    const auto contact = ContactResolver::resolve(*m_context.database, event.userId, event.waId, {});
    if (!contact)
        return;
    ConsentEvent consent;
    consent.kind = event.isStop() ? ConsentKind::MarketingStop : ConsentKind::MarketingResume;
    consent.source = ConsentSource::MetaMarketingStop;
    consent.evidence = event.detail.isEmpty() ? event.category : event.detail;
    consent.actor = u"customer"_s;
    consent.at = event.timestamp.isValid() ? event.timestamp : m_context.clock->now();
    m_context.consent->record(contact->id, consent);
    // A conversation of this contact already touched by the batch must not be
    // published later with the contact as it was before.
    for (Touched& touched : m_touched) {
        if (touched.contact.id == contact->id)
            touched.reload = true;
    }
}

} // namespace Atendo
