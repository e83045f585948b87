#pragma once

#include "store/templaterow.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Atendo {

class Database;

class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db);

    // Inserts or replaces the template with this (name, language).
    bool upsert(const TemplateRow& row);
    // By name, then language.
    [[nodiscard]] QList<TemplateRow> list();
    [[nodiscard]] std::optional<TemplateRow> find(const QString& name, const QString& language);
    bool setStatus(const QString& name, const QString& language, const QString& status);
    bool setQuality(const QString& name, const QString& language, const QString& quality);
    // Removes templates not in `keep` (name, language pairs) after a full sync.
    bool removeAllExcept(const QList<std::pair<QString, QString>>& keep);

    // When the last full sync with the Graph API finished; invalid if never.
    [[nodiscard]] QDateTime lastSyncedAt();
    bool setLastSyncedAt(const QDateTime& at);

private:
    Database& m_db;
};

} // namespace Atendo
