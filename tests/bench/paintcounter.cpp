#include "paintcounter.h"

#include <QPaintEvent>

namespace Atendo::Bench {

bool PaintCounter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        ++m_paints;
        for (const QRect& rect : static_cast<QPaintEvent*>(event)->region())
            m_area += qint64(rect.width()) * rect.height();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Atendo::Bench
