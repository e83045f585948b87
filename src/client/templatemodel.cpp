#include "client/templatemodel.h"

#include "client/agentsession.h"

namespace Atendo {

using namespace Qt::StringLiterals;

TemplateModel::TemplateModel(AgentSession* session, QObject* parent) : KeyedListModel(parent)
{
    if (!session)
        return;
    connect(session, &AgentSession::templatesChanged, this, &TemplateModel::setTemplates);
    setTemplates(session->templates());
}

QString TemplateModel::keyOf(const MessageTemplate& tmpl) const
{
    return tmpl.id.isEmpty() ? tmpl.name + u'/' + tmpl.language : tmpl.id;
}

void TemplateModel::setTemplates(const QList<MessageTemplate>& templates)
{
    applyList(templates);
}

QVariant TemplateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageTemplate& t = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 (%2)"_s.arg(t.name, t.language);
    case Qt::ToolTipRole:
    case NotSendableReasonRole:
        return t.notSendableReason();
    case NameRole:
        return t.name;
    case LanguageRole:
        return t.language;
    case CategoryRole:
        return messageCategoryName(t.category);
    case StatusRole:
        return templateStatusName(t.status);
    case SendableRole:
        return t.isSendable();
    case BodyRole:
        return t.bodyText;
    case TemplateRole:
        return QVariant::fromValue(t);
    case QualityRole:
        return t.qualityScore;
    case IdRole:
        return t.id;
    default:
        return {};
    }
}

Qt::ItemFlags TemplateModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Listed but not selectable when it cannot be sent.
    return m_items.at(index.row()).isSendable()
        ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
        : Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TemplateModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"}, {LanguageRole, "language"}, {CategoryRole, "category"},
        {StatusRole, "status"}, {SendableRole, "sendable"}, {NotSendableReasonRole, "notSendableReason"},
        {BodyRole, "body"}, {TemplateRole, "template"}, {QualityRole, "quality"}, {IdRole, "id"}});
    return names;
}

} // namespace Atendo
