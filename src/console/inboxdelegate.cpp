#include "console/inboxdelegate.h"

#include "client/inboxmodel.h"
#include "console/consoletext.h"
#include "console/themecolors.h"
#include "core/clock.h"

#include <QApplication>
#include <QPainter>

namespace Atendo {

namespace {
constexpr int Pad = 6;
constexpr int AvatarSize = 32;

QFont boldFont(QFont f)
{
    f.setBold(true);
    return f;
}

QFont monoDigits(QFont f)
{
    // Tabular digits keep a ticking "42:07" from jittering sideways.
    f.setStyleHint(QFont::Monospace);
    f.setFamilies({QStringLiteral("monospace")});
    f.setBold(true);
    return f;
}
} // namespace

InboxDelegate::InboxDelegate(QObject* parent) : QStyledItemDelegate(parent)
{ }

InboxDelegate::Layout InboxDelegate::layout(const QStyleOptionViewItem& option) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const int line = qMax(fm.height(), bold.height());
    const int height = qMax(AvatarSize, 2 * line + 2) + 2 * Pad;
    const QRect r(option.rect.topLeft(), QSize(option.rect.width(), height));
    Layout l;
    l.size = QSize(qMax(200, option.rect.width()), height);
    l.avatar = QRect(r.left() + Pad, r.top() + (height - AvatarSize) / 2, AvatarSize, AvatarSize);
    const int textLeft = l.avatar.right() + Pad + 2;
    const int countdownWidth
        = QFontMetrics(monoDigits(option.font)).horizontalAdvance(QStringLiteral("00:00")) + 2 * Pad;
    l.countdown = QRect(r.right() - Pad - countdownWidth, r.top() + Pad, countdownWidth, line);
    l.name = QRect(textLeft, r.top() + Pad, l.countdown.left() - textLeft - Pad, line);
    const int badge = qMax(line, fm.horizontalAdvance(QStringLiteral("99+")) + 8);
    l.unread = QRect(r.right() - Pad - badge, r.top() + Pad + line + 2, badge, line);
    l.preview = QRect(textLeft, l.unread.top(), l.unread.left() - textLeft - Pad, line);
    return l;
}

QRect InboxDelegate::countdownRect(const QStyleOptionViewItem& option) const
{
    return layout(option).countdown;
}

WindowCountdown InboxDelegate::countdown(const QModelIndex& index) const
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    return WindowCountdown(index.data(InboxModel::WindowExpiresRole).toDateTime(), now, m_closingSoon);
}

QColor InboxDelegate::countdownColor(const QModelIndex& index, const QPalette& palette) const
{
    return ThemeColors::tone(countdown(index).tone(), palette);
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return layout(option).size;
}

void InboxDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout l = layout(option);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette& pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : pal.color(QPalette::Disabled, QPalette::Text);
    const int unread = index.data(InboxModel::UnreadRole).toInt();
    const bool optedOut = index.data(InboxModel::OptedOutRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Assignee avatar: initials on a circle; a dashed ring for the queue.
    const QString initials = index.data(InboxModel::AssigneeInitialsRole).toString();
    if (initials.isEmpty()) {
        painter->setPen(QPen(dim, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(l.avatar.adjusted(1, 1, -1, -1));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Mid));
        painter->drawEllipse(l.avatar);
        painter->setPen(pal.color(QPalette::BrightText));
        QFont small = boldFont(option.font);
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->drawText(l.avatar, Qt::AlignCenter, initials.left(2));
    }

    QString name = index.data(InboxModel::ContactNameRole).toString();
    painter->setFont(unread > 0 ? boldFont(option.font) : option.font);
    painter->setPen(optedOut ? ThemeColors::danger(pal) : text);
    if (optedOut)
        name = tr("⊘ %1").arg(name);
    painter->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(name, Qt::ElideRight, l.name.width()));

    painter->setFont(option.font);
    painter->setPen(dim);
    const QString preview = previewText(index);
    painter->drawText(l.preview, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(preview, Qt::ElideRight, l.preview.width()));

    const WindowCountdown c = countdown(index);
    painter->setFont(monoDigits(option.font));
    painter->setPen(selected ? text : ThemeColors::tone(c.tone(), pal));
    painter->drawText(l.countdown, Qt::AlignRight | Qt::AlignVCenter, c.shortText());

    if (unread > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(ThemeColors::badge(pal));
        painter->drawRoundedRect(l.unread, l.unread.height() / 2.0, l.unread.height() / 2.0);
        painter->setPen(Qt::white);
        QFont small = boldFont(option.font);
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->drawText(
            l.unread, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    }
    painter->restore();
}

QString InboxDelegate::previewText(const QModelIndex& index) const
{
    return ConsoleText::messagePreview(index.data(InboxModel::PreviewRole).toString().simplified());
}

} // namespace Atendo
