#pragma once

#include <QObject>
#include <QTimer>

namespace Atendo {

// The console's one heartbeat: every countdown (inbox rows, banner, composer
// lock) repaints on its tick, so they change together and cost one timer.
// Ticks on the wall second; tests call tick() after moving a TestClock.
class Ticker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ticker)

public:
    explicit Ticker(QObject* parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

public Q_SLOTS:
    void tick();

Q_SIGNALS:
    void ticked();

private:
    QTimer m_timer;
};

} // namespace Atendo
