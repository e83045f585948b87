#pragma once

#include <QSortFilterProxyModel>

namespace Atendo {

// The template picker's search: every word must appear in the template's name,
// body, language or category (case and accents ignored). Non-sendable templates
// stay listed (disabled, with their reason); sendable ones sort first, then by name.
class TemplateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TemplateFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_searchText; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    QStringList m_words;
};

} // namespace Atendo
