#pragma once

#include <QStyledItemDelegate>

namespace Atendo {

// Alerts that stand out: a warning or critical icon and a tinted row (amber,
// red for critical) from BoardAlertModel's roles, in the palette's light or
// dark variant.
class AlertDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    [[nodiscard]] static QColor tint(bool critical, const QPalette& palette);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Atendo
