#pragma once

#include "console/windowcountdown.h"

#include <QDateTime>
#include <QFrame>

class QLabel;

namespace Atendo {

class Clock;

// The line above the composer that says how long the agent may still reply
// freely ("You can reply freely for 3 h 12 min"), or, once the 24 h window has
// closed, that only an approved (billed) template can go out. Re-reads the clock
// on every refresh(); the console's Ticker calls it each second.
class WindowBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowBanner)

public:
    explicit WindowBanner(QWidget* parent = nullptr);

    void setClock(const Clock* clock);
    // Invalid = the customer never wrote (no window).
    void setWindowExpiry(const QDateTime& expiresAt);
    // How a template would be billed here ("Marketing, about USD 0.0625"); shown
    // when the window is closed.
    void setBillingHint(const QString& hint);
    void setClosingSoonThreshold(std::chrono::seconds threshold);
    // An opted-out contact: the window no longer matters, nothing may be sent.
    void setBlocked(bool blocked);

    [[nodiscard]] QString text() const;
    [[nodiscard]] WindowCountdown::Tone tone() const { return m_tone; }

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();

    const Clock* m_clock {nullptr};
    QDateTime m_expiresAt;
    QString m_billingHint;
    bool m_blocked {false};
    std::chrono::seconds m_closingSoon {WindowCountdown::DefaultClosingSoon};
    WindowCountdown::Tone m_tone {WindowCountdown::Tone::Never};
    QLabel* m_label;
};

} // namespace Atendo
