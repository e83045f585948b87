#include "eventwait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

namespace Atendo::Bench {

bool EventWait::until(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Wakes the loop now and then so the deadline is noticed when nothing happens.
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void EventWait::spin(int ms)
{
    const QDeadlineTimer deadline(ms);
    (void)until([&] { return deadline.hasExpired(); }, ms + 1000);
}

} // namespace Atendo::Bench
