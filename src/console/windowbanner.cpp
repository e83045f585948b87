#include "console/windowbanner.h"

#include "console/themecolors.h"
#include "core/clock.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Atendo {

WindowBanner::WindowBanner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("windowBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    setAccessibleName(tr("Reply window"));
    refresh();
}

void WindowBanner::setClock(const Clock* clock)
{
    m_clock = clock;
    refresh();
}

void WindowBanner::setWindowExpiry(const QDateTime& expiresAt)
{
    m_expiresAt = expiresAt;
    refresh();
}

void WindowBanner::setBillingHint(const QString& hint)
{
    m_billingHint = hint;
    refresh();
}

void WindowBanner::setBlocked(bool blocked)
{
    m_blocked = blocked;
    refresh();
}

void WindowBanner::setClosingSoonThreshold(std::chrono::seconds threshold)
{
    m_closingSoon = threshold;
    refresh();
}

QString WindowBanner::text() const
{
    return m_label->text();
}

void WindowBanner::refresh()
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime();
    const WindowCountdown countdown(m_expiresAt, now, m_closingSoon);
    const QString billing = m_billingHint.isEmpty() ? tr("a paid template message") : m_billingHint;
    QString text;
    WindowCountdown::Tone tone = countdown.tone();
    if (m_blocked) {
        text = tr("Not contactable: this customer opted out. Nothing can be sent, whatever the window.");
        tone = WindowCountdown::Tone::Critical;
    } else {
        switch (countdown.tone()) {
        case WindowCountdown::Tone::Never:
            text = tr(
                "The customer has not written yet. Only an approved template can be sent (billed as %1).")
                       .arg(billing);
            break;
        case WindowCountdown::Tone::Closed: {
            const QDateTime local = m_expiresAt.toLocalTime();
            const QLocale locale;
            // Minutes are enough for a closing time, whatever the locale's short format says.
            QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
            timeFormat.remove(QStringLiteral(":ss"));
            QString when = locale.toString(local.time(), timeFormat);
            // Older than today: the time alone would be ambiguous.
            if (now.isValid() && local.date() != now.toLocalTime().date())
                when = locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + when;
            text
                = tr("The 24-hour window closed at %1. Only an approved template can be sent (billed as %2).")
                      .arg(when, billing);
            break;
        }
        default:
            text = tr("You can reply freely for %1").arg(countdown.longText());
            break;
        }
    }
    if (m_label->text() != text)
        m_label->setText(text);
    if (tone != m_tone || !m_label->property("toned").toBool()) {
        m_tone = tone;
        applyTone();
    }
}

void WindowBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // The OS switched light/dark: recompute from the new application palette.
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyTone();
}

void WindowBanner::applyTone()
{
    QPalette pal = palette();
    const QPalette base = QGuiApplication::palette();
    pal.setColor(QPalette::Window, ThemeColors::toneBackground(m_tone, base));
    setPalette(pal);
    QPalette labelPal = m_label->palette();
    labelPal.setColor(QPalette::WindowText, ThemeColors::tone(m_tone, base));
    m_label->setPalette(labelPal);
    m_label->setProperty("toned", true);
    setAccessibleDescription(m_label->text());
}

} // namespace Atendo
