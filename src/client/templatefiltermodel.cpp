#include "client/templatefiltermodel.h"

#include "client/inboxmodel.h"
#include "client/templatemodel.h"

namespace Atendo {

TemplateFilterModel::TemplateFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void TemplateFilterModel::setSearchText(const QString& text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_words = InboxModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TemplateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = InboxModel::foldForSearch(index.data(TemplateModel::NameRole).toString() + u'\n'
        + index.data(TemplateModel::BodyRole).toString() + u'\n'
        + index.data(TemplateModel::LanguageRole).toString() + u'\n'
        + index.data(TemplateModel::CategoryRole).toString());
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool TemplateFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftSendable = left.data(TemplateModel::SendableRole).toBool();
    const bool rightSendable = right.data(TemplateModel::SendableRole).toBool();
    if (leftSendable != rightSendable)
        return leftSendable;
    const int byName = QString::localeAwareCompare(
        left.data(TemplateModel::NameRole).toString(), right.data(TemplateModel::NameRole).toString());
    if (byName != 0)
        return byName < 0;
    return left.data(TemplateModel::LanguageRole).toString()
        < right.data(TemplateModel::LanguageRole).toString();
}

} // namespace Atendo
