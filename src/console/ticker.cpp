#include "console/ticker.h"

namespace Atendo {

Ticker::Ticker(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    // Precise so the seconds of "42:07" do not drift and skip.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Ticker::tick);
}

void Ticker::start()
{
    m_timer.start();
}

void Ticker::stop()
{
    m_timer.stop();
}

void Ticker::tick()
{
    Q_EMIT ticked();
}

} // namespace Atendo
