#include "sandbox/templatecatalog.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultPageSize = 25;
constexpr int maxPageSize = 1000;

bool matchesFilters(const QJsonObject& node, const QUrlQuery& query)
{
    const auto sameText = [&](const QString& field, const QString& key) {
        return !query.hasQueryItem(key)
            || node.value(field).toString().compare(query.queryItemValue(key), Qt::CaseInsensitive) == 0;
    };
    if (query.hasQueryItem(u"name"_s)
        && !node.value(u"name"_s).toString().contains(query.queryItemValue(u"name"_s), Qt::CaseInsensitive))
        return false;
    return sameText(u"status"_s, u"status"_s) && sameText(u"category"_s, u"category"_s)
        && sameText(u"language"_s, u"language"_s);
}

QString cursorFor(qsizetype index)
{
    return QString::fromLatin1(
        QByteArray::number(index).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype indexFromCursor(const QString& cursor)
{
    bool ok = false;
    const qsizetype index
        = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    return ok ? index : -1;
}

std::optional<MetaError> checkLength(const QJsonObject& component, qsizetype max, const QString& what)
{
    if (component.value(u"text"_s).toString().size() > max)
        return MetaError::invalidParameter(u"%1 text is longer than %2 characters"_s.arg(what).arg(max));
    return std::nullopt;
}

} // namespace

bool TemplateCatalog::load(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    m_templates.clear();
    for (const QJsonValue& value : document.array())
        m_templates.append(value.toObject());
    return true;
}

std::optional<QJsonObject> TemplateCatalog::find(const QString& name, const QString& language) const
{
    for (const QJsonObject& node : m_templates) {
        if (node.value(u"name"_s).toString() == name && node.value(u"language"_s).toString() == language)
            return node;
    }
    return std::nullopt;
}

QJsonObject TemplateCatalog::list(const QUrlQuery& query, const QUrl& pageUrl) const
{
    int limit = query.queryItemValue(u"limit"_s).toInt();
    if (limit <= 0)
        limit = defaultPageSize;
    limit = std::min(limit, maxPageSize);
    const qsizetype start
        = query.hasQueryItem(u"after"_s) ? indexFromCursor(query.queryItemValue(u"after"_s)) + 1 : 0;

    QJsonArray data;
    qsizetype first = -1;
    qsizetype last = -1;
    bool more = false;
    for (qsizetype i = std::max<qsizetype>(start, 0); i < m_templates.size(); ++i) {
        if (!matchesFilters(m_templates.at(i), query))
            continue;
        if (data.size() == limit) {
            more = true;
            break;
        }
        data.append(m_templates.at(i));
        first = first < 0 ? i : first;
        last = i;
    }
    QJsonObject paging;
    if (!data.isEmpty())
        paging.insert(
            u"cursors"_s, QJsonObject {{u"before"_s, cursorFor(first)}, {u"after"_s, cursorFor(last)}});
    if (more) {
        QUrl next = pageUrl;
        QUrlQuery nextQuery(query);
        nextQuery.removeAllQueryItems(u"after"_s);
        nextQuery.addQueryItem(u"after"_s, cursorFor(last));
        next.setQuery(nextQuery);
        paging.insert(u"next"_s, next.toString(QUrl::FullyEncoded));
    }
    return QJsonObject {{u"data"_s, data}, {u"paging"_s, paging}};
}

std::optional<MetaError> TemplateCatalog::validateComponents(const QJsonArray& components)
{
    int bodies = 0;
    for (const QJsonValue& value : components) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type"_s).toString().toUpper();
        std::optional<MetaError> error;
        if (type == u"BODY") {
            ++bodies;
            if (component.value(u"text"_s).toString().trimmed().isEmpty())
                return MetaError::invalidParameter(u"BODY component needs text"_s);
            error = checkLength(component, 1024, u"BODY"_s);
        } else if (type == u"HEADER") {
            error = checkLength(component, 60, u"HEADER"_s);
        } else if (type == u"FOOTER") {
            error = checkLength(component, 60, u"FOOTER"_s);
        } else if (type == u"BUTTONS") {
            const QJsonArray buttons = component.value(u"buttons"_s).toArray();
            if (buttons.isEmpty() || buttons.size() > 10)
                return MetaError::invalidParameter(u"BUTTONS needs 1 to 10 buttons"_s);
            for (const QJsonValue& button : buttons) {
                if (auto tooLong = checkLength(button.toObject(), 25, u"Button"_s))
                    return tooLong;
            }
        } else {
            return MetaError::invalidParameter(u"unknown component type \"%1\""_s.arg(type));
        }
        if (error)
            return error;
    }
    if (bodies != 1)
        return MetaError::invalidParameter(u"components must contain exactly one BODY"_s);
    return std::nullopt;
}

