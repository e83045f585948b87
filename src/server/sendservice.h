#pragma once

#include "core/messagetemplate.h"
#include "core/messagingpolicy.h"
#include "protocol/frames.h"
#include "server/servercontext.h"
#include "store/contactrow.h"
#include "store/conversationrow.h"
#include "store/messagerow.h"

#include <QJsonObject>

#include <optional>

namespace Atendo {

struct AgentRow;

// Every message an agent sends goes through here, and through core's
// MessagingPolicy before anything is stored: nothing reaches the outbox
// unless the rules allow it. A retried send with the same idempotency key
// returns the first message and sends nothing again.
class SendService
{
public:
    struct Result
    {
        std::optional<Protocol::Error> error;
        MessageRow message;
        bool created = false;
    };

    explicit SendService(const ServerContext& context);

    // args as message.send takes them (conversation_id aside).
    Result send(const AgentRow& actor, qint64 conversationId, const QJsonObject& args);
    // conversation.start: a template to a contact (by id or E.164 phone) who
    // opted in; the caller becomes the assignee.
    Result start(const AgentRow& actor, const QJsonObject& args, qint64* conversationId);

    [[nodiscard]] static Protocol::Error policyError(
        const PolicyDecision& decision, const CustomerWindow& window);
    [[nodiscard]] static CustomerWindow windowOf(const ConversationRow& conversation);
    // The stored template, with the status the server last heard of.
    [[nodiscard]] std::optional<MessageTemplate> findTemplate(
        const QString& name, const QString& language) const;

private:
    struct Draft
    {
        QString key;
        QString kind;
        QString text;
        std::optional<qint64> replyTo;
        QString templateName;
        QString templateLanguage;
        QJsonObject params;
        qint64 reactionTarget = 0;
        QString emoji;
    };

    [[nodiscard]] std::optional<Protocol::Error> readDraft(const QJsonObject& args, Draft& draft) const;
    Result deliver(const AgentRow& actor, const ConversationRow& conversation, const ContactRow& contact,
        const Draft& draft);
    Result addNote(const AgentRow& actor, const ConversationRow& conversation, const Draft& draft);
    Result store(const ConversationRow& conversation, MessageRow row, const QString& request);

    ServerContext m_context;
    MessagingPolicy m_policy;
};

} // namespace Atendo
