#include "server/contactresolver.h"

#include "core/contactkey.h"
#include "core/phonenumber.h"
#include "store/contactrepository.h"

namespace Atendo {

namespace {

// upsertByKey() keeps a stored value unless a non-empty one is given.
bool differs(const QString& stored, const QString& given)
{
    return !given.isEmpty() && given != stored;
}

bool teachesAnything(const ContactRow& row, const QString& waId, const QString& userId, const QString& phone,
    const QString& name)
{
    return differs(row.waId, waId) || differs(row.userId, userId) || differs(row.phone, phone)
        || differs(row.name, name);
}

} // namespace

std::optional<ContactRow> ContactResolver::resolve(
    Database& database, const QString& userId, const QString& waId, const QString& name)
{
    ContactRepository contacts(database);
    const QString phone = waId.isEmpty() ? QString() : PhoneNumber::e164FromWaId(waId);
    QString key = ContactKey::from(userId, waId);
    if (key.isEmpty())
        return std::nullopt;
    const std::optional<ContactRow> existing = contacts.findByKey(key);
    if (existing && !teachesAnything(*existing, waId, userId, phone, name))
        return existing; // the common case on a busy number: one read, no write
    if (!existing) {
        // Known under another identifier: keep that key, add what we learnt.
        std::optional<ContactRow> known;
        if (!userId.isEmpty() && !waId.isEmpty())
            known = contacts.findByKey(ContactKey::from({}, waId));
        if (!known && !phone.isEmpty())
            known = contacts.findByPhone(phone);
        if (known)
            key = known->key;
    }
    return contacts.upsertByKey(key, waId, userId, phone, name);
}

} // namespace Atendo
