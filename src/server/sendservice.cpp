#include "server/sendservice.h"

#include "cloudapi/graphrequests.h"
#include "core/clock.h"
#include "core/phonenumber.h"
#include "core/templaterenderer.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "protocol/wiretime.h"
#include "server/consentservice.h"
#include "server/conversationservice.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/outboxworker.h"
#include "server/serverconfig.h"
#include "server/wiremapper.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/outbox.h"
#include "store/templaterepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::Error;
using Protocol::ErrorCode;

namespace {

PolicyConfig policyConfig(const ServerConfig& config)
{
    PolicyConfig policy;
    policy.billing.serviceMessagesBillable = config.serviceMessagesBillable;
    policy.billing.utilityInWindowBillable = config.utilityInWindowBillable;
    return policy;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error fail(ErrorCode code, const QString& message, const QJsonObject& details = {})
{
    return Error {code, message, details};
}

} // namespace

SendService::SendService(const ServerContext& context)
    : m_context(context)
    , m_policy(policyConfig(*context.config))
    , m_media(context.config->resolvedMediaDirectory())
{ }

CustomerWindow SendService::windowOf(const ConversationRow& conversation)
{
    CustomerWindow window = CustomerWindow::opened(conversation.lastInboundAt);
    if (conversation.fepExpiresAt.isValid())
        window = window.withFreeEntryPoint(
            conversation.fepExpiresAt.addSecs(-CustomerWindow::FreeEntryPointLength.count()));
    return window;
}

std::optional<MessageTemplate> SendService::findTemplate(const QString& name, const QString& language) const
{
    const auto row = TemplateRepository(*m_context.database).find(name, language);
    if (!row)
        return std::nullopt;
    auto tmpl = MessageTemplate::fromGraphJson(QJsonDocument::fromJson(row->graphJson.toUtf8()).object());
    if (tmpl)
        tmpl->status = templateStatusFromName(row->status);
    return tmpl;
}

Error SendService::policyError(const PolicyDecision& decision, const CustomerWindow& window)
{
    switch (decision.reason) {
    case PolicyReason::WindowClosed: {
        const QDateTime expires = window.expiresAt();
        return fail(ErrorCode::WindowClosed,
            expires.isValid()
                ? u"The 24-hour window closed at %1; only an approved template can be sent"_s.arg(
                    expires.toString(Qt::ISODate))
                : u"The customer never wrote; only an approved template can be sent"_s,
            QJsonObject {{u"expires_at"_s, Protocol::wireTimeOrNull(expires)}});
    }
    case PolicyReason::ContactOptedOut:
        return fail(ErrorCode::ContactOptedOut, u"The contact opted out; nothing may be sent to them"_s);
    case PolicyReason::NoOptIn:
        return fail(ErrorCode::NoOptIn, u"The contact never opted in and has no open window"_s);
    case PolicyReason::TemplateNotApproved:
        return fail(ErrorCode::TemplateNotApproved, u"The template is not approved by Meta"_s);
    case PolicyReason::MarketingStopped:
        return fail(ErrorCode::MarketingStopped, u"The contact stopped marketing messages in WhatsApp"_s);
    case PolicyReason::NotAssigned:
        return fail(ErrorCode::NotAssigned, u"The conversation belongs to another agent"_s);
    case PolicyReason::TemplateParamsInvalid: {
        QJsonArray fields;
        for (const TemplateParamError& error : decision.paramErrors) {
            fields.append(QJsonObject {{u"component"_s, templateComponentName(error.component)},
                {u"key"_s, error.key}, {u"reason"_s, templateParamErrorReasonName(error.reason)}});
        }
        return fail(ErrorCode::TemplateParamsInvalid, u"%1 template fields are invalid"_s.arg(fields.size()),
            QJsonObject {{u"fields"_s, fields}});
    }
    case PolicyReason::None:
        break;
    }
    return fail(ErrorCode::Internal, u"the send was refused"_s);
}

std::optional<Error> SendService::readDraft(const QJsonObject& args, Draft& draft) const
{
    ArgReader reader(args);
    draft.key = reader.requireString(u"key", 64);
    draft.kind = reader.requireEnum(u"kind",
        {u"text"_s, u"template"_s, u"note"_s, u"reaction"_s, u"image"_s, u"document"_s, u"audio"_s,
            u"video"_s});
    if (!reader.ok())
        return reader.error();
    if (draft.key.size() < 8)
        return fail(ErrorCode::BadRequest, u"key must have 8 to 64 characters"_s, {{u"field"_s, u"key"_s}});
    if (isMediaKind(draft.kind))
        return readMediaDraft(args, draft);
    if (draft.kind == u"text" || draft.kind == u"note") {
        draft.text = reader.requireString(u"text", 4096);
        draft.replyTo = reader.optionalId(u"reply_to");
        if (reader.ok() && draft.text.trimmed().isEmpty())
            return fail(ErrorCode::BadRequest, u"text may not be empty"_s, {{u"field"_s, u"text"_s}});
    } else if (draft.kind == u"template") {
        const QJsonObject tmpl = reader.requireObject(u"template");
        ArgReader inner(tmpl);
        draft.templateName = inner.requireString(u"name", 512);
        draft.templateLanguage = inner.requireString(u"language", 16);
        draft.params = inner.optionalObject(u"params");
        if (!inner.ok())
            return inner.error();
    } else {
        draft.reactionTarget = reader.requireId(u"target_id");
        draft.emoji = reader.optionalString(u"emoji", {}, 16);
    }
    if (!reader.ok())
        return reader.error();
    return std::nullopt;
}

SendService::Result SendService::send(const AgentRow& actor, qint64 conversationId, const QJsonObject& args)
{
    Draft draft;
    if (auto error = readDraft(args, draft))
        return Result {error, {}, false};
    Database& db = *m_context.database;
    if (const auto existing = MessageRepository(db).findByKey(draft.key)) {
        if (existing->conversationId != conversationId)
            return Result {
                fail(ErrorCode::Conflict, u"this key was used for another conversation"_s), {}, false};
        return Result {std::nullopt, *existing, false};
    }
    const auto conversation = ConversationRepository(db).findById(conversationId);
    if (!conversation)
        return Result {fail(ErrorCode::NotFound, u"no conversation %1"_s.arg(conversationId)), {}, false};
    if (draft.kind == u"note")
        return addNote(actor, *conversation, draft);
    const auto contact = ContactRepository(db).findById(conversation->contactId);
    if (!contact)
        return Result {fail(ErrorCode::NotFound, u"the conversation has no contact"_s), {}, false};
    return deliver(actor, *conversation, *contact, draft);
}

SendService::Result SendService::addNote(
    const AgentRow& actor, const ConversationRow& conversation, const Draft& draft)
{
    MessageRow row;
    row.conversationId = conversation.id;
    row.idempotencyKey = draft.key;
    row.direction = u"note"_s;
    row.kind = u"text"_s;
    row.text = draft.text;
    row.authorId = actor.id;
    row.status = u"sent"_s;
    row.createdAt = m_context.clock->now();
    return store(conversation, row, {});
}

SendService::Result SendService::deliver(
    const AgentRow& actor, const ConversationRow& conversation, const ContactRow& contact, const Draft& draft)
{
    Database& db = *m_context.database;
    const ConsentLedger ledger = m_context.consent->ledger(contact.id);
    const std::optional<MessageTemplate> tmpl
        = draft.kind == u"template" ? findTemplate(draft.templateName, draft.templateLanguage) : std::nullopt;
    TemplateParameters params;
    if (draft.kind == u"template") {
        QString why;
        const auto parsed = TemplateParameters::fromJson(draft.params, &why);
        if (!parsed)
            return Result {fail(ErrorCode::BadRequest, why, {{u"field"_s, u"params"_s}}), {}, false};
        params = *parsed;
    }
    const bool willClaim = conversation.assigneeId == 0;
    SendContext context = freeFormContext(actor, conversation, ledger);
    context.kind = draft.kind == u"template" ? SendKind::Template
        : draft.kind == u"reaction"          ? SendKind::Reaction
                                             : SendKind::FreeForm;
    context.tmpl = tmpl ? &*tmpl : nullptr;
    context.params = params;
    const PolicyDecision decision = m_policy.decide(context);
    if (!decision.allowed)
        return Result {policyError(decision, context.window), {}, false};
    if (contact.phone.isEmpty())
        return Result {
            fail(ErrorCode::BadRequest, u"the contact has no phone number to send to"_s), {}, false};

    MessageRow row;
    row.conversationId = conversation.id;
    row.idempotencyKey = draft.key;
    row.direction = u"out"_s;
    row.kind = draft.kind;
    row.authorId = actor.id;
    row.status = u"queued"_s;
    row.createdAt = context.now;
    QByteArray body;
    QJsonObject payload;
    if (draft.kind == u"text") {
        row.text = draft.text;
        if (draft.replyTo) {
            const auto quoted = MessageRepository(db).findById(*draft.replyTo);
            if (!quoted || quoted->conversationId != conversation.id)
                return Result {
                    fail(ErrorCode::NotFound, u"no message %1 here"_s.arg(*draft.replyTo)), {}, false};
            row.replyTo = quoted->wamid;
        }
        body = GraphRequests::textMessageBody(contact.phone, draft.text, false, row.replyTo, draft.key);
    } else if (draft.kind == u"template") {
        row.text = TemplateRenderer::renderText(*tmpl, params);
        payload.insert(u"template"_s,
            QJsonObject {{u"name"_s, tmpl->name}, {u"language"_s, tmpl->language},
                {u"category"_s, messageCategoryName(tmpl->category)}, {u"params"_s, params.toJson()}});
        body = GraphRequests::templateMessageBody(contact.phone, tmpl->name, tmpl->language,
            TemplateRenderer::buildComponents(*tmpl, params), draft.key);
    } else if (isMediaKind(draft.kind)) {
        if (auto error = buildMedia(conversation, contact, draft, row, body))
            return Result {error, {}, false};
        payload = QJsonDocument::fromJson(row.payloadJson.toUtf8()).object();
    } else {
        const auto target = MessageRepository(db).findById(draft.reactionTarget);
        if (!target || target->conversationId != conversation.id || target->wamid.isEmpty())
            return Result {
                fail(ErrorCode::NotFound, u"no message %1 to react to"_s.arg(draft.reactionTarget)), {},
                false};
        row.text = draft.emoji;
        payload.insert(u"reaction"_s, QJsonObject {{u"target_id"_s, target->id}, {u"emoji"_s, draft.emoji}});
        body = GraphRequests::reactionBody(contact.phone, target->wamid, draft.emoji);
    }
    if (!payload.isEmpty())
        row.payloadJson = compact(payload);

    Transaction tx = db.transaction();
    EventBatch batch(*m_context.bus);
    if (willClaim && !ConversationRepository(db).claim(conversation.id, actor.id)) {
        const auto now = ConversationRepository(db).findById(conversation.id);
        if (now && now->assigneeId != actor.id && Dispatcher::roleOf(actor) == AgentRole::Agent)
            return Result {
                fail(ErrorCode::NotAssigned, u"Another agent took this conversation"_s), {}, false};
    }
    Result result = store(conversation, row, QString::fromUtf8(body));
    if (result.error || !tx.commit())
        return result.error
            ? result
            : Result {fail(ErrorCode::Internal, u"the message could not be stored"_s), {}, false};
    batch.commit();
    if (result.created)
        m_context.outbox->kick();
    return result;
}

SendService::Result SendService::store(
    const ConversationRow& conversation, MessageRow row, const QString& request)
{
    Database& db = *m_context.database;
    Transaction tx = db.transaction();
    EventBatch batch(*m_context.bus);
    MessageRepository messages(db);
    const MessageInsert insert = messages.insertOutbound(row);
    if (insert.id <= 0)
        return Result {fail(ErrorCode::Internal, u"the message could not be stored"_s), {}, false};
    if (!insert.inserted) {
        tx.commit();
        batch.commit();
        return Result {std::nullopt, messages.findById(insert.id).value_or(row), false};
    }
    row.id = insert.id;
    if (!request.isEmpty() && Outbox(db).enqueue(row.id, request, row.createdAt) <= 0)
        return Result {fail(ErrorCode::Internal, u"the message could not be queued"_s), {}, false};
    const QString preview = row.kind == u"template"
        ? row.text.simplified().left(120)
        : (row.text.simplified().isEmpty() ? u'[' + row.kind + u']' : row.text.simplified().left(120));
    ConversationRepository(db).recordOutbound(conversation.id, preview, row.direction, row.createdAt);
    m_context.bus->publish(
        Protocol::Ev::MessageCreated, QJsonObject {{u"message"_s, m_context.wire->message(row).toJson()}});
    m_context.conversations->publish(conversation.id);
    if (!tx.commit())
        return Result {fail(ErrorCode::Internal, u"the message could not be stored"_s), {}, false};
    batch.commit();
    return Result {std::nullopt, row, true};
}

SendService::Result SendService::start(const AgentRow& actor, const QJsonObject& args, qint64* conversationId)
{
    ArgReader reader(args);
    const auto contactId = reader.optionalId(u"contact_id");
    const QString phone = reader.optionalString(u"phone", {}, 32);
    if (!reader.ok())
        return Result {reader.error(), {}, false};
    Database& db = *m_context.database;
    std::optional<ContactRow> contact;
    if (contactId) {
        contact = ContactRepository(db).findById(*contactId);
    } else {
        const auto e164 = PhoneNumber::toE164(phone);
        if (!e164)
            return Result {fail(ErrorCode::BadRequest, u"give contact_id or an E.164 phone"_s,
                               {{u"field"_s, u"phone"_s}}),
                {}, false};
        contact = ContactRepository(db).findByPhone(*e164);
    }
    // A number nobody ever recorded has no opt-in: nothing to create.
    if (!contact)
        return Result {fail(ErrorCode::NoOptIn, u"This contact never opted in"_s), {}, false};
    QJsonObject sendArgs = args;
    sendArgs.insert(u"kind"_s, u"template"_s);
    Transaction tx = db.transaction();
    EventBatch batch(*m_context.bus);
    // Starting never takes an open conversation away from the colleague who holds it;
    // a team lead uses conversation.takeover for that.
    if (const auto held = ConversationRepository(db).latestForContact(contact->id); held
        && held->state != u"resolved" && held->assigneeId != 0 && held->assigneeId != actor.id
        && Dispatcher::roleOf(actor) == AgentRole::Agent)
        return Result {fail(ErrorCode::NotAssigned,
                           u"Another agent is handling this contact's conversation %1"_s.arg(held->id),
                           {{u"conversation_id"_s, held->id}, {u"assignee_id"_s, held->assigneeId}}),
            {}, false};
    const auto conversation = m_context.conversations->forInbound(*contact, m_context.clock->now());
    if (!conversation)
        return Result {fail(ErrorCode::Internal, u"the conversation could not be stored"_s), {}, false};
    if (conversation->assigneeId != actor.id)
        ConversationRepository(db).setAssignee(conversation->id, actor.id);
    Result result = send(actor, conversation->id, sendArgs);
    if (result.error)
        return result;
    if (!tx.commit())
        return Result {fail(ErrorCode::Internal, u"the conversation could not be stored"_s), {}, false};
    batch.commit();
    *conversationId = conversation->id;
    return result;
}

} // namespace Atendo
