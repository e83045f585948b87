#include "server/sendops.h"

#include "core/clock.h"
#include "protocol/argreader.h"
#include "protocol/ops.h"
#include "server/consentservice.h"
#include "server/dispatcher.h"
#include "server/sendservice.h"
#include "server/templatesync.h"
#include "server/wiremapper.h"
#include "store/contactrepository.h"
#include "store/database.h"

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::ErrorCode;
using Protocol::Reply;

SendOps::SendOps(const ServerContext& context) : m_context(context)
{ }

void SendOps::registerOn(Dispatcher& d)
{
    d.add(Protocol::Op::MessageSend, [this](OpCall& c) { return send(c); });
    d.add(Protocol::Op::ConversationStart, [this](OpCall& c) { return start(c); });
    d.add(Protocol::Op::ContactOptOut, [this](OpCall& c) { return optOut(c); });
    d.add(
        Protocol::Op::TemplatesSync, [this](OpCall& c) { return syncTemplates(c); }, AgentRole::TeamLead);
}

Reply SendOps::send(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 conversationId = args.requireId(u"conversation_id");
    if (!args.ok())
        return call.fail(*args.error());
    const SendService::Result result = m_context.sends->send(call.agent(), conversationId, call.request.args);
    if (result.error)
        return call.fail(*result.error);
    return call.ok(QJsonObject {{u"message"_s, m_context.wire->message(result.message).toJson()}});
}

Reply SendOps::start(OpCall& call)
{
    qint64 conversationId = 0;
    const SendService::Result result
        = m_context.sends->start(call.agent(), call.request.args, &conversationId);
    if (result.error)
        return call.fail(*result.error);
    const auto conversation = m_context.wire->conversation(conversationId);
    return call.ok(QJsonObject {{u"conversation"_s, conversation ? conversation->toJson() : QJsonObject {}},
        {u"message"_s, m_context.wire->message(result.message).toJson()}});
}

Reply SendOps::optOut(OpCall& call)
{
    ArgReader args(call.request.args);
    const qint64 contactId = args.requireId(u"contact_id");
    const QString evidence = args.requireString(u"evidence", 2000).trimmed();
    if (!args.ok())
        return call.fail(*args.error());
    if (evidence.isEmpty())
        return call.fail(
            ErrorCode::BadRequest, u"say what the customer asked"_s, {{u"field"_s, u"evidence"_s}});
    if (!ContactRepository(*m_context.database).findById(contactId))
        return call.fail(ErrorCode::NotFound, u"no contact %1"_s.arg(contactId));
    ConsentEvent event;
    event.kind = ConsentKind::OptOut;
    event.source = ConsentSource::AgentOnCustomerRequest;
    event.evidence = evidence;
    event.actor = u"agent:"_s + call.agent().username;
    event.at = m_context.clock->now();
    const AppendResult result = m_context.consent->record(contactId, event);
    if (!result.accepted)
        return call.fail(ErrorCode::Internal, result.reason);
    const auto contact = m_context.wire->contact(contactId, true);
    return call.ok(QJsonObject {{u"contact"_s, contact ? contact->toJson(true) : QJsonObject {}}});
}

Reply SendOps::syncTemplates(OpCall& call)
{
    const bool started = m_context.templates->syncNow();
    return call.ok(QJsonObject {{u"started"_s, started}, {u"running"_s, m_context.templates->isRunning()}});
}

} // namespace Atendo
