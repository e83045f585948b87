#pragma once

#include "console/windowcountdown.h"

#include <QColor>
#include <QPalette>

namespace Atendo {

// The few colours the console adds to the platform palette, in a light and a dark
// variant chosen from the palette itself so the console follows the OS theme.
class ThemeColors
{
public:
    [[nodiscard]] static bool isDark(const QPalette& palette);

    // Countdown text / banner accent for a window tone.
    [[nodiscard]] static QColor tone(WindowCountdown::Tone tone, const QPalette& palette);
    // A soft background behind the banner for a tone.
    [[nodiscard]] static QColor toneBackground(WindowCountdown::Tone tone, const QPalette& palette);

    [[nodiscard]] static QColor incomingBubble(const QPalette& palette);
    [[nodiscard]] static QColor outgoingBubble(const QPalette& palette);
    [[nodiscard]] static QColor noteBubble(const QPalette& palette);
    [[nodiscard]] static QColor danger(const QPalette& palette);
    [[nodiscard]] static QColor badge(const QPalette& palette);
};

} // namespace Atendo
