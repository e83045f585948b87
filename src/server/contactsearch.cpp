#include "server/contactsearch.h"

#include "store/database.h"
#include "store/rowreaders.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

// "+55 (11) 98765-4321" and "11 98765" both search by their digits; a name
// with one stray digit does not turn into a number search.
QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.size() >= 2 ? digits : QString();
}

} // namespace

ContactSearch::ContactSearch(Database& db) : m_db(db)
{ }

ContactSearchPage ContactSearch::find(const QString& text, int offset, int limit)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return {};
    const QString sql = u"SELECT "_s + RowReaders::contactColumns(u"ct"_s)
        + u", (SELECT MAX(c.id) FROM conversations c WHERE c.contact_id = ct.id "
          u"AND c.state IN ('open', 'pending')) FROM contacts ct "
          u"WHERE lower(ct.name) LIKE ? ESCAPE '!' "
          u"OR (? = 1 AND (ct.phone LIKE ? ESCAPE '!' OR ct.wa_id LIKE ? ESCAPE '!')) "
          u"ORDER BY lower(ct.name), ct.id LIMIT ? OFFSET ?"_s;
    QSqlQuery& query = m_db.prepare(sql);
    const QString digits = digitsOf(trimmed);
    const QString digitPattern = SqlValues::containsPattern(digits);
    // One more row than asked tells whether another page exists.
    SqlValues::bind(query,
        {SqlValues::containsPattern(trimmed), SqlValues::flag(!digits.isEmpty()), digitPattern, digitPattern,
            limit + 1, offset});
    ContactSearchPage page;
    if (!m_db.exec(query))
        return page;
    while (query.next()) {
        if (page.hits.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.hits.append(ContactSearchHit {
            RowReaders::readContact(query, 0), query.value(RowReaders::contactColumnCount).toLongLong()});
    }
    query.finish();
    return page;
}

} // namespace Atendo
