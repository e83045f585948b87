#include "store/transaction.h"

#include "store/database.h"

#include <utility>

namespace Atendo {

Transaction::Transaction(Database* database) : m_database(database)
{
    if (m_database && !m_database->begin())
        m_database = nullptr;
}

Transaction::~Transaction()
{
    rollback();
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr)), m_done(std::exchange(other.m_done, false))
{ }

Transaction& Transaction::operator=(Transaction&& other) noexcept
{
    if (this != &other) {
        rollback();
        m_database = std::exchange(other.m_database, nullptr);
        m_done = std::exchange(other.m_done, false);
    }
    return *this;
}

bool Transaction::commit()
{
    if (!isActive())
        return false;
    m_done = true;
    return m_database->end(true);
}

void Transaction::rollback()
{
    if (!isActive())
        return;
    m_done = true;
    m_database->end(false);
}

} // namespace Atendo
