#include "server/contactresolver.h"

#include "core/contactkey.h"
#include "core/phonenumber.h"
#include "store/contactrepository.h"

namespace Atendo {

std::optional<ContactRow> ContactResolver::resolve(
    Database& database, const QString& userId, const QString& waId, const QString& name)
{
    ContactRepository contacts(database);
    const QString phone = waId.isEmpty() ? QString() : PhoneNumber::e164FromWaId(waId);
    QString key = ContactKey::from(userId, waId);
    if (key.isEmpty())
        return std::nullopt;
    if (!contacts.findByKey(key)) {
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
