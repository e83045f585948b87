#include "server/optinconfirmation.h"

#include "cloudapi/graphrequests.h"
#include "core/clock.h"
#include "protocol/ops.h"
#include "server/conversationservice.h"
#include "server/eventbus.h"
#include "server/outboxworker.h"
#include "server/sendservice.h"
#include "server/serverconfig.h"
#include "server/serverlogging.h"
#include "server/wiremapper.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/outbox.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace Atendo {

using namespace Qt::StringLiterals;

OptInConfirmation::OptInConfirmation(const ServerContext& context) : m_context(context)
{ }

bool OptInConfirmation::enabled() const
{
    return !m_context.config->optInConfirmation.isEmpty();
}

void OptInConfirmation::queue(qint64 conversationId, const QString& keywordWamid)
{
    if (!enabled())
        return;
    Database& db = *m_context.database;
    const auto conversation = ConversationRepository(db).findById(conversationId);
    const auto contact
        = conversation ? ContactRepository(db).findById(conversation->contactId) : std::nullopt;
    if (!contact || contact->phone.isEmpty() || contact->consentState != ConsentState::OptedIn)
        return;
    const QDateTime now = m_context.clock->now();
    // A keyword delivered late (its window already over) gets no answer.
    if (!SendService::windowOf(*conversation).isOpen(now))
        return;

    const QByteArray digest = QCryptographicHash::hash(keywordWamid.toUtf8(), QCryptographicHash::Sha256);
    MessageRow row;
    row.conversationId = conversationId;
    row.idempotencyKey = u"optin-"_s + QString::fromLatin1(digest.toHex().left(40));
    row.direction = u"out"_s;
    row.kind = u"text"_s;
    row.text = m_context.config->optInConfirmation;
    row.status = u"queued"_s;
    row.createdAt = now;
    MessageRepository messages(db);
    const MessageInsert insert = messages.insertOutbound(row);
    if (insert.id <= 0 || !insert.inserted)
        return;
    row.id = insert.id;
    const QByteArray body
        = GraphRequests::textMessageBody(contact->phone, row.text, false, {}, row.idempotencyKey);
    if (Outbox(db).enqueue(row.id, QString::fromUtf8(body), now) <= 0) {
        qCWarning(lcOutbox) << "opt-in confirmation for conversation" << conversationId << "not queued";
        return;
    }
    ConversationRepository(db).recordOutbound(
        conversationId, row.text.simplified().left(120), row.direction, now);
    m_context.bus->publish(
        Protocol::Ev::MessageCreated, QJsonObject {{u"message"_s, m_context.wire->message(row).toJson()}});
    m_context.conversations->publish(conversationId);
    m_context.outbox->kick();
}

} // namespace Atendo
