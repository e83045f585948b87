#pragma once

#include "sandbox/metaerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <variant>

namespace Atendo {

// The business's message templates as Meta stores them: Graph nodes in the
// shape of cloudapi.md §4 ({id, name, language, status, category,
// parameter_format, components, quality_score, ...}).
class TemplateCatalog
{
public:
    // Replaces the catalog with a JSON array of template nodes; false if malformed.
    bool load(const QByteArray& json);

    [[nodiscard]] std::optional<QJsonObject> find(const QString& name, const QString& language) const;
    [[nodiscard]] QList<QJsonObject> all() const { return m_templates; }

    // GET /{waba}/message_templates: filters name, status, category, language;
    // cursor paging with limit/after. `pageUrl` is the request URL, used for paging.next.
    [[nodiscard]] QJsonObject list(const QUrlQuery& query, const QUrl& pageUrl) const;

    // POST /{waba}/message_templates: the created node (PENDING) or Meta's error.
    [[nodiscard]] std::variant<QJsonObject, MetaError> create(const QJsonObject& body, const QString& newId);

    // Moves every language of `name` (or only `language` when given) to
    // `status`; returns the updated nodes.
    QList<QJsonObject> setStatus(
        const QString& name, const QString& language, const QString& status, const QString& reason);
    // Sets quality_score.score; returns {node, previous score} pairs.
    QList<std::pair<QJsonObject, QString>> setQuality(
        const QString& name, const QString& language, const QString& score);

private:
    [[nodiscard]] static std::optional<MetaError> validateComponents(const QJsonArray& components);

    QList<QJsonObject> m_templates;
};

} // namespace Atendo