std::variant<QJsonObject, MetaError> TemplateCatalog::create(const QJsonObject& body, const QString& newId)
{
    static const QRegularExpression namePattern(u"^[a-z0-9_]{1,512}$"_s);
    const QString name = body.value(u"name"_s).toString();
    const QString language = body.value(u"language"_s).toString();
    const QString category = body.value(u"category"_s).toString().toUpper();
    const QString format = body.value(u"parameter_format"_s).toString(u"POSITIONAL"_s).toUpper();
    if (!namePattern.match(name).hasMatch())
        return MetaError::invalidParameter(
            u"name must be 1 to 512 lowercase letters, digits or underscores"_s);
    if (language.isEmpty())
        return MetaError::invalidParameter(u"language is required"_s);
    if (category != u"MARKETING" && category != u"UTILITY" && category != u"AUTHENTICATION")
        return MetaError::invalidParameter(u"category must be MARKETING, UTILITY or AUTHENTICATION"_s);
    if (format != u"POSITIONAL" && format != u"NAMED")
        return MetaError::invalidParameter(u"parameter_format must be positional or named"_s);
    if (!body.value(u"components"_s).isArray())
        return MetaError::invalidParameter(u"components is required"_s);
    if (auto error = validateComponents(body.value(u"components"_s).toArray()))
        return *error;
    if (find(name, language))
        return MetaError::invalidParameter(u"Content in this language already exists"_s);

    QJsonArray components;
    for (const QJsonValue& value : body.value(u"components"_s).toArray()) {
        QJsonObject component = value.toObject();
        component.insert(u"type"_s, component.value(u"type"_s).toString().toUpper());
        components.append(component);
    }
    const QJsonObject node {
        {u"id"_s, newId},
        {u"name"_s, name},
        {u"language"_s, language},
        {u"status"_s, u"PENDING"_s},
        {u"category"_s, category},
        {u"parameter_format"_s, format},
        {u"components"_s, components},
        {u"quality_score"_s, QJsonObject {{u"score"_s, u"UNKNOWN"_s}}},
    };
    m_templates.append(node);
    return node;
}

QList<QJsonObject> TemplateCatalog::setStatus(
    const QString& name, const QString& language, const QString& status, const QString& reason)
{
    QList<QJsonObject> changed;
    for (QJsonObject& node : m_templates) {
        if (node.value(u"name"_s).toString() != name
            || (!language.isEmpty() && node.value(u"language"_s).toString() != language))
            continue;
        node.insert(u"status"_s, status);
        if (status == u"REJECTED")
            node.insert(u"rejected_reason"_s, reason.isEmpty() ? u"NONE"_s : reason);
        else
            node.remove(u"rejected_reason"_s);
        changed.append(node);
    }
    return changed;
}

QList<std::pair<QJsonObject, QString>> TemplateCatalog::setQuality(
    const QString& name, const QString& language, const QString& score)
{
    QList<std::pair<QJsonObject, QString>> changed;
    for (QJsonObject& node : m_templates) {
        if (node.value(u"name"_s).toString() != name
            || (!language.isEmpty() && node.value(u"language"_s).toString() != language))
            continue;
        const QString previous
            = node.value(u"quality_score"_s).toObject().value(u"score"_s).toString(u"UNKNOWN"_s);
        node.insert(u"quality_score"_s, QJsonObject {{u"score"_s, score}});
        changed.append({node, previous});
    }
    return changed;
}

} // namespace Atendo
