#include "console/alertdelegate.h"

#include "client/boardalertmodel.h"
#include "console/themecolors.h"

#include <QApplication>
#include <QStyle>

namespace Atendo {

QColor AlertDelegate::tint(bool critical, const QPalette& palette)
{
    if (ThemeColors::isDark(palette))
        return critical ? QColor(0x5c, 0x1d, 0x1b) : QColor(0x4d, 0x3b, 0x10);
    return critical ? QColor(0xfd, 0xe2, 0xe0) : QColor(0xff, 0xf1, 0xc9);
}

void AlertDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool critical = index.data(BoardAlertModel::CriticalRole).toBool();
    option->backgroundBrush = tint(critical, option->palette);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    option->icon
        = style->standardIcon(critical ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    option->decorationSize = QSize(20, 20);
    if (critical)
        option->font.setBold(true);
}

} // namespace Atendo
