#pragma once

#include "store/contactrow.h"
#include "store/conversationrow.h"

#include <QSqlQuery>
#include <QString>

namespace Atendo::RowReaders {

// Column lists (qualified by `alias` unless it is empty) and readers shared by the repositories
// that join contacts and conversations in one query.
[[nodiscard]] QString contactColumns(const QString& alias);
inline constexpr int contactColumnCount = 10;
[[nodiscard]] ContactRow readContact(const QSqlQuery& query, int first);

[[nodiscard]] QString conversationColumns(const QString& alias);
inline constexpr int conversationColumnCount = 14;
[[nodiscard]] ConversationRow readConversation(const QSqlQuery& query, int first);

} // namespace Atendo::RowReaders
