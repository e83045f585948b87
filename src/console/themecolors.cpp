#include "console/themecolors.h"

namespace Atendo {

bool ThemeColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ThemeColors::tone(WindowCountdown::Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case WindowCountdown::Tone::Open:
        return dark ? QColor(0x5b, 0xd3, 0x7a) : QColor(0x1e, 0x7e, 0x34);
    case WindowCountdown::Tone::ClosingSoon:
        return dark ? QColor(0xf6, 0xb7, 0x3c) : QColor(0xa8, 0x5b, 0x00);
    case WindowCountdown::Tone::Critical:
        return danger(palette);
    case WindowCountdown::Tone::Closed:
    case WindowCountdown::Tone::Never:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor ThemeColors::toneBackground(WindowCountdown::Tone t, const QPalette& palette)
{
    QColor c = tone(t, palette);
    c.setAlpha(isDark(palette) ? 60 : 36);
    return c;
}

QColor ThemeColors::incomingBubble(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x2f, 0x33, 0x38) : QColor(0xff, 0xff, 0xff);
}

QColor ThemeColors::outgoingBubble(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x0b, 0x4f, 0x45) : QColor(0xd9, 0xfd, 0xd3);
}

QColor ThemeColors::noteBubble(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4a, 0x42, 0x1c) : QColor(0xff, 0xf4, 0xc2);
}

QColor ThemeColors::danger(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc5, 0x22, 0x1f);
}

QColor ThemeColors::badge(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x25, 0xd3, 0x66) : QColor(0x12, 0x8c, 0x4a);
}

} // namespace Atendo
