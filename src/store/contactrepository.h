#pragma once

#include "core/consentledger.h"
#include "store/contactrow.h"

#include <QString>

#include <optional>

namespace Atendo {

class Database;

class ContactRepository
{
public:
    explicit ContactRepository(Database& db);

    // Inserts the contact, or updates the stored one: a non-empty name, phone,
    // waId or userId replaces the stored value, an empty one keeps it (a webhook
    // without a profile name does not erase the name). nullopt on a database error.
    std::optional<ContactRow> upsertByKey(const QString& key, const QString& waId, const QString& userId,
        const QString& phone, const QString& name);
    [[nodiscard]] std::optional<ContactRow> findById(qint64 id);
    [[nodiscard]] std::optional<ContactRow> findByKey(const QString& key);
    [[nodiscard]] std::optional<ContactRow> findByPhone(const QString& phone);
    bool setConsentState(qint64 id, ConsentState state, bool marketingStopped);

private:
    Database& m_db;
};

} // namespace Atendo
