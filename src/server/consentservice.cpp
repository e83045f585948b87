#include "server/consentservice.h"

#include "protocol/ops.h"
#include "server/conversationservice.h"
#include "server/eventbus.h"
#include "server/serverlogging.h"
#include "server/wiremapper.h"
#include "store/consentrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"

namespace Atendo {

using namespace Qt::StringLiterals;

ConsentService::ConsentService(const ServerContext& context) : m_context(context)
{ }

ConsentLedger ConsentService::ledger(qint64 contactId) const
{
    return ConsentLedger::fromEvents(ConsentRepository(*m_context.database).list(contactId));
}

AppendResult ConsentService::record(qint64 contactId, const ConsentEvent& event)
{
    ConsentLedger trail = ledger(contactId);
    const AppendResult result = trail.append(event);
    if (!result.accepted) {
        qCWarning(lcServer) << "consent event refused for contact" << contactId << result.reason;
        return result;
    }
    Database& db = *m_context.database;
    Transaction tx = db.transaction();
    if (ConsentRepository(db).append(contactId, event) <= 0
        || !ContactRepository(db).setConsentState(contactId, trail.state(), trail.marketingStopped())) {
        return AppendResult {false, ConsentRejection::None, u"the consent event could not be stored"_s};
    }
    EventBatch batch(*m_context.bus);
    if (const auto info = m_context.wire->contact(contactId, true))
        m_context.bus->publish(
            Protocol::Ev::ContactChanged, QJsonObject {{u"contact"_s, info->toJson(true)}});
    if (const auto latest = ConversationRepository(db).latestForContact(contactId))
        m_context.conversations->publish(latest->id);
    if (!tx.commit())
        return AppendResult {false, ConsentRejection::None, u"the consent event could not be stored"_s};
    batch.commit();
    return result;
}

} // namespace Atendo
