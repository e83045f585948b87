#pragma once

#include <QObject>

namespace Atendo::Bench {

// Counts the paint events a widget receives and the area they cover, to show
// how much of the view a tick repaints.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;

    [[nodiscard]] qint64 paints() const { return m_paints; }
    [[nodiscard]] qint64 area() const { return m_area; }
    void reset()
    {
        m_paints = 0;
        m_area = 0;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 m_paints = 0;
    qint64 m_area = 0;
};

} // namespace Atendo::Bench
