#pragma once

#include "core/messagetemplate.h"
#include "core/messagingpolicy.h"
#include "protocol/frames.h"
#include "server/mediafolder.h"
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

    // media.upload: whether `actor` may send a file of this type and size in
    // this conversation now (same rules as message.send, plus Meta's limits).
    [[nodiscard]] std::optional<Protocol::Error> checkUpload(const AgentRow& actor, qint64 conversationId,
        const QString& kind, const QString& mimeType, qint64 size) const;
    [[nodiscard]] const MediaFolder& mediaFolder() const { return m_media; }
    [[nodiscard]] static bool isMediaKind(const QString& kind);

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
        QString mediaRef;
        QString caption;
        QString fileName;
    };

    [[nodiscard]] std::optional<Protocol::Error> readDraft(const QJsonObject& args, Draft& draft) const;
    Result deliver(const AgentRow& actor, const ConversationRow& conversation, const ContactRow& contact,
        const Draft& draft);
    [[nodiscard]] std::optional<Protocol::Error> readMediaDraft(const QJsonObject& args, Draft& draft) const;
    [[nodiscard]] SendContext freeFormContext(
        const AgentRow& actor, const ConversationRow& conversation, const ConsentLedger& ledger) const;
    // Fills row (kind, caption, media payload) and the outbox request.
    [[nodiscard]] std::optional<Protocol::Error> buildMedia(const ConversationRow& conversation,
        const ContactRow& contact, const Draft& draft, MessageRow& row, QByteArray& request) const;
    Result addNote(const AgentRow& actor, const ConversationRow& conversation, const Draft& draft);
    Result store(const ConversationRow& conversation, MessageRow row, const QString& request);

    ServerContext m_context;
    MessagingPolicy m_policy;
    MediaFolder m_media;
};

} // namespace Atendo
