#include "core/customerwindow.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Atendo {

QString windowStateName(WindowState state)
{
    switch (state) {
    case WindowState::Closed:
        return u"closed"_s;
    case WindowState::Open:
        return u"open"_s;
    case WindowState::ClosingSoon:
        return u"closing_soon"_s;
    }
    return {};
}

std::optional<WindowState> windowStateFromName(const QString& name)
{
    for (const auto state : {WindowState::Closed, WindowState::Open, WindowState::ClosingSoon}) {
        if (name == windowStateName(state))
            return state;
    }
    return std::nullopt;
}

CustomerWindow CustomerWindow::opened(const QDateTime& inboundAt, seconds length)
{
    CustomerWindow window;
    if (inboundAt.isValid()) {
        window.m_lastInboundAt = inboundAt.toUTC();
        window.m_length = length;
    }
    return window;
}

CustomerWindow CustomerWindow::renewed(const QDateTime& inboundAt) const
{
    if (!inboundAt.isValid())
        return *this;
    // A late webhook for an older message must not pull the window back.
    if (everOpened() && inboundAt <= m_lastInboundAt)
        return *this;
    CustomerWindow window = *this;
    if (!everOpened())
        window.m_length = DefaultLength;
    window.m_lastInboundAt = inboundAt.toUTC();
    return window;
}

CustomerWindow CustomerWindow::withFreeEntryPoint(const QDateTime& fepOpenedAt) const
{
    if (!fepOpenedAt.isValid() || (m_fepOpenedAt.isValid() && fepOpenedAt <= m_fepOpenedAt))
        return *this;
    CustomerWindow window = *this;
    window.m_fepOpenedAt = fepOpenedAt.toUTC();
    return window;
}

QDateTime CustomerWindow::expiresAt() const
{
    if (!everOpened())
        return {};
    return m_lastInboundAt.addSecs(m_length.count());
}

bool CustomerWindow::isOpen(const QDateTime& now) const
{
    return everOpened() && now.isValid() && now < expiresAt();
}

seconds CustomerWindow::remaining(const QDateTime& now) const
{
    if (!isOpen(now))
        return 0s;
    const milliseconds left(now.msecsTo(expiresAt()));
    return ceil<seconds>(left);
}

WindowState CustomerWindow::state(const QDateTime& now, seconds closingSoonThreshold) const
{
    if (!isOpen(now))
        return WindowState::Closed;
    return remaining(now) <= closingSoonThreshold ? WindowState::ClosingSoon : WindowState::Open;
}

QDateTime CustomerWindow::freeEntryPointExpiresAt() const
{
    if (!m_fepOpenedAt.isValid())
        return {};
    return m_fepOpenedAt.addSecs(FreeEntryPointLength.count());
}

bool CustomerWindow::isFreeEntryPointActive(const QDateTime& now) const
{
    return m_fepOpenedAt.isValid() && now.isValid() && now >= m_fepOpenedAt
        && now < freeEntryPointExpiresAt();
}

} // namespace Atendo
