#pragma once

#include <QIdentityProxyModel>

namespace Atendo {

// Words for ContactSearchModel's rows: name and number on the first line,
// consent on the second, with the reason a row cannot be chosen (the client
// model speaks codes; the agent reads their language).
class ContactHitsProxy : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactHitsProxy)

public:
    explicit ContactHitsProxy(QObject* parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The second line: consent state, and why the contact cannot be chosen.
    [[nodiscard]] static QString consentLine(const QModelIndex& sourceIndex);
};

} // namespace Atendo
