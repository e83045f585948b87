#include "console/bubblepainter.h"

#include "console/themecolors.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Atendo {

void BubblePainter::paintBubble(
    QPainter* painter, const QRectF& rect, const QColor& fill, const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border = palette.color(QPalette::Mid);
    border.setAlpha(ThemeColors::isDark(palette) ? 90 : 60);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter->restore();
}

void BubblePainter::paintTag(QPainter* painter, const QRectF& rect, const QString& text, const QColor& color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Atendo
