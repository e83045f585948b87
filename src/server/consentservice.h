#pragma once

#include "core/consentledger.h"
#include "server/servercontext.h"

namespace Atendo {

// The one path by which a contact's consent changes: validated by core's
// ConsentLedger, appended to the audit trail, the contact's cached state
// updated, and contact.changed (plus the conversation) pushed to everyone.
class ConsentService
{
public:
    explicit ConsentService(const ServerContext& context);

    [[nodiscard]] ConsentLedger ledger(qint64 contactId) const;
    AppendResult record(qint64 contactId, const ConsentEvent& event);

private:
    ServerContext m_context;
};

} // namespace Atendo
