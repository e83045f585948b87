#include "console/windowcountdown.h"

using namespace Qt::StringLiterals;

namespace Atendo {

WindowCountdown::WindowCountdown(
    const QDateTime& expiresAt, const QDateTime& now, std::chrono::seconds closingSoon)
    : m_expiresAt(expiresAt)
{
    if (!expiresAt.isValid()) {
        m_tone = Tone::Never;
        return;
    }
    const qint64 leftMs = now.msecsTo(expiresAt);
    if (leftMs <= 0) {
        m_tone = Tone::Closed;
        return;
    }
    // Round up: with 0.4 s left the window is still open and must not read "0:00".
    m_remaining = std::chrono::seconds((leftMs + 999) / 1000);
    if (m_remaining < CriticalThreshold)
        m_tone = Tone::Critical;
    else if (m_remaining < closingSoon)
        m_tone = Tone::ClosingSoon;
    else
        m_tone = Tone::Open;
}

QString WindowCountdown::shortText() const
{
    switch (m_tone) {
    case Tone::Never:
        return {};
    case Tone::Closed:
        return tr("closed");
    default:
        break;
    }
    const qint64 total = m_remaining.count();
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    if (hours > 0)
        return u"%1:%2"_s.arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

QString WindowCountdown::longText() const
{
    const qint64 total = m_remaining.count();
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min %2 s").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

} // namespace Atendo
