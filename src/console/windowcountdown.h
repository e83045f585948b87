#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace Atendo {

// How a conversation's customer-service window reads at one instant, as text and
// as a colour tone. Pure formatting, no widget and no clock: the caller passes
// "now" (the server's clock), so every countdown in the console agrees and tests
// can cross any boundary.
class WindowCountdown
{
    Q_DECLARE_TR_FUNCTIONS(WindowCountdown)

public:
    enum class Tone
    {
        Open, // green: plenty of time
        ClosingSoon, // amber: under the closing-soon threshold
        Critical, // red: under one hour
        Closed, // grey: only templates may go out
        Never // the customer never wrote: no window at all
    };

    static constexpr std::chrono::seconds DefaultClosingSoon {std::chrono::hours(4)};
    static constexpr std::chrono::seconds CriticalThreshold {std::chrono::hours(1)};

    // An invalid `expiresAt` means the window was never opened.
    WindowCountdown(const QDateTime& expiresAt, const QDateTime& now,
        std::chrono::seconds closingSoon = DefaultClosingSoon);

    // Rounded up to whole seconds so an open window never shows 0; 0 when closed.
    [[nodiscard]] std::chrono::seconds remaining() const { return m_remaining; }
    [[nodiscard]] bool isOpen() const { return m_remaining.count() > 0; }
    [[nodiscard]] Tone tone() const { return m_tone; }

    // Inbox text: "23:14" (h:min) from one hour up, "42:07" (min:s) in the last
    // hour, "closed" once closed, "" when never opened.
    [[nodiscard]] QString shortText() const;
    // Sentence text: "3 h 12 min", "42 min 07 s".
    [[nodiscard]] QString longText() const;

    [[nodiscard]] QDateTime expiresAt() const { return m_expiresAt; }

private:
    QDateTime m_expiresAt;
    std::chrono::seconds m_remaining {0};
    Tone m_tone {Tone::Never};
};

} // namespace Atendo
