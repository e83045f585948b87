#include "store/contactrepository.h"

#include "store/database.h"
#include "store/rowreaders.h"
#include "store/sqlvalues.h"

namespace Atendo {

namespace {

// An empty incoming value keeps the stored one.
QString keepUnlessGiven(const QString& column)
{
    return QStringLiteral("%1 = CASE WHEN excluded.%1 <> '' THEN excluded.%1 ELSE contacts.%1 END")
        .arg(column);
}

std::optional<ContactRow> single(Database& db, QSqlQuery& query)
{
    if (!db.exec(query) || !query.next())
        return std::nullopt;
    ContactRow row = RowReaders::readContact(query, 0);
    query.finish();
    return row;
}

QString selectContact()
{
    return QStringLiteral("SELECT ") + RowReaders::contactColumns(QString())
        + QStringLiteral(" FROM contacts ");
}

} // namespace

ContactRepository::ContactRepository(Database& db) : m_db(db)
{ }

std::optional<ContactRow> ContactRepository::upsertByKey(
    const QString& key, const QString& waId, const QString& userId, const QString& phone, const QString& name)
{
    static const QString sql
        = QStringLiteral(
              "INSERT INTO contacts (contact_key, wa_id, user_id, phone, name, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_key) DO UPDATE SET ")
        + keepUnlessGiven(QStringLiteral("wa_id")) + u", " + keepUnlessGiven(QStringLiteral("user_id"))
        + u", " + keepUnlessGiven(QStringLiteral("phone")) + u", " + keepUnlessGiven(QStringLiteral("name"))
        + QStringLiteral(", updated_at = excluded.updated_at RETURNING ")
        + RowReaders::contactColumns(QString());
    if (key.isEmpty())
        return std::nullopt;
    const QVariant now = SqlValues::ms(m_db.clock().now());
    QSqlQuery& query = m_db.prepare(sql);
    SqlValues::bind(query,
        {key, SqlValues::text(waId), SqlValues::text(userId), SqlValues::text(phone), SqlValues::text(name),
            now, now});
    return single(m_db, query);
}

std::optional<ContactRow> ContactRepository::findById(qint64 id)
{
    QSqlQuery& query = m_db.prepare(selectContact() + QStringLiteral("WHERE id = ?"));
    SqlValues::bind(query, {id});
    return single(m_db, query);
}

std::optional<ContactRow> ContactRepository::findByKey(const QString& key)
{
    QSqlQuery& query = m_db.prepare(selectContact() + QStringLiteral("WHERE contact_key = ?"));
    SqlValues::bind(query, {key});
    return single(m_db, query);
}

std::optional<ContactRow> ContactRepository::findByPhone(const QString& phone)
{
    if (phone.isEmpty())
        return std::nullopt;
    // Several contacts may share a number (a BSUID contact and an older wa_id one):
    // the most recently updated wins.
    QSqlQuery& query = m_db.prepare(
        selectContact() + QStringLiteral("WHERE phone = ? ORDER BY updated_at DESC, id DESC LIMIT 1"));
    SqlValues::bind(query, {phone});
    return single(m_db, query);
}

bool ContactRepository::setConsentState(qint64 id, ConsentState state, bool marketingStopped)
{
    QSqlQuery& query = m_db.prepare(QStringLiteral(
        "UPDATE contacts SET consent_state = ?, marketing_stopped = ?, updated_at = ? WHERE id = ?"));
    SqlValues::bind(query,
        {consentStateName(state), SqlValues::flag(marketingStopped), SqlValues::ms(m_db.clock().now()), id});
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

} // namespace Atendo
