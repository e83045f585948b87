#pragma once

#include "console/windowcountdown.h"

#include <QStyledItemDelegate>

namespace Atendo {

class Clock;

// Paints one inbox row: assignee initials, name or number, last message preview,
// unread badge and the live window countdown. Geometry comes from one Layout
// shared by sizeHint() and paint(); countdownRect() lets the view repaint just
// the countdown of visible rows on each tick.
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxDelegate)

public:
    struct Layout
    {
        QRect avatar;
        QRect name;
        QRect countdown;
        QRect preview;
        QRect unread;
        QSize size;
    };

    explicit InboxDelegate(QObject* parent = nullptr);

    void setClock(const Clock* clock) { m_clock = clock; }
    void setClosingSoonThreshold(std::chrono::seconds threshold) { m_closingSoon = threshold; }

    [[nodiscard]] Layout layout(const QStyleOptionViewItem& option) const;
    [[nodiscard]] QRect countdownRect(const QStyleOptionViewItem& option) const;
    [[nodiscard]] WindowCountdown countdown(const QModelIndex& index) const;
    [[nodiscard]] QColor countdownColor(const QModelIndex& index, const QPalette& palette) const;
    // The last message line as painted: media tags ("[image]") in the agent's language.
    [[nodiscard]] QString previewText(const QModelIndex& index) const;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const Clock* m_clock {nullptr};
    std::chrono::seconds m_closingSoon {WindowCountdown::DefaultClosingSoon};
};

} // namespace Atendo
