#pragma once

#include "core/consentevent.h"

#include <QList>

namespace Atendo {

class Database;

// A contact's consent audit trail, append-only. What it means is core's
// ConsentLedger's job (ConsentLedger::fromEvents(list(contactId))).
class ConsentRepository
{
public:
    explicit ConsentRepository(Database& db);

    // The stored event's id; 0 on a database error.
    qint64 append(qint64 contactId, const ConsentEvent& event);
    // In append order.
    [[nodiscard]] QList<ConsentEvent> list(qint64 contactId);

private:
    Database& m_db;
};

} // namespace Atendo
