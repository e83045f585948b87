#pragma once

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;

namespace Atendo {

// How a chat bubble looks; shared by the conversation's delegate and the template
// picker's preview so a template previews exactly as it will appear once sent.
class BubblePainter
{
public:
    static constexpr int Radius = 8;
    static constexpr int Padding = 8;

    static void paintBubble(
        QPainter* painter, const QRectF& rect, const QColor& fill, const QPalette& palette);
    // A small rounded tag ("Template", "Note").
    static void paintTag(QPainter* painter, const QRectF& rect, const QString& text, const QColor& color);
};

} // namespace Atendo
