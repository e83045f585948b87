#pragma once

#include "store/contactrow.h"

#include <QList>
#include <QString>

namespace Atendo {

class Database;

// One contact found by contacts.search, with the conversation still open for
// it (0 when none), so the console can offer that one instead of a new start.
struct ContactSearchHit
{
    ContactRow contact;
    qint64 openConversationId {0};
};

struct ContactSearchPage
{
    QList<ContactSearchHit> hits;
    bool hasMore {false};
};

// Finds contacts by name or number whether or not they ever had a
// conversation (the conversation search cannot see those). Its own SQL, kept
// to what SQLite and PostgreSQL both run.
class ContactSearch
{
public:
    explicit ContactSearch(Database& db);

    // Name contains `text` (case-insensitive), or the phone or wa_id contains
    // its digits when it has at least two. Ordered by name, then id.
    [[nodiscard]] ContactSearchPage find(const QString& text, int offset, int limit);

private:
    Database& m_db;
};

} // namespace Atendo
