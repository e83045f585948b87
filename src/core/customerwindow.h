#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Atendo {

// How a conversation's customer-service window looks at one instant.
enum class WindowState
{
    Closed,
    Open,
    ClosingSoon
};

// "open", "closing_soon", "closed" (storage and wire names).
[[nodiscard]] QString windowStateName(WindowState state);
[[nodiscard]] std::optional<WindowState> windowStateFromName(const QString& name);

// The 24 h customer-service window (cloudapi.md §5.1): every message from the
// customer opens it or resets it to 24 h; while it is open agents may reply
// freely, outside it only an approved template may go out.
//
// A value type: nothing here reads a clock, every question takes `now`.
// Times are kept in UTC. The window is measured from the inbound message's own
// timestamp (Meta's `timestamp`), never from when the webhook arrived: webhooks
// may be retried for days and arrive out of order.
//
// A default-constructed window was never opened and is closed at any time.
//
// The free entry point (FEP, cloudapi.md §5.2: a Click-to-WhatsApp ad or Page CTA
// answered within 24 h) is carried alongside: it makes messages free for 72 h but
// does NOT allow free-form messages; those still need the 24 h window.
class CustomerWindow
{
public:
    static constexpr std::chrono::seconds DefaultLength {std::chrono::hours(24)};
    static constexpr std::chrono::seconds FreeEntryPointLength {std::chrono::hours(72)};
    static constexpr std::chrono::seconds DefaultClosingSoonThreshold {std::chrono::hours(1)};

    CustomerWindow() = default;

    // A window opened by an inbound message at `inboundAt`. An invalid
    // `inboundAt` yields a never-opened window.
    [[nodiscard]] static CustomerWindow opened(
        const QDateTime& inboundAt, std::chrono::seconds length = DefaultLength);

    // The window after another inbound message at `inboundAt`. Renews only
    // forward: an inbound timestamp older than lastInboundAt() (a late or
    // re-delivered webhook) returns the window unchanged, so it never shortens.
    // Renewing a never-opened window opens it with DefaultLength.
    [[nodiscard]] CustomerWindow renewed(const QDateTime& inboundAt) const;

    // The same window with a free entry point opened at `fepOpenedAt` (72 h of
    // free messages). Like renewed(), only moves forward.
    [[nodiscard]] CustomerWindow withFreeEntryPoint(const QDateTime& fepOpenedAt) const;

    // False for a default-constructed window.
    [[nodiscard]] bool everOpened() const { return m_lastInboundAt.isValid(); }

    // The customer's latest message time (UTC); invalid when never opened.
    [[nodiscard]] QDateTime lastInboundAt() const { return m_lastInboundAt; }
    // lastInboundAt() + length(); invalid when never opened.
    [[nodiscard]] QDateTime expiresAt() const;
    [[nodiscard]] std::chrono::seconds length() const { return m_length; }

    // Open iff now < expiresAt(): at exactly 24 h the window is closed.
    [[nodiscard]] bool isOpen(const QDateTime& now) const;

    // Time left, rounded UP to whole seconds so that a countdown never shows 0
    // while the window is still open; 0 when closed.
    [[nodiscard]] std::chrono::seconds remaining(const QDateTime& now) const;

    // Closed, or ClosingSoon when at most `closingSoonThreshold` remains, else Open.
    [[nodiscard]] WindowState state(
        const QDateTime& now, std::chrono::seconds closingSoonThreshold = DefaultClosingSoonThreshold) const;

    // When the free entry point started / ends (start + 72 h); invalid if none.
    [[nodiscard]] QDateTime freeEntryPointOpenedAt() const { return m_fepOpenedAt; }
    [[nodiscard]] QDateTime freeEntryPointExpiresAt() const;
    // now < freeEntryPointExpiresAt(). Pricing only; see the class comment.
    [[nodiscard]] bool isFreeEntryPointActive(const QDateTime& now) const;

    bool operator==(const CustomerWindow& other) const = default;

private:
    QDateTime m_lastInboundAt;
    std::chrono::seconds m_length {DefaultLength};
    QDateTime m_fepOpenedAt;
};

} // namespace Atendo
