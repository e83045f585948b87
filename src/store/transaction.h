#pragma once

namespace Atendo {

class Database;

// RAII transaction: rolls back in its destructor unless commit() succeeded.
// Nesting joins the outer transaction: an inner Transaction's commit() only
// marks it done, and an inner one dropped without commit() makes the outer
// commit() roll back and return false (all or nothing for the whole batch).
// The server opens one Transaction per webhook batch; repositories never open
// their own.
class Transaction
{
public:
    Transaction() = default;
    explicit Transaction(Database* database);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (or for a default-constructed one).
    [[nodiscard]] bool isActive() const { return m_database != nullptr && !m_done; }
    // Commits (outermost) or marks done (nested). False when the commit failed or a
    // nested transaction was abandoned; the work is then rolled back.
    bool commit();
    void rollback();

private:
    Database* m_database {nullptr};
    bool m_done {false};
};

} // namespace Atendo
