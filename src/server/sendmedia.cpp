// The media parts of SendService: the media.upload check and message.send
// with kind image/document/audio/video.
#include "cloudapi/graphrequests.h"
#include "cloudapi/mediarules.h"
#include "core/clock.h"
#include "protocol/argreader.h"
#include "server/consentservice.h"
#include "server/dispatcher.h"
#include "server/mediaoutbox.h"
#include "server/sendservice.h"
#include "store/agentrow.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"

#include <QJsonDocument>

namespace Atendo {

using namespace Qt::StringLiterals;
using Protocol::ArgReader;
using Protocol::Error;
using Protocol::ErrorCode;

namespace {

QString reasonName(MediaRules::Verdict verdict)
{
    switch (verdict) {
    case MediaRules::Verdict::UnsupportedType:
        return u"unsupported_type"_s;
    case MediaRules::Verdict::WrongKind:
        return u"wrong_kind"_s;
    case MediaRules::Verdict::Empty:
        return u"empty"_s;
    case MediaRules::Verdict::TooLarge:
        return u"too_large"_s;
    case MediaRules::Verdict::Ok:
        break;
    }
    return {};
}

Error mediaError(MediaRules::Verdict verdict, const QString& mimeType, qint64 size)
{
    const QString kind = MediaRules::kindOf(mimeType);
    QJsonObject details {{u"field"_s, verdict == MediaRules::Verdict::TooLarge ? u"size"_s : u"mime_type"_s},
        {u"reason"_s, reasonName(verdict)}};
    if (!kind.isEmpty())
        details.insert(u"max_bytes"_s, MediaRules::maxBytes(kind));
    return Error {ErrorCode::BadRequest, MediaRules::explain(verdict, mimeType, size), details};
}

} // namespace

bool SendService::isMediaKind(const QString& kind)
{
    return kind == u"image" || kind == u"document" || kind == u"audio" || kind == u"video";
}

SendContext SendService::freeFormContext(
    const AgentRow& actor, const ConversationRow& conversation, const ConsentLedger& ledger) const
{
    SendContext context;
    context.kind = SendKind::FreeForm;
    context.consent = &ledger;
    context.window = windowOf(conversation);
    context.now = m_context.clock->now();
    context.role = Dispatcher::roleOf(actor);
    context.actorIsAssignee = conversation.assigneeId == 0 || conversation.assigneeId == actor.id;
    return context;
}

std::optional<Error> SendService::checkUpload(const AgentRow& actor, qint64 conversationId,
    const QString& kind, const QString& mimeType, qint64 size) const
{
    Database& db = *m_context.database;
    const auto conversation = ConversationRepository(db).findById(conversationId);
    if (!conversation)
        return Error {ErrorCode::NotFound, u"no conversation %1"_s.arg(conversationId), {}};
    const auto contact = ContactRepository(db).findById(conversation->contactId);
    if (!contact)
        return Error {ErrorCode::NotFound, u"the conversation has no contact"_s, {}};
    // The rules first: a closed window says more than a wrong file type.
    const ConsentLedger ledger = m_context.consent->ledger(contact->id);
    const SendContext context = freeFormContext(actor, *conversation, ledger);
    const PolicyDecision decision = m_policy.decide(context);
    if (!decision.allowed)
        return policyError(decision, context.window);
    const MediaRules::Verdict verdict = MediaRules::check(mimeType, size, kind);
    if (verdict != MediaRules::Verdict::Ok)
        return mediaError(verdict, mimeType, size);
    return std::nullopt;
}

std::optional<Error> SendService::readMediaDraft(const QJsonObject& args, Draft& draft) const
{
    ArgReader reader(args);
    draft.mediaRef = reader.requireString(u"media_ref", 64);
    draft.caption = reader.optionalString(u"caption", {}, MediaRules::MaxCaption);
    draft.fileName = reader.optionalString(u"filename", {}, 240);
    if (!reader.ok())
        return reader.error();
    if (!draft.caption.isEmpty() && !MediaRules::takesCaption(draft.kind))
        return Error {ErrorCode::BadRequest, u"WhatsApp does not show captions on %1"_s.arg(draft.kind),
            {{u"field"_s, u"caption"_s}}};
    return std::nullopt;
}

std::optional<Error> SendService::buildMedia(const ConversationRow& conversation, const ContactRow& contact,
    const Draft& draft, MessageRow& row, QByteArray& request) const
{
    const auto entry = m_media.find(draft.mediaRef);
    // An upload made for one conversation is not a way to reach another.
    if (!entry || entry->conversationId != conversation.id)
        return Error {ErrorCode::NotFound, u"no uploaded file %1 for this conversation"_s.arg(draft.mediaRef),
            {{u"field"_s, u"media_ref"_s}}};
    const MediaRules::Verdict verdict = MediaRules::check(entry->mimeType, entry->size, draft.kind);
    if (verdict != MediaRules::Verdict::Ok)
        return mediaError(verdict, entry->mimeType, entry->size);
    const QString fileName = draft.fileName.isEmpty() ? entry->fileName : draft.fileName;
    row.kind = draft.kind;
    row.text = draft.caption;
    QJsonObject media {{u"ref"_s, entry->ref}, {u"mime_type"_s, entry->mimeType}, {u"size"_s, entry->size},
        {u"sha256"_s, entry->sha256}};
    if (!fileName.isEmpty())
        media.insert(u"filename"_s, fileName);
    row.payloadJson
        = QString::fromUtf8(QJsonDocument(QJsonObject {{u"media"_s, media}}).toJson(QJsonDocument::Compact));
    request = MediaOutbox::request(entry->ref,
        GraphRequests::mediaMessage(contact.phone, draft.kind, {}, draft.caption, fileName, draft.key));
    return std::nullopt;
}

} // namespace Atendo
